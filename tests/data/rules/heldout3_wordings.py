"""Wordings for the third held-out rule set (``heldout3.jsonl``; see build_heldout3.py).

Written for aqm from the call script alone (greet and name the company, introduce yourself,
offer help, listen and confirm the problem, resolve it or say what happens next, anything
else, thank, goodbye; empathy with an angry caller; outbound: who and from where, why,
recording notice, consent), before the per-item classifier was trained, and never used to
train or tune it. Not from the rule files, nor from the other sets' wordings.

Hard negatives on purpose: the agent's other talk (fillers) shares the items' topic words
without being an item (ID checks, holds, read-backs of an address or a date, "thanks for
holding", policy talk naming the company), and customers say item-like words.

Same shape as ``wordings.py``: every agent part is ``(text, tags)``; each pool has a single
``heldout3`` list. ``{first}`` is the agent's given name, ``{p}`` the customer's problem in
the agent's words.
"""

from __future__ import annotations

Part = tuple[str, frozenset[str]]
Pool = dict[str, list[Part]]


def _p(tags: str, *texts: str) -> list[Part]:
    tagset = frozenset(tags.split()) if tags else frozenset()
    return [(t, tagset) for t in texts]


def _pool(**slots: list[Part]) -> dict[str, Pool]:
    return {k: {"heldout3": v} for k, v in slots.items()}


EN: dict[str, Pool] = _pool(
    greet=_p("greeting", "Hello and good morning", "Hi, good afternoon to you",
             "Good evening, hello", "Hey, morning", "Hello hello", "Hi there, welcome"),
    company=_p("greeting company", "you've reached Acme Bank, welcome",
               "thank you for ringing Acme Bank")
    + _p("company", "Acme Bank support desk here", "this is Acme Bank's card line",
         "Acme Bank, personal banking", "you're on the line with Acme Bank"),
    intro=_p("intro", "my name's {first}", "I'm {first}, nice to speak to you",
             "{first} here to help you", "you're talking to {first}",
             "my name is {first} from the support team", "I'm called {first}"),
    offer=_p("offer", "what brings you to us today?", "how can I be of help?",
             "what can I help you out with?", "tell me how I can help today",
             "what do you need a hand with?", "how may I assist you?",
             "what can I look into for you?"),
    confirm=_p("confirm", "Okay, so what I'm hearing is {p}, yes?",
               "Let me make sure I follow: {p}?", "So to sum up, {p}, right?",
               "If I understood you correctly, {p}.", "Alright, {p}, did I get that right?",
               "So the issue is that {p}, correct?", "Got it, {p}, is that the problem?"),
    resolution=_p("resolution",
                  "I've cancelled the duplicate charge and the money will be back in about "
                  "five working days.",
                  "I've ordered you a replacement card, it should arrive by Thursday.",
                  "Your new address is saved and you'll get a confirmation text.",
                  "I've raised a case and a specialist will call you back tomorrow morning.",
                  "The next step is that our fraud team reviews it and emails you within "
                  "two days.",
                  "I've unlocked your online banking, you can log in again now.",
                  "That direct debit is stopped, nothing more will be taken.",
                  "Everything is fixed on our side now.",
                  "I've booked the engineer visit for Monday between nine and twelve."),
    anything_else=_p("anything_else", "Anything else I can help you with today?",
                     "Is there something more I can look at for you?",
                     "Do you need anything else from me?", "What else can I do for you?",
                     "Is that all I can help with today?",
                     "Before you go, is there anything else?",
                     "Can I do anything else for you while you're on?"),
    thanks=_p("thanks", "Thank you so much for your call today.",
              "Thanks for ringing us.", "Really appreciate you calling.",
              "Thanks for choosing Acme Bank.", "Thank you very much for calling in.",
              "Thanks for your time today."),
    goodbye=_p("goodbye", "Goodbye now.", "Take care, bye bye.", "Have a lovely day, bye.",
               "Bye, have a great weekend.", "Cheerio.", "Bye then, all the best."),
    empathy=_p("empathy", "I'm so sorry, that must be really annoying.",
               "I understand how upsetting this is, I'm sorry.",
               "You're right to be angry, I apologise for this.",
               "I can see why that would frustrate you, sorry about that.",
               "I really am sorry you've had to deal with this.",
               "That's awful, I'm sorry it's happened."),
    blame=_p("blame", "You must have typed the wrong number yourself.",
             "That's down to you not reading the terms.",
             "If you'd called earlier this wouldn't have happened."),
    profanity=_p("profanity", "What the hell, the system's down again.",
                 "Shit, I clicked the wrong button.", "Bloody hell, this thing is slow."),
    rude=_p("rude", "I've already told you that twice.", "Just listen to what I'm saying.",
            "That's a silly question."),
    card_readback=_p("card_readback", "I have the card as [CARD], is that right?",
                     "Your card ending [CARD], the full number [CARD], yes?"),
    ob_open=_p("identify_self company", "Hello, it's {first} from Acme Bank.",
               "Good morning, my name is {first}, I work for Acme Bank.",
               "Hi there, {first} here, calling on behalf of Acme Bank.",
               "Hello, I'm {first} with Acme Bank's collections team."),
    ob_open_noname=_p("company", "Hello, this is a call from Acme Bank.",
                      "Hi, Acme Bank calling.", "Good afternoon, it's Acme Bank here."),
    ob_open_nocompany=_p("identify_self", "Hello, {first} speaking.",
                         "Hi, I'm {first}.", "Good morning, my name's {first}."),
    purpose=_p("purpose", "The reason I'm calling is your card payment that's overdue.",
               "I'm getting in touch about the balance on your loan.",
               "I'm phoning to talk about your account being in arrears.",
               "I wanted to speak to you about a payment we didn't receive.",
               "My call today is about your overdue credit card bill."),
    disclosure=_p("disclosure", "Please note this call is being recorded.",
                  "I should let you know this conversation is recorded.",
                  "This call may be recorded for quality and training.",
                  "Just to make you aware, we're recording this call."),
    consent=_p("consent", "Is that okay with you?", "Are you alright with that?",
               "Do I have your permission to continue?", "Is it fine to carry on?",
               "Can we continue on that basis?"),
)

