"""Wordings for the labelled rule test set (written for aqm; see build_rules_set.py).

Every agent part is ``(text, tags)``: the tags say which script items the words carry, as a
QA reviewer would mark them. Each pool has a ``tune`` list (used while writing the rule
files) and a ``heldout`` list (other wordings, some on purpose outside the rule files).
``{first}`` is the agent's given name, ``{p}`` the customer's problem in the agent's words.
"""

from __future__ import annotations

Part = tuple[str, frozenset[str]]
Pool = dict[str, list[Part]]


def _p(tags: str, *texts: str) -> list[Part]:
    tagset = frozenset(tags.split()) if tags else frozenset()
    return [(t, tagset) for t in texts]


EN: dict[str, Pool] = {
    "greet": {"tune": _p("greeting", "Good morning", "Hello", "Hi there", "Good afternoon"),
              "heldout": _p("greeting", "Good evening", "Hello and good morning",
                            "Hi, good afternoon")},
    "company": {
        "tune": _p("greeting company", "thank you for calling Acme Bank",
                   "welcome to Acme Bank")
        + _p("company", "you've reached Acme Bank", "Acme Bank customer service"),
        "heldout": _p("greeting company", "thanks for calling Acme Bank",
                      "thank you for contacting Acme Bank")
        + _p("company", "this is Acme Bank support", "you're through to Acme Bank")},
    "intro": {"tune": _p("intro", "my name is {first}", "this is {first} speaking",
                         "{first} speaking", "you're speaking with {first}"),
              "heldout": _p("intro", "my name's {first}", "I'm {first}", "{first} here",
                            "you are speaking to {first}")},
    "offer": {"tune": _p("offer", "how can I help you today?", "how may I help you?",
                         "what can I do for you today?"),
              "heldout": _p("offer", "how can I assist you?", "how may I assist you today?",
                            "what can I help you with?")},
    "confirm": {"tune": _p("confirm", "Just to confirm, {p}?", "If I understand correctly, {p}.",
                           "So you're saying {p}."),
                "heldout": _p("confirm", "Let me make sure I have this right: {p}.",
                              "So the issue is that {p}.", "If I understood correctly, {p}.",
                              "Okay, so basically {p}, right?")},
    "resolution": {
        "tune": _p("resolution", "I have reversed the duplicate charge now.",
                   "I've raised a ticket, and you will receive an update within two business "
                   "days.", "The refund will reach your account within three working days.",
                   "I have updated your details, it has been processed."),
        "heldout": _p("resolution", "I've fixed that for you now.",
                      "I have escalated this to our specialist team and we'll call you back "
                      "tomorrow.", "You should receive a confirmation by email shortly.",
                      "That has been resolved on our side.",
                      "All sorted, the change is done on our system.")},
    "anything_else": {"tune": _p("anything_else", "Is there anything else I can help you with?",
                                 "Is there anything else I can do for you today?"),
                      "heldout": _p("anything_else", "Anything else I can help with today?",
                                    "Do you have any other questions?")},
    "thanks": {"tune": _p("thanks", "Thank you for calling Acme Bank.", "Thanks for calling.",
                          "Thank you for your call."),
               "heldout": _p("thanks", "Thank you so much for your time.",
                             "Thanks a lot for calling us.", "We appreciate your call.")},
    "goodbye": {"tune": _p("goodbye", "Have a great day, goodbye.", "Goodbye.",
                           "Bye now, take care."),
                "heldout": _p("goodbye", "Have a lovely evening, bye.", "Take care, bye bye.",
                              "Have a good one.")},
    "empathy": {"tune": _p("empathy", "I'm really sorry about this.",
                           "I understand how frustrating this must be.",
                           "I apologise for the inconvenience."),
                "heldout": _p("empathy", "I'm so sorry to hear that.",
                              "I completely understand, and I apologize.",
                              "That must be really frustrating, my apologies.",
                              "Oh no, I feel bad that this happened to you.")},
    "blame": {"tune": _p("blame", "Well, that's your fault, you should have read the terms.",
                         "That's your fault.", "You're wrong, the fee is correct."),
              "heldout": _p("blame", "I already told you, you must have made a mistake.",
                            "You didn't read the letter we sent.",
                            "That's not true, you are not listening.")},
    "profanity": {"tune": _p("profanity", "Damn, the system froze again.",
                             "Oh crap, the page reloaded.", "Shit, give me a second."),
                  "heldout": _p("profanity", "This fucking system again.",
                                "Bloody hell, the screen is blank.")},
    "rude": {"tune": _p("rude", "That's not my problem.", "I don't care, that's the policy.",
                        "Are you deaf? I said no."),
             "heldout": _p("rude", "Stop wasting my time.",
                           "Honestly, that is not my problem at all.",
                           "Are you even listening? Go away.")},
    "card_readback": {"tune": _p("card_readback", "Let me read that back: [CARD], correct?",
                                 "So the security code is [CVV]."),
                      "heldout": _p("card_readback", "I have the card as [CARD], is that right?",
                                    "And [CVV] on the back, okay.")},
    # outbound
    "ob_open": {
        "tune": _p("identify_self company", "Hello, this is {first} from Acme Bank.",
                   "Good morning, my name is {first}, I'm calling from Acme Bank."),
        "heldout": _p("identify_self company", "Hi, {first} here from Acme Bank.",
                      "Good afternoon, I'm {first} with Acme Bank.")},
    "ob_open_noname": {"tune": _p("company", "Hello, I'm calling from Acme Bank."),
                       "heldout": _p("company", "Hi there, this call is from Acme Bank.")},
    "ob_open_nocompany": {"tune": _p("identify_self", "Hello, this is {first}."),
                          "heldout": _p("identify_self", "Hi, my name is {first}.")},
    "purpose": {"tune": _p("purpose", "I'm calling about your overdue credit card payment.",
                           "The reason for my call is your new card delivery.",
                           "I'm calling to let you know your loan application was approved."),
                "heldout": _p("purpose", "I am calling regarding the upgrade offer on your "
                              "account.", "I'm reaching out about your recent application.",
                              "I'm calling to remind you about your appointment.")},
    "disclosure": {"tune": _p("disclosure", "Please note this call is recorded for quality "
                              "purposes.", "This call is being recorded."),
                   "heldout": _p("disclosure", "Just so you know, this call may be recorded.",
                                 "Calls are recorded for training.")},
    "consent": {"tune": _p("consent", "Is that okay with you?", "Do you agree to continue?"),
                "heldout": _p("consent", "Are you happy to continue?",
                              "Is it alright if we go on?")},
}

