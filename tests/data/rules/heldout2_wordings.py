"""Wordings for the second held-out rule set (``heldout2.jsonl``; see build_heldout2.py).

Written for aqm from the script the rules check (greet and name the company, introduce
yourself, offer help, confirm the problem, resolve it or say what happens next, ask about
anything else, thank, say goodbye; empathy with an angry caller, no blaming, no swearing or
rudeness, no card data read back; outbound: who, from where, why, recording notice and
consent), as agents actually say it, NOT from the rule files' phrase lists. Written before
the rule files were changed for it, and never used to tune them.

Same shape as ``wordings.py``: every agent part is ``(text, tags)``; each pool has a single
``heldout2`` list. ``{first}`` is the agent's given name, ``{p}`` the customer's problem in
the agent's words.
"""

from __future__ import annotations

Part = tuple[str, frozenset[str]]
Pool = dict[str, list[Part]]


def _p(tags: str, *texts: str) -> list[Part]:
    tagset = frozenset(tags.split()) if tags else frozenset()
    return [(t, tagset) for t in texts]


def _pool(**slots: list[Part]) -> dict[str, Pool]:
    return {k: {"heldout2": v} for k, v in slots.items()}


EN: dict[str, Pool] = _pool(
    greet=_p("greeting", "Good morning and welcome", "Hey there, good afternoon",
             "Hello, good evening to you", "Hiya", "Morning", "Hello there"),
    company=_p("greeting company", "welcome to Acme Bank's help line",
               "thanks for calling Acme Bank cards")
    + _p("company", "you've come through to Acme Bank", "Acme Bank customer care",
         "you're connected to Acme Bank card services", "this is the Acme Bank helpdesk"),
    intro=_p("intro", "you've got {first} here", "I'm {first} and I'll be looking after you",
             "{first} on the line", "it's {first} speaking", "you're through to {first}",
             "my name is {first}, I'm with the cards team"),
    offer=_p("offer", "what can I do to help?", "what can I sort out for you today?",
             "what are you calling about today?", "what's the reason for your call?",
             "how might I help you this morning?", "how can I help?",
             "what can we do for you today?"),
    confirm=_p("confirm", "So if I've got this right, {p}?",
               "Okay, let me just repeat that back to you: {p}.",
               "Right, so {p}, is that correct?", "Let me check I've understood: {p}.",
               "Just so I'm clear, {p}?", "Okay, so from what you're telling me, {p}.",
               "So basically {p}, have I got that right?"),
    resolution=_p("resolution",
                  "I've put the refund through, it'll show on your account in three to five "
                  "days.",
                  "I've stopped the old card and a new one is on its way to you.",
                  "That's all done now, your details are changed on our system.",
                  "I've logged this with our complaints team and they'll get back to you by "
                  "Friday.",
                  "I've passed this over to the specialist team, they'll ring you within "
                  "twenty four hours.",
                  "Okay, the payment has gone through successfully.",
                  "Right, I've sorted that out for you.",
                  "I've reset your login, so you can try again now.",
                  "What happens next is a letter goes out to you tomorrow confirming it."),
    anything_else=_p("anything_else", "Can I help with anything more today?",
                     "Is there something else you need?", "Was there anything else?",
                     "Anything more I can do for you?", "Is that everything for today?",
                     "Can I help you with anything further?",
                     "Is there any other way I can help?"),
    thanks=_p("thanks", "Thanks ever so much for calling.",
              "Many thanks for your patience today.", "I appreciate you calling in.",
              "Thanks a lot for getting in touch.", "Thank you for being with Acme Bank.",
              "Cheers for calling."),
    goodbye=_p("goodbye", "Bye for now.", "Have a wonderful afternoon.",
               "Enjoy the rest of your day, goodbye.", "All the best, bye.",
               "Speak soon, bye.", "You have a good evening now."),
    empathy=_p("empathy", "Oh no, I'm really sorry that happened to you.",
               "I completely get why you're upset.",
               "I hear you, that's not good enough and I apologise.",
               "That sounds really stressful, I'm sorry.",
               "I'd be frustrated too in your position.",
               "I'm sorry for the trouble this has caused you."),
    blame=_p("blame", "Well, you should've checked before you paid.",
             "That's on you, not us.", "If you'd read the terms you'd know.",
             "You typed the wrong PIN in yourself.", "Honestly, that was your own mistake.",
             "You're the one who gave your details away."),
    profanity=_p("profanity", "Oh for fuck's sake, the screen froze.",
                 "This shitty computer is so slow.", "Damn thing crashed again.",
                 "What a load of crap this system is.", "Bloody hell, it's logged me out."),
    rude=_p("rude", "Look, I haven't got all day.", "That's not my department, not my problem.",
            "Are you even listening?", "Whatever, do what you want.",
            "I'm not going to explain it again, you figure it out.",
            "Can you hurry up, I have other callers."),
    card_readback=_p("card_readback", "So the card number is [CARD], right?",
                     "Your security code is [CVV], got it.",
                     "Let me read that back to you, [CARD]."),
    ob_open=_p("identify_self company", "Hi, this is {first} calling from Acme Bank.",
               "Good morning, {first} here with Acme Bank.",
               "Hello, my name's {first} and I'm ringing from Acme Bank.",
               "Hi there, you're speaking with {first} at Acme Bank."),
    ob_open_noname=_p("company", "Hello, I'm calling from Acme Bank.",
                      "Hi, it's Acme Bank here.",
                      "Good afternoon, this is the Acme Bank collections team."),
    ob_open_nocompany=_p("identify_self", "Hi, it's {first} here.", "Hello, my name is {first}.",
                         "Good morning, {first} speaking."),
    purpose=_p("purpose", "I'm ringing about a missed payment on your loan.",
               "The reason I'm getting in touch is your overdue balance.",
               "I wanted to talk to you about your account being in arrears.",
               "It's regarding the payment that was due last week.",
               "I'm just following up on the letter we sent you."),
    disclosure=_p("disclosure", "Just so you know, we record our calls.",
                  "Please be aware this conversation is being recorded.",
                  "I need to let you know this call is recorded for training and quality.",
                  "Our calls are monitored and recorded."),
    consent=_p("consent", "Are you happy for me to carry on?", "Is it alright if we go ahead?",
               "Do you mind if we continue?", "Would that be okay with you?",
               "Are you okay with that?"),
)