VI: dict[str, Pool] = _pool(
    greet=_p("greeting", "Dạ xin chào anh chị", "Chào anh ạ", "Em xin chào chị ạ",
             "Alo chào chị", "Dạ chào buổi sáng anh", "Xin kính chào quý khách"),
    company=_p("greeting company", "ngân hàng ABC xin kính chào quý khách",
               "cảm ơn anh đã liên hệ ngân hàng ABC")
    + _p("company", "đây là tổng đài ngân hàng ABC", "bên em là ngân hàng ABC ạ",
         "ngân hàng ABC nghe ạ", "anh chị đang gọi tới ngân hàng ABC"),
    intro=_p("intro", "em tên là {first}", "em là {first} ở bộ phận chăm sóc khách hàng",
             "em {first} xin nghe ạ", "em là nhân viên {first} ạ", "tên em là {first} nhé",
             "em {first} đang hỗ trợ anh chị đây ạ"),
    offer=_p("offer", "em có thể giúp gì cho anh chị ạ?", "anh chị cần hỗ trợ việc gì ạ?",
             "hôm nay anh gọi về vấn đề gì ạ?", "chị muốn em hỗ trợ gì ạ?",
             "em giúp được gì cho mình ạ?", "anh cần em hỗ trợ chuyện gì nhỉ?",
             "quý khách cần giúp đỡ gì ạ?"),
    confirm=_p("confirm", "Dạ như vậy là {p} phải không ạ?",
               "Em xin xác nhận lại, {p} đúng không anh?",
               "Ý chị là {p} ạ?", "Dạ em hiểu là {p}, có đúng không ạ?",
               "Vậy là {p}, em nghe như thế có đúng không chị?",
               "Để em tóm tắt lại nhé, {p} ạ?", "Tức là {p} đúng không ạ?"),
    resolution=_p("resolution",
                  "Dạ em đã hủy giao dịch bị trùng, tiền sẽ hoàn về trong năm ngày làm việc ạ.",
                  "Em đã đặt làm thẻ mới cho chị, khoảng một tuần thẻ sẽ về ạ.",
                  "Địa chỉ mới của anh đã được cập nhật xong rồi ạ.",
                  "Em đã tạo yêu cầu, bộ phận chuyên trách sẽ gọi lại cho chị trong hai ngày ạ.",
                  "Bước tiếp theo là bên kỹ thuật sẽ kiểm tra và nhắn tin cho anh ạ.",
                  "Em đã mở khóa tài khoản, anh đăng nhập lại được rồi ạ.",
                  "Dạ lệnh trích nợ tự động đã được dừng rồi ạ.",
                  "Vấn đề của chị đã được xử lý xong ạ.",
                  "Em đã chuyển hồ sơ sang phòng khiếu nại, họ sẽ phản hồi qua email ạ."),
    anything_else=_p("anything_else", "Anh còn cần em hỗ trợ gì nữa không ạ?",
                     "Chị có thắc mắc nào khác không ạ?",
                     "Ngoài ra anh chị còn vấn đề gì khác không ạ?",
                     "Em có thể giúp gì thêm cho chị không ạ?",
                     "Mình còn cần hỏi gì thêm không ạ?",
                     "Còn việc gì em làm được cho anh nữa không ạ?"),
    thanks=_p("thanks", "Dạ cảm ơn anh đã gọi cho ngân hàng ạ.",
              "Em cảm ơn chị rất nhiều ạ.", "Cảm ơn quý khách đã liên hệ ạ.",
              "Xin cảm ơn anh chị đã dành thời gian ạ.", "Dạ cám ơn chị đã gọi tới ạ.",
              "Em cảm ơn anh đã tin dùng dịch vụ ạ."),
    goodbye=_p("goodbye", "Dạ em chào anh ạ.", "Chúc chị một ngày tốt lành, em chào chị.",
               "Hẹn gặp lại anh ạ.", "Dạ chào tạm biệt chị.", "Chào anh, chúc anh buổi tối vui vẻ.",
               "Em xin phép chào chị ạ."),
    empathy=_p("empathy", "Dạ em thành thật xin lỗi chị về chuyện này ạ.",
               "Em rất hiểu sự bực mình của anh ạ.",
               "Dạ em xin lỗi vì anh phải chờ lâu như vậy.",
               "Em hiểu là chị đang rất khó chịu, em xin lỗi ạ.",
               "Dạ em rất lấy làm tiếc về sự bất tiện này ạ.",
               "Em chia sẻ với anh, chuyện này đúng là rất phiền ạ."),
    blame=_p("blame", "Tại anh nhập sai mã nên mới bị khóa đấy.",
             "Lỗi này là do chị tự làm chứ bên em không liên quan.",
             "Anh không đọc điều khoản nên mới vậy."),
    profanity=_p("profanity", "Mẹ nó, hệ thống lại lỗi rồi.", "Đéo hiểu sao máy chậm thế.",
                 "Vãi cả hệ thống."),
    rude=_p("rude", "Em nói rồi mà chị không nghe à.", "Anh hỏi gì mà lắm thế.",
            "Chị tự đi mà đọc."),
    card_readback=_p("card_readback", "Dạ thẻ của chị số [CARD] phải không ạ?",
                     "Em đọc lại số thẻ [CARD] nhé anh."),
    ob_open=_p("identify_self company", "Dạ em chào chị, em tên {first} bên ngân hàng ABC ạ.",
               "Alo, em là {first} gọi từ ngân hàng ABC.",
               "Em chào anh, em {first}, nhân viên ngân hàng ABC ạ.",
               "Dạ em là {first} ở phòng thu hồi nợ ngân hàng ABC ạ."),
    ob_open_noname=_p("company", "Alo, ngân hàng ABC gọi chị ạ.",
                      "Dạ em gọi từ ngân hàng ABC ạ.", "Chào anh, đây là ngân hàng ABC."),
    ob_open_nocompany=_p("identify_self", "Alo, em tên là {first} ạ.",
                         "Dạ em chào chị, em là {first}.", "Em {first} đây anh ạ."),
    purpose=_p("purpose", "Em gọi về khoản thanh toán thẻ tín dụng đã quá hạn của chị ạ.",
               "Em liên hệ để trao đổi về dư nợ khoản vay của anh ạ.",
               "Lý do em gọi là tài khoản của chị đang bị trễ hạn ạ.",
               "Em muốn nói chuyện với anh về khoản thanh toán bên em chưa nhận được ạ.",
               "Hôm nay em gọi để nhắc anh về hóa đơn thẻ đến hạn ạ."),
    disclosure=_p("disclosure", "Xin lưu ý cuộc gọi này đang được ghi âm ạ.",
                  "Em xin thông báo cuộc trò chuyện này được ghi âm ạ.",
                  "Cuộc gọi có thể được ghi âm để nâng cao chất lượng dịch vụ ạ.",
                  "Dạ bên em ghi âm cuộc gọi này ạ."),
    consent=_p("consent", "Chị có đồng ý không ạ?", "Anh thấy vậy được không ạ?",
               "Em xin phép tiếp tục được không chị?", "Mình tiếp tục nhé anh?",
               "Chị đồng ý cho em nói tiếp chứ ạ?"),
)