EN_FILLER = ["Let me check that for you.", "One moment please.",
             "Could you please confirm your full name and date of birth?",
             "I can see your account now.", "Okay, I'm just looking at your details.",
             "Right, I've got your account open."]
EN_CUSTOMER = {
    "verify": ["Sure, it's John Miller, fifth of March nineteen eighty five.",
               "Yes, Anna Smith, the second of July nineteen ninety."],
    "ack": ["Okay, great.", "That's good, thank you.", "Alright, perfect."],
    "no_more": ["No, that's all.", "No, that's everything, thanks."],
    "bye": ["Thanks, bye.", "Bye."],
    "ob_reply": ["Yes, sure, go ahead.", "Okay, fine."],
    "decoy_profanity": ["Oh damn, I forgot my card at home."],
    "decoy_blame": ["Well, I think that's your fault, not mine."],
    "decoy_card": ["Sure, the number is [CARD]."],
    "decoy_company": ["Hello, is this Acme Bank?"],
}

# (categories, tune lines, heldout lines, problem in the agent's words)
EN_SCENARIOS: list[tuple[str, list[str], list[str], str]] = [
    ("billing refund", ["I was charged twice for my electricity bill this month, and I'd like "
                        "the extra payment refunded."],
     ["There are two identical charges on my statement, can I get my money back?"],
     "you were charged twice"),
    ("billing", ["Why is there a late fee on my account? I paid on time."],
     ["I see an annual fee on my card that I never agreed to."], "there is a fee you did "
                                                                 "not expect"),
    ("outage", ["Your app is not working, I can't log in since this morning."],
     ["The online banking website is down, it shows an error message every time."],
     "you cannot get into online banking"),
    ("card_lost", ["I lost my debit card yesterday and I need to block it."],
     ["I think my card was stolen on the bus this morning."], "your card is missing"),
    ("address_change", ["I moved house last month and want to update my address."],
     ["I need to change my address, I've got a new flat."], "your address changed"),
    ("payment", ["I'd like to pay my credit card by card today."],
     ["Can I make a payment towards my loan today?"], "you want to pay today"),
    ("cancellation", ["I want to cancel my credit card, I don't use it anymore."],
     ["Please close my account, I'm moving abroad."], "you want to close it"),
    ("fraud", ["I don't recognise a payment of two hundred dollars on my account."],
     ["Someone used my card online, I think it's a scam."], "there is a transaction you "
                                                            "did not make"),
    ("", ["I'd like to know the interest rate on my savings account."],
     ["What are your branch opening hours on Saturday?"], "you have a question"),
]
EN_ANGER = {"tune": ["This is the third time I'm calling about this, it's ridiculous!",
                     "This is unacceptable, I want to speak to a manager!"],
            "heldout": ["I am fed up with your terrible service!",
                        "This is outrageous, nobody ever calls me back!"]}