VI: dict[str, Pool] = _pool(
    greet=_p("greeting", "Dạ em chào anh chị ạ", "Xin chào quý khách", "Alo, em xin chào",
             "Chào buổi sáng anh chị", "Dạ alo chào chị"),
    company=_p("greeting company", "Cảm ơn quý khách đã gọi tới ngân hàng ABC")
    + _p("company", "đây là tổng đài chăm sóc khách hàng ngân hàng ABC",
         "bộ phận thẻ của ngân hàng ABC đây ạ", "ngân hàng ABC xin nghe ạ",
         "tổng đài ABC bank đây ạ"),
    intro=_p("intro", "em là {first} ạ", "tên em là {first}", "em {first} đây ạ",
             "em là {first} bên chăm sóc khách hàng", "mình là {first}",
             "em {first} đang hỗ trợ anh chị"),
    offer=_p("offer", "anh chị cần em giúp gì ạ?", "hôm nay em có thể hỗ trợ gì cho anh chị?",
             "anh chị đang gặp vấn đề gì ạ?", "em giúp được gì cho chị ạ?",
             "chị cần hỗ trợ việc gì ạ?", "anh gọi đến có việc gì cần em hỗ trợ ạ?"),
    confirm=_p("confirm", "Dạ để em nhắc lại, {p} đúng không ạ?",
               "Vậy là {p}, em hiểu đúng không ạ?", "Em tóm tắt lại nhé, {p}.",
               "Tức là {p} phải không chị?", "Dạ em hiểu rồi, {p} ạ.",
               "Em kiểm tra lại thông tin là {p}, đúng không ạ?"),
    resolution=_p("resolution",
                  "Em đã hoàn lại khoản tiền bị trừ, hai đến ba ngày là tiền về tài khoản ạ.",
                  "Em đã khóa thẻ cũ và phát hành thẻ mới cho chị rồi ạ.",
                  "Địa chỉ của anh đã được thay đổi thành công.",
                  "Em đã chuyển thông tin cho bộ phận xử lý, trong hôm nay sẽ có người gọi lại "
                  "cho chị.",
                  "Em đã ghi nhận khiếu nại, kết quả sẽ được gửi qua tin nhắn cho anh.",
                  "Giao dịch thanh toán của anh đã thành công rồi ạ.",
                  "Em vừa mở lại tài khoản đăng nhập cho chị, chị thử lại giúp em nhé."),
    anything_else=_p("anything_else", "Chị có cần em giúp thêm việc gì không ạ?",
                     "Ngoài ra anh còn thắc mắc gì khác không ạ?",
                     "Còn việc gì em giúp được cho chị nữa không ạ?",
                     "Anh còn muốn hỏi thêm gì không ạ?",
                     "Anh chị còn vấn đề nào khác cần em hỗ trợ không ạ?"),
    thanks=_p("thanks", "Cảm ơn anh chị đã gọi điện ạ.", "Em cám ơn chị nhiều ạ.",
              "Rất cảm ơn quý khách đã tin dùng dịch vụ.",
              "Dạ em cảm ơn anh đã kiên nhẫn chờ máy."),
    goodbye=_p("goodbye", "Chào chị ạ.", "Em chào anh, chúc anh một buổi chiều vui vẻ.",
               "Chúc chị cuối tuần vui vẻ ạ.", "Hẹn gặp lại anh ạ.",
               "Dạ chào anh nhé, chúc anh sức khỏe."),
    empathy=_p("empathy", "Dạ em rất tiếc vì sự cố này ạ.",
               "Em hiểu là chị đang rất bực mình, em xin lỗi chị.",
               "Em thật sự xin lỗi vì đã làm phiền anh như vậy.",
               "Dạ em thông cảm với anh, chuyện này đúng là rất khó chịu.",
               "Em hiểu cảm giác của chị lúc này ạ."),
    blame=_p("blame", "Cái này là do chị bấm nhầm chứ không phải bên em.",
             "Anh tự làm mất thẻ thì phải chịu thôi.",
             "Chị không đọc điều khoản thì bên em chịu.",
             "Tại anh không báo sớm nên mới vậy."),
    profanity=_p("profanity", "Mẹ kiếp, máy lại treo rồi.",
                 "Cái máy khốn nạn này lại treo.", "Hệ thống gì mà ngu thế không biết.",
                 "Vãi cả hệ thống, chậm quá."),
    rude=_p("rude", "Chị hỏi nhiều quá đấy.", "Việc đó không phải việc của em đâu.",
            "Anh tự lên mạng mà xem.", "Thôi được rồi, nói mãi.",
            "Chị có nghe em nói không đấy?"),
    card_readback=_p("card_readback", "Số thẻ của anh là [CARD] đúng không ạ?",
                     "Mã bảo mật là [CVV] phải không chị?"),
    ob_open=_p("identify_self company", "Dạ em chào anh, em là {first} gọi từ ngân hàng ABC ạ.",
               "Alo em chào chị, em tên {first} ở ngân hàng ABC.",
               "Dạ em {first} bên ngân hàng ABC xin phép làm phiền anh vài phút."),
    ob_open_noname=_p("company", "Alo, bên em là ngân hàng ABC ạ.",
                      "Dạ em gọi từ ngân hàng ABC ạ."),
    ob_open_nocompany=_p("identify_self", "Alo em chào anh, em là {first} ạ.",
                         "Dạ chị ơi, em tên là {first}."),
    purpose=_p("purpose", "Em gọi để nhắc chị khoản vay đến hạn thanh toán ạ.",
               "Hôm nay em liên hệ về khoản thanh toán quá hạn của anh.",
               "Em muốn trao đổi với anh về dư nợ thẻ tín dụng tháng này.",
               "Em gọi báo chị là hợp đồng vay sắp đến hạn."),
    disclosure=_p("disclosure", "Cuộc gọi này sẽ được ghi âm để đảm bảo chất lượng ạ.",
                  "Em xin thông báo cuộc trò chuyện đang được ghi âm.",
                  "Bên em có ghi âm cuộc gọi này ạ."),
    consent=_p("consent", "Anh có đồng ý tiếp tục không ạ?", "Chị cho phép em tiếp tục nhé?",
               "Như vậy có ổn với anh không ạ?", "Mình tiếp tục được chứ chị?"),
)