# the agent's other talk: ID checks, holds, read-backs, policy naming the company (index 0:
# before a late apology; 1: before a late opening; 2 and 3: checks; -1: the last middle turn)
EN_FILLER = ["Bear with me a second while this loads.", "Sorry, I'm just opening the system.",
             "For security, can you give me the first line of your address?",
             "Okay, I can see the account here.",
             "I'll read back what I have: forty two Mill Road, is that still right?",
             "Acme Bank will never ask for your full PIN, by the way.",
             "I'm going to put you on a short hold, is that okay?",
             "So that's your date of birth, the ninth of May, yes?",
             "Thanks for holding, I'm still checking.",
             "Right, I'm looking at the transactions now."]
VI_FILLER = ["Anh chờ em một lát để hệ thống tải nhé.", "Dạ em đang mở hệ thống ạ.",
             "Để xác minh, chị đọc giúp em địa chỉ đăng ký ạ.",
             "Dạ em thấy tài khoản của chị rồi ạ.",
             "Em đọc lại địa chỉ là số mười hai đường Lê Lợi đúng không ạ?",
             "Ngân hàng ABC không bao giờ hỏi mã PIN của anh chị ạ.",
             "Em xin phép để anh chờ máy một chút được không ạ?",
             "Ngày sinh của chị là mùng chín tháng năm phải không ạ?",
             "Cảm ơn anh đã chờ, em vẫn đang kiểm tra ạ.",
             "Dạ em đang xem các giao dịch ạ."]