EN_NAMES = {"tune": ["Linda Carter", "David Brooks", "Sarah Collins", "Mark Evans",
                     "Emma Wilson", "James Taylor"],
            "heldout": ["Olivia Brown", "Peter Hall", "Grace Turner", "Daniel Reed"]}

VI: dict[str, Pool] = {
    "greet": {"tune": _p("greeting", "Xin chào", "Dạ xin chào", "Alo, em chào anh chị"),
              "heldout": _p("greeting", "Kính chào quý khách", "Chào anh ạ", "Dạ em chào chị")},
    "company": {
        "tune": _p("greeting company", "cảm ơn quý khách đã gọi đến ngân hàng ABC",
                   "tổng đài ngân hàng ABC xin kính chào")
        + _p("company", "ngân hàng ABC xin nghe"),
        "heldout": _p("greeting company", "cảm ơn anh chị đã gọi tới tổng đài ngân hàng ABC",
                      "ngân hàng ABC kính chào quý khách")
        + _p("company", "đây là tổng đài chăm sóc khách hàng của ngân hàng ABC")},
    "intro": {"tune": _p("intro", "em là {first}", "em tên là {first}", "{first} xin nghe"),
              "heldout": _p("intro", "tôi là {first}", "em là tổng đài viên {first}",
                            "em {first} đây ạ")},
    "offer": {"tune": _p("offer", "em có thể giúp gì cho anh chị ạ?",
                         "anh chị cần hỗ trợ gì ạ?", "em có thể hỗ trợ gì cho anh chị?"),
              "heldout": _p("offer", "em giúp gì được cho anh ạ?",
                            "hôm nay em có thể hỗ trợ được gì cho chị?",
                            "chị cần em hỗ trợ gì ạ?")},
    "confirm": {"tune": _p("confirm", "Dạ em xin xác nhận lại, {p}, đúng không ạ?",
                           "Như vậy là anh chị {p} phải không ạ?", "Dạ ý anh chị là {p}."),
                "heldout": _p("confirm", "Vậy là anh chị {p}, em hiểu đúng không ạ?",
                              "Em hiểu là anh chị {p}.", "Có phải anh chị {p} không ạ?")},
    "resolution": {
        "tune": _p("resolution", "Em đã xử lý xong yêu cầu của anh chị rồi ạ.",
                   "Em đã hoàn tiền vào tài khoản, trong vòng ba ngày làm việc anh chị sẽ "
                   "nhận được.", "Em đã ghi nhận, bộ phận kỹ thuật sẽ liên hệ lại với anh chị "
                                 "trong hôm nay."),
        "heldout": _p("resolution", "Dạ yêu cầu của anh chị đã được xử lý xong rồi ạ.",
                      "Em đã cập nhật thông tin cho anh chị rồi ạ.",
                      "Em đã tạo yêu cầu, anh chị sẽ nhận được tin nhắn xác nhận.",
                      "Xong rồi ạ, mọi thứ đã ổn.")},
    "anything_else": {"tune": _p("anything_else",
                                 "Anh chị còn cần em hỗ trợ thêm thông tin gì không ạ?",
                                 "Anh chị còn vấn đề gì khác không ạ?"),
                      "heldout": _p("anything_else", "Chị còn thắc mắc gì nữa không ạ?",
                                    "Em có thể giúp gì thêm cho anh không ạ?")},
    "thanks": {"tune": _p("thanks", "Cảm ơn anh chị đã gọi đến ngân hàng ABC.",
                          "Dạ em cảm ơn anh chị ạ.", "Cảm ơn quý khách đã liên hệ."),
               "heldout": _p("thanks", "Em cám ơn chị nhiều ạ.",
                             "Cảm ơn anh đã tin dùng dịch vụ của ngân hàng.")},
    "goodbye": {"tune": _p("goodbye", "Chúc anh chị một ngày tốt lành, tạm biệt ạ.",
                           "Em chào anh chị ạ.", "Tạm biệt anh chị."),
                "heldout": _p("goodbye", "Chúc chị buổi tối vui vẻ, chào chị ạ.",
                              "Hẹn gặp lại anh ạ.")},
    "empathy": {"tune": _p("empathy", "Dạ em rất xin lỗi anh chị về sự bất tiện này.",
                           "Em rất hiểu cảm giác của anh chị lúc này.",
                           "Em thành thật xin lỗi anh chị ạ."),
                "heldout": _p("empathy", "Dạ em xin lỗi chị, em hiểu sự bức xúc của chị.",
                              "Em rất tiếc về chuyện này, mong anh thông cảm.")},
    "blame": {"tune": _p("blame", "Cái này là lỗi của anh chị mà.",
                         "Anh chị phải đọc kỹ hợp đồng chứ.", "Tại anh chị tự làm."),
              "heldout": _p("blame", "Em đã nói rồi, anh chị nhầm rồi.",
                            "Đáng lẽ anh chị phải kiểm tra trước.",
                            "Chuyện này do anh tự làm sai.")},
    "profanity": {"tune": _p("profanity", "Mẹ kiếp, máy lại treo rồi.",
                             "Đồ ngu, nói mãi không hiểu."),
                  "heldout": _p("profanity", "Đéo hiểu sao hệ thống chậm thế.",
                                "Câm mồm đi cho tôi nói.")},
    "rude": {"tune": _p("rude", "Không phải việc của tôi.", "Anh chị hỏi lắm thế.",
                        "Tôi không quan tâm, quy định là vậy."),
             "heldout": _p("rude", "Phiền quá, chị tự đi mà tìm hiểu.",
                           "Vớ vẩn, làm gì có chuyện đó.")},
    "card_readback": {"tune": _p("card_readback", "Em đọc lại số thẻ là [CARD] đúng không ạ?",
                                 "Mã bảo mật là [CVV] phải không ạ?"),
                      "heldout": _p("card_readback", "Số thẻ của chị là [CARD] ạ.",
                                    "Em nhắc lại mã [CVV] ạ.")},
    "ob_open": {"tune": _p("identify_self company",
                           "Dạ em chào anh, em là {first} gọi từ ngân hàng ABC.",
                           "Alo, em tên là {first}, em gọi từ ngân hàng ABC ạ."),
                "heldout": _p("identify_self company",
                              "Em chào chị, tôi là {first} ở ngân hàng ABC.",
                              "Dạ em {first} từ ngân hàng ABC xin phép làm phiền chị ạ.")},
    "ob_open_noname": {"tune": _p("company", "Dạ em chào anh, em gọi từ ngân hàng ABC."),
                       "heldout": _p("company", "Alo, đây là ngân hàng ABC ạ.")},
    "ob_open_nocompany": {"tune": _p("identify_self", "Dạ em chào anh, em là {first}."),
                          "heldout": _p("identify_self", "Alo, em tên là {first} ạ.")},
    "purpose": {"tune": _p("purpose", "Em gọi để thông báo khoản vay của anh đã được phê duyệt.",
                           "Em liên hệ về việc thẻ tín dụng mới của anh."),
                "heldout": _p("purpose", "Hôm nay em gọi điện để mời chị tham gia chương "
                                         "trình ưu đãi.",
                              "Em gọi cho chị để nhắc lịch thanh toán ạ.")},
    "disclosure": {"tune": _p("disclosure",
                              "Cuộc gọi này được ghi âm để đảm bảo chất lượng dịch vụ."),
                   "heldout": _p("disclosure", "Cuộc gọi sẽ được ghi âm ạ.")},
    "consent": {"tune": _p("consent", "Anh có đồng ý tiếp tục không ạ?",
                           "Anh cho phép em tiếp tục được không ạ?"),
                "heldout": _p("consent", "Chị có đồng ý không ạ?",
                              "Em xin phép tiếp tục cuộc gọi được không ạ?")},
}