# Agent lines without script items: [0] before a late apology, [1] a late opening (and
# the middle, vi), [2] the middle (en), [3] neutral, [-1] after a pause.
EN_FILLER = ["Let me pull up your account.", "Uh, one second, the system's loading.",
             "Can you confirm your full name and date of birth for security?",
             "Let me just have a look at that.",
             "Okay, I'm back, I've got your account open now."]
VI_FILLER = ["Để em kiểm tra tài khoản của anh ạ.", "Dạ vâng ạ, anh chờ em một chút.",
             "Anh đọc giúp em ngày sinh để xác minh ạ.", "Dạ em đang xem thông tin ạ.",
             "Dạ em đã xem xong thông tin rồi ạ."]

EN_CUSTOMER = {
    "decoy_company": ["Is this Acme Bank?", "Hi, I was told to call Acme Bank."],
    "ack": ["Okay, great.", "Alright, thanks.", "Oh good, that's a relief."],
    "no_more": ["No, that's all.", "Nope, that's everything, cheers."],
    "ob_reply": ["Yes, speaking.", "Okay, go on.", "Right, what's this about?"],
    "verify": ["It's Sam Porter, fourth of May nineteen eighty.",
               "My date of birth is the second of June."],
    "decoy_blame": ["It's your fault, your bank messed this up.",
                    "You made a mistake, not me."],
    "decoy_card": ["My card number is [CARD].", "The code on the back is [CVV]."],
    "decoy_profanity": ["This is bloody ridiculous.", "What the hell is going on with my money?"],
    "bye": ["Bye.", "Cheers, bye.", "Thanks, bye bye."],
}
VI_CUSTOMER = {
    "decoy_company": ["Có phải ngân hàng ABC không em?", "Alo, ngân hàng ABC đúng không?"],
    "ack": ["Ừ được rồi.", "Vâng, cảm ơn em.", "Thế thì tốt quá."],
    "no_more": ["Không, vậy thôi em.", "Hết rồi em ạ."],
    "ob_reply": ["Ừ, em nói đi.", "Vâng, tôi nghe đây.", "Có chuyện gì thế em?"],
    "verify": ["Ngày sinh của anh là mười hai tháng ba.", "Chị tên Hoa, sinh năm tám lăm."],
    "decoy_blame": ["Lỗi của bên em chứ không phải của chị.", "Tại các em làm sai đấy."],
    "decoy_card": ["Số thẻ chị là [CARD].", "Mã sau thẻ là [CVV]."],
    "decoy_profanity": ["Mẹ kiếp, bực quá đi mất.", "Đồ điên, ai làm vậy chứ."],
    "bye": ["Ừ chào em.", "Chào em nhé.", "Cảm ơn em, chào em."],
}