EN_CUSTOMER = {
    "decoy_company": ["Hi, I'm calling Acme Bank about my card.",
                      "Good morning, is that Acme Bank?"],
    "ack": ["Okay, that's great.", "Brilliant, thanks.", "Right, okay."],
    "no_more": ["No, that's it, thanks.", "Nope, all good."],
    "ob_reply": ["Yeah, go on.", "Okay, what's it about?", "Sure."],
    "verify": ["It's Ben Carter, twelfth of June eighty eight.",
               "Forty two Mill Road, and it's Sara Holt."],
    "decoy_blame": ["Honestly, that's your bank's fault."],
    "decoy_card": ["The card is [CARD]."],
    "decoy_profanity": ["Ugh, bloody hell, I lost my wallet again."],
    "bye": ["Cheers, bye.", "Thanks, you too, bye.", "Bye bye."],
}
VI_CUSTOMER = {
    "decoy_company": ["Alo, ngân hàng ABC phải không em?", "Chào em, tôi gọi ngân hàng ABC."],
    "ack": ["Ừ, được rồi em.", "Vâng, cảm ơn em.", "Thế thì tốt quá."],
    "no_more": ["Không, thế thôi em.", "Hết rồi em ạ."],
    "ob_reply": ["Ừ, em nói đi.", "Có chuyện gì thế em?", "Được."],
    "verify": ["Tôi tên Trần Văn Nam, sinh năm tám mươi tám.",
               "Số mười hai Lê Lợi, tên tôi là Hoàng Thị Mai."],
    "decoy_blame": ["Lỗi là do ngân hàng chứ không phải tôi."],
    "decoy_card": ["Số thẻ là [CARD]."],
    "decoy_profanity": ["Mẹ kiếp, tôi lại mất ví rồi."],
    "bye": ["Ừ chào em.", "Cảm ơn em, chào nhé.", "Tạm biệt."],
}