VI_FILLER = ["Dạ anh chị vui lòng chờ em một chút để em kiểm tra thông tin ạ.",
             "Anh chị cho em xin họ tên và ngày sinh để xác minh ạ.",
             "Dạ vâng, em đang kiểm tra tài khoản của anh chị.",
             "Em thấy thông tin tài khoản rồi ạ."]
VI_CUSTOMER = {
    "verify": ["Tôi tên Nguyễn Văn Nam, sinh ngày năm tháng ba năm tám lăm.",
               "Chị tên Trần Thị Hoa, sinh năm chín mươi."],
    "ack": ["Vâng, được rồi.", "Ừ, tốt quá, cảm ơn em.", "Ok em."],
    "no_more": ["Không, vậy là đủ rồi.", "Hết rồi em ạ."],
    "bye": ["Ừ chào em.", "Cảm ơn em, chào em."],
    "ob_reply": ["Ừ, em cứ nói đi.", "Vâng, được."],
    "decoy_profanity": ["Mẹ kiếp, tôi để quên thẻ ở nhà rồi."],
    "decoy_blame": ["Lỗi của ngân hàng chứ không phải của tôi."],
    "decoy_card": ["Số thẻ của tôi là [CARD]."],
    "decoy_company": ["Alo, có phải ngân hàng ABC không?"],
}
VI_SCENARIOS: list[tuple[str, list[str], list[str], str]] = [
    ("billing refund", ["Tôi bị trừ tiền hai lần cho hóa đơn tiền điện tháng này, tôi muốn "
                        "được hoàn tiền."],
     ["Sao kê của tôi có hai khoản giống nhau, chị trả lại tiền cho tôi được không?"],
     "bị trừ tiền hai lần"),
    ("billing", ["Sao tài khoản của tôi bị tính phí trễ hạn, tôi đã trả đúng hạn mà."],
     ["Thẻ của tôi bị thu phí thường niên mà tôi không đăng ký."], "có khoản phí lạ"),
    ("outage", ["Ứng dụng bị lỗi, tôi không đăng nhập được từ sáng nay."],
     ["Trang web ngân hàng bị sập, tôi không truy cập được."], "không vào được ngân hàng số"),
    ("card_lost", ["Tôi bị mất thẻ hôm qua, chị khóa thẻ giúp tôi."],
     ["Tôi vừa bị móc túi, thẻ bị đánh cắp rồi."], "thẻ đã bị thất lạc"),
    ("address_change", ["Tôi mới chuyển nhà, tôi muốn cập nhật địa chỉ mới."],
     ["Chị đổi địa chỉ liên hệ giúp tôi nhé."], "đã thay nơi ở"),
    ("payment", ["Tôi muốn thanh toán dư nợ thẻ tín dụng."],
     ["Tôi cần nộp tiền trả khoản vay tháng này."], "cần trả tiền hôm nay"),
    ("cancellation", ["Tôi muốn hủy thẻ tín dụng vì không dùng nữa."],
     ["Chị đóng tài khoản giúp tôi, tôi ra nước ngoài sống."], "không muốn dùng nữa"),
    ("fraud", ["Tài khoản của tôi có giao dịch lạ, tôi không thực hiện giao dịch đó."],
     ["Hình như tôi bị lừa đảo, có người rút tiền từ tài khoản."], "có tiền bị rút mà không "
                                                                    "rõ lý do"),
    ("", ["Tôi muốn hỏi lãi suất tiết kiệm hiện nay."],
     ["Cho tôi hỏi giờ làm việc của chi nhánh vào thứ bảy."], "muốn hỏi thông tin"),
]
VI_ANGER = {"tune": ["Đây là lần thứ ba tôi gọi rồi, thật là vô lý!",
                     "Tôi rất bức xúc, tôi muốn khiếu nại!"],
            "heldout": ["Dịch vụ tệ quá, tôi thất vọng lắm!",
                        "Các anh chị làm ăn kiểu gì vậy, quá đáng lắm!"]}
VI_NAMES = {"tune": ["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Mai", "Phạm Minh Tuấn",
                     "Hoàng Thu Trang"],
            "heldout": ["Đặng Thị Hoa", "Bùi Quang Huy", "Đỗ Ngọc Ánh", "Ngô Thanh Tâm"]}
# categories of the anger lines (they are complaints)
ANGER_CATEGORIES = "complaint"