# (categories, [], customer lines, the problem in the agent's words)
EN_SCENARIOS = [
    ("billing refund", [], ["There's a payment on my statement that's been taken twice and I "
                            "want my money back."], "the same payment came out twice and you "
                                                    "want it refunded"),
    ("card_lost", [], ["I think I left my card in a taxi last night, I can't find it "
                       "anywhere."], "your card went missing last night"),
    ("address_change", [], ["I've moved house and need to change my address with you."],
     "you've moved and need your address updated"),
    ("outage", [], ["Your app won't let me log in, it's been down all morning."],
     "the app has been down and you can't get in"),
    ("cancellation", [], ["I'd like to cancel my credit card please."],
     "you want to close your credit card"),
    ("payment", [], ["I want to make a payment on my card over the phone."],
     "you'd like to pay your card balance now"),
    ("fraud", [], ["There are purchases on my account that I never made, someone's using my "
                   "details."], "there are transactions on your account that weren't you"),
]
VI_SCENARIOS = [
    ("billing refund", [], ["Tháng này tôi bị trừ tiền hai lần cho cùng một giao dịch, tôi muốn "
                            "được hoàn tiền."], "anh bị trừ tiền hai lần và muốn được hoàn lại"),
    ("card_lost", [], ["Tôi làm mất thẻ ngân hàng tối qua rồi em ơi."],
     "chị bị mất thẻ tối qua"),
    ("address_change", [], ["Tôi mới chuyển nhà, muốn đổi địa chỉ liên lạc."],
     "anh muốn đổi địa chỉ liên lạc"),
    ("outage", [], ["Ứng dụng của ngân hàng không đăng nhập được từ sáng đến giờ."],
     "chị không vào được ứng dụng từ sáng"),
    ("cancellation", [], ["Tôi muốn hủy thẻ tín dụng."], "anh muốn hủy thẻ tín dụng"),
    ("payment", [], ["Tôi muốn thanh toán dư nợ thẻ tín dụng."],
     "chị muốn thanh toán dư nợ thẻ"),
    ("fraud", [], ["Tài khoản của tôi có giao dịch lạ mà tôi không hề thực hiện, chắc bị lừa "
                   "đảo rồi."], "có giao dịch lạ anh không thực hiện"),
]