# (categories, unused, customer lines, the problem in the agent's words)
EN_SCENARIOS = [
    ("billing refund", [],
     ["Hello, my name is Sara, I've been billed two times for the same purchase and want "
      "my money back."], "you were billed twice for one purchase"),
    ("billing", [], ["Hi, there's a charge on my statement I don't understand."],
     "there's a charge on your statement you don't recognise"),
    ("outage", [], ["Good morning, your app has been down all day, I can't get in."],
     "the app has been down and you can't log in"),
    ("card_lost", [], ["I think I've lost my debit card somewhere in town."],
     "you've lost your debit card"),
    ("address_change", [], ["Hi, I've moved house and need to update my address please."],
     "you need your address updated after moving"),
    ("payment", [], ["My payment to the electricity company didn't go through."],
     "your payment to the electricity company failed"),
    ("", [], ["Hello, thank you, I just have a question about my account."],
     "you have a question about your account"),
]
VI_SCENARIOS = [
    ("billing refund", [],
     ["Chào em, tôi bị trừ tiền hai lần cho cùng một đơn hàng, tôi muốn lấy lại tiền."],
     "chị bị trừ tiền hai lần cho một đơn hàng"),
    ("billing", [], ["Em ơi, sao sao kê của tôi có một khoản phí lạ thế?"],
     "sao kê có một khoản phí lạ"),
    ("outage", [], ["Ứng dụng bên em bị lỗi cả ngày, tôi không đăng nhập được."],
     "ứng dụng bị lỗi và anh không đăng nhập được"),
    ("card_lost", [], ["Tôi làm mất thẻ ghi nợ rồi em ạ."], "chị bị mất thẻ ghi nợ"),
    ("address_change", [], ["Tôi mới chuyển nhà, muốn đổi địa chỉ."],
     "anh cần đổi địa chỉ vì mới chuyển nhà"),
    ("payment", [], ["Tôi chuyển tiền điện mà không thành công."],
     "giao dịch trả tiền điện của chị không thành công"),
    ("", [], ["Xin chào, cảm ơn em, tôi muốn hỏi về tài khoản."],
     "anh muốn hỏi về tài khoản"),
]
EN_ANGER = {"heldout3": ["This is a joke, nobody ever sorts anything out!",
                         "I'm furious, I've called four times about this!",
                         "Your service is rubbish and I'm sick of it!"]}
VI_ANGER = {"heldout3": ["Tôi bực lắm rồi, gọi bốn lần mà chẳng ai giải quyết!",
                         "Dịch vụ gì mà tệ thế không biết!",
                         "Tôi chán ngân hàng các anh lắm rồi!"]}
EN_NAMES = {"heldout3": ["Oliver Grant", "Fatima Khan", "Chloe Evans", "Daniel Moore",
                         "Nadia Rossi", "Sam Whitfield"]}
VI_NAMES = {"heldout3": ["Ngô Thanh Tâm", "Bùi Văn Long", "Trịnh Thu Trang", "Hồ Gia Bảo",
                         "Đặng Mỹ Linh", "Lý Quốc Việt"]}
# ASR mishearings (brand names, homophones); split words come from build_rules_set
EN_MISHEARD = {"acme": ["ack me", "acmy", "acne"], "bank": ["bang"], "recorded": ["record it"],
               "through": ["thru"], "sorry": ["sorri"], "calling": ["call in"],
               "name's": ["names"], "help": ["health"], "else": ["els"],
               "anything": ["any thing"], "bye": ["by", "buy"]}
VI_MISHEARD = {"ABC": ["a bê xê", "ây bi xi", "a b c"], "ghi": ["gi"], "hàng": ["hang"],
               "chào": ["chao", "trào"], "giúp": ["dúp"], "xin": ["sin"]}