EN_ANGER = {"heldout2": ["This is absolutely ridiculous, I've been waiting for weeks!",
                         "I'm furious, nobody at your bank ever fixes anything!",
                         "I'm fed up, I want this sorted right now!"]}
VI_ANGER = {"heldout2": ["Thật là quá đáng, tôi chờ cả tuần rồi!",
                         "Các người làm ăn kiểu gì vậy hả, tôi bức xúc lắm!",
                         "Tôi bực lắm rồi đấy, giải quyết ngay cho tôi!"]}
EN_NAMES = {"heldout2": ["Priya Natarajan", "Tom Okafor", "Grace Liu", "Marcus Bell",
                         "Sofia Romero", "Daniel Kowalski"]}
VI_NAMES = {"heldout2": ["Phạm Thu Hà", "Đỗ Minh Khoa", "Lê Thị Ngọc", "Vũ Quang Huy",
                         "Bùi Thanh Tâm", "Hoàng Gia Bảo"]}

# ASR noise besides build_rules_set's (tones, initials, splits, homophones, drops, fillers)
EN_MISHEARD = {"acme": ["ackme", "acne", "act me"], "through": ["threw"], "right": ["write"],
               "yourself": ["your self"], "into": ["in to"], "ringing": ["ring in"],
               "wonderful": ["wonder full"], "sorted": ["sort it"], "whatever": ["what ever"],
               "everything": ["every thing"], "okay": ["ok"], "calling": ["call in"]}
VI_MISHEARD = {"ABC": ["a b c", "ây bi xi", "a bê xê"], "khách": ["khác"],
               "ghi": ["gi"], "nghe": ["nge"], "được": ["đựơc", "đươc"]}
