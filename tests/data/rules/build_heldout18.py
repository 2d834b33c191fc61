#!/usr/bin/env python3
"""Build heldout18, a blind held-out set for the compliance rules and call categories.

Standard library only, deterministic.  ``python3 build_heldout18.py`` writes and validates
``heldout18.jsonl`` and prints the count tables; ``--check`` rebuilds in memory and checks
that the written file is byte for byte the same.  Every wording was written by hand for this set.
"""
import hashlib
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout18.jsonl"
SEED = "heldout18-20261804"
KEYS = [
    "inbound/greeting", "inbound/company_name", "inbound/self_intro", "inbound/offer_help",
    "inbound/confirm_problem", "inbound/resolution", "inbound/anything_else", "inbound/thanks",
    "inbound/goodbye", "inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
    "outbound/identify_self", "outbound/identify_company", "outbound/purpose",
    "outbound/recording_disclosure", "outbound/consent", "angry_caller/empathy",
    "angry_caller/no_blame", "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity", "forbidden/profanity_vi_strict", "forbidden/rude",
    "forbidden/no_card_readback",
]
CATS = ["address_change", "billing", "cancellation", "card_lost", "complaint", "fraud",
        "outage", "payment", "refund"]
IN_RULES = KEYS[:11]
OUT_RULES = KEYS[11:16]
GEN = ["angry_caller/empathy", "angry_caller/no_blame",
       "angry_caller/no_interrupting_angry_customer", "forbidden/profanity",
       "forbidden/rude", "forbidden/no_card_readback"]


def rng(s):
    return random.Random(int(hashlib.sha256((SEED + s).encode()).hexdigest()[:16], 16))


# ---------------------------------------------------------------- wordings (English)
EN_AGENTS = [
    ("Priya Raman", "Priya", "trainee"), ("Callum Shore", "Callum", "trainee"),
    ("Bethany Cole", "Bethany", "warm"), ("Tunde Okafor", "Okafor", "warm"),
    ("Rhys Dalton", "Rhys", "terse"), ("Mona Hegarty", "Mona", "terse"),
    ("Gareth Fenn", "Gareth", "recap"), ("Lucy Marsh", "Lucy", "recap"),
    ("Imran Siddiq", "Imran", "we"), ("Harriet Vale", "Harriet", "we"),
    ("Dominic Pryce", "Dominic", "phonetic"), ("Yasmin Teale", "Yasmin", "phonetic"),
]
EN_OPEN = {
    "trainee": ["Good morn-, sorry, good afternoon,", "you're through to Acme Bank,",
                "my name's {g},", "um, what can I help you with?"],
    "warm": ["Hello there, lovely to hear from you,", "this is Acme Bank",
             "and you've got {g} on the line,", "what's brought you to us today?"],
    "terse": ["Afternoon.", "Acme Bank.", "{g}.", "Go ahead, how can I help?"],
    "recap": ["Hi, good morning,", "Acme Bank customer line,", "{g} speaking,",
              "how can I help you today?"],
    "we": ["Hello,", "Acme Bank personal banking,", "I'm {g},",
           "what can we do for you today?"],
    "phonetic": ["Good evening,", "Acme Bank, that's A for alpha, C for Charlie,",
                 "{g} here,", "how may I help?"],
}
EN_IN = [
    ("My pension didn't land this month, it always comes on the first.",
     "So your pension hasn't reached the account this month, has it?",
     "It's being held by the paying bank; we've asked for it to be released and it clears "
     "by Thursday.", [], ""),
    ("A car hire firm took a three hundred pound deposit hold and never released it, "
     "I want that money back.",
     "So the hire company's hold is still sitting there and you'd like it returned.",
     "We've raised a dispute on the hold today and it drops off within five working days.",
     ["refund"], ""),
    ("I look after my son's account, he's disabled, and the fees on his statement look wrong.",
     "You manage your son's account and his statement shows charges you think are wrong.",
     "We've reversed both fees and statements will now come to you as his appointee.",
     ["billing"], ""),
    ("We've a wedding savings pot and I want to pay the venue deposit from it today.",
     "You'd like to make the venue payment straight out of the wedding pot.",
     "I've set up the payment to the venue for today, it shows as pending until tonight.",
     ["payment"], ""),
    ("Someone rang pretending to be you lot and now there are three payments I never made.",
     "So after a call from someone posing as us, there are payments you don't recognise.",
     "We've blocked the card, marked the three payments as fraud and a new card is coming.",
     ["fraud"], ""),
    ("I want to stop the standing order to the animal charity, cancel it for good.",
     "You want the charity standing order cancelled so nothing more goes out.",
     "That's cancelled now, the payment due on the tenth won't be taken.",
     ["cancellation"], ""),
    ("A hotel put a pre-authorisation on my card and charged me as well, I want the "
     "extra back.",
     "So the hotel's hold is still there on top of the real charge.",
     "We've asked the hotel's bank to release the hold, the money's back within three days.",
     ["refund"], ""),
    ("I sent money abroad to the wrong IBAN, one digit out, I need it back.",
     "An international transfer went to an IBAN with a digit wrong and you want it recalled.",
     "We've sent a recall to the receiving bank today and we'll email you their answer.",
     ["refund"], ""),
    ("I want to top up my loan for a new boiler and pay this month's instalment early.",
     "You're after a loan top-up and want to pay this month's instalment now.",
     "I've taken the instalment today and sent the top-up form to your app to sign.",
     ["payment"], ""),
    ("The marina mooring fee has gone out twice on my statement.",
     "So the mooring fee's been taken two times, yeah?",
     "We've refunded the duplicate, it's back in your account tonight.",
     ["billing", "refund"], ""),
    ("The card reader on my food truck business account has died and the website won't "
     "load either.",
     "So the business card reader and the website are both down for you.",
     "There's a fault our side being fixed; the site's back within the hour and we'll text "
     "you when readers are live.", ["outage"], ""),
    ("I ordered euros for collection at the branch and the online form keeps erroring out.",
     "So the currency order form online won't go through for you.",
     "I've placed the order here instead, it's ready at the High Street branch on Friday.",
     ["outage"], ""),
    ("I need a new cheque book and there's a charge on my last statement I can't place.",
     "A fresh cheque book, and a charge on your statement you don't recognise as a fee.",
     "The cheque book's ordered, five days, and the charge is your yearly fee, explained in "
     "the letter we sent you last week.", ["billing"], "resolution_points_to_letter"),
    ("My salary was paid into my old account that you closed, where has it gone?",
     "Your wages went to the closed account and you don't know where they ended up.",
     "It went back to your employer yesterday; we've emailed you a letter with your new "
     "details to give them.", [], "resolution_points_to_email"),
    ("My student overdraft is ending and you've already charged me interest, I want to "
     "complain about it.",
     "You've been charged interest as the student overdraft winds down and you're unhappy "
     "about it.",
     "We've waived the interest and logged the complaint; a manager rings you within two days.",
     ["billing", "complaint"], ""),
    ("The chip on my card has stopped working, I can only pay by tapping now.",
     "So the chip's failed and only contactless works.",
     "A replacement is ordered and should be with you in three to five days.", [], ""),
    ("I've lost my card somewhere on the ward, I think it's gone for good.",
     "So your card's gone missing at work and you don't expect to find it.",
     "I've stopped that card and a new one arrives in four working days.", ["card_lost"], ""),
    ("My wallet got nicked out of the van cab while I was on a drop.",
     "So your wallet, card and all, was stolen from the van.",
     "The card's cancelled, a replacement is on its way and there's a digital card in the "
     "app right now.", ["card_lost"], ""),
    ("I've moved to a new farmhouse down the lane and need my address changed.",
     "You've moved and want the address on file updated.",
     "The address is updated and a confirmation letter goes to the new one.",
     ["address_change"], ""),
    ("I need to change the address on my mum's account, she's moved in with us.",
     "You'd like your mum's account to show your address now she lives with you.",
     "With her authority on file I've updated it and she'll get a letter at yours.",
     ["address_change"], "address_change_relative"),
    ("My daughter got charged twice at a shop on her card, can you get her money back for her?",
     "Your daughter was charged twice and you want the second one refunded to her.",
     "I've started a claim on her card for the duplicate, she'll have it back in five days.",
     ["refund"], "refund_third_party"),
    ("I rang to cancel my credit card, actually no, don't cancel it after all, I'll keep it.",
     "So you've decided to keep the credit card open after all.",
     "Nothing's changed then, the card stays active and I've noted the call.",
     [], "cancel_withdrawn"),
    ("There's a payment I don't recognise, oh wait, that's my wife, she bought the tickets.",
     "So the payment you were worried about turns out to be your wife's ticket purchase.",
     "Then it's all genuine, nothing to block, and I've left the card as it is.",
     [], "fraud_was_spouse"),
    ("I've lost my card, hang on, no, it's here in my coat pocket.",
     "So the card turned up in your coat while we were talking.",
     "Great, it stays active, and I've switched on spending alerts for you.",
     [], "card_found_during_call"),
    ("I wanted to make a complaint about the branch, actually forget it, it's not worth it.",
     "So you'd rather not go ahead with a complaint about the branch.",
     "No problem, nothing's been logged, and I've given you the branch manager's email if "
     "you change your mind.", [], "complaint_withdrawn"),
    ("I want to escalate this, your app's been broken for a week and nobody's fixed it.",
     "The app hasn't worked for a week and you want this escalated.",
     "I've escalated it to the digital team as a formal complaint; they reply by Monday.",
     ["complaint", "outage"], ""),
    ("I'd like to close our joint savings account, we never use it.",
     "You want the joint savings account closed.",
     "I've started the closure; you both get a form by email to sign and it closes in a week.",
     ["cancellation"], ""),
    ("I want to pay off the whole balance on my credit card today.",
     "So you'd like to clear the credit card balance in full today.",
     "I've taken the full balance from your current account, it shows tomorrow.",
     ["payment"], ""),
    ("There's a transaction from an online casino I've never used, I want it back.",
     "There's a casino payment you didn't make and you want it refunded.",
     "We've blocked the card and raised a fraud claim; the money's back within ten days.",
     ["fraud", "refund"], ""),
    ("I'm being charged a monthly fee I never signed up for and I'm not happy.",
     "So there's a monthly fee you never agreed to and you want to complain.",
     "We've removed the fee, refunded three months and logged your complaint.",
     ["billing", "complaint", "refund"], ""),
]
EN_OUT = [
    ("I'm calling about an unusual payment on your card to a jeweller in Lisbon.",
     "No, that wasn't me, I've never been there.", ["fraud"]),
    ("I'm ringing because your loan repayment didn't go out and we'd like to take it now.",
     "Oh, yes, go on, take it today.", ["payment"]),
    ("Some post came back undelivered, so I'm calling to update your address.",
     "Yes, we moved last month, it's 4 Mill Lane now.", ["address_change"]),
    ("I'm calling about a fee that was added by mistake, to arrange your refund.",
     "About time, yes please.", ["billing", "refund"]),
    ("I'm following up the complaint you made about the app not loading.",
     "It's still not loading, to be honest.", ["complaint", "outage"]),
    ("Your card was reported stolen and I'm calling to confirm where to send the new one.",
     "To my work address, please.", ["card_lost"]),
    ("I'm ringing to let you know your fixed saver matures next week.",
     "Right, what are my options?", []),
    ("I'm calling about cancelling the travel insurance add-on you asked about.",
     "Yes, I want that gone.", ["cancellation"]),
    ("I'm calling to check you want the gym standing order cancelled along with the card.",
     "Yes, cancel both.", ["cancellation"]),
    ("I'm calling because the monthly fee on your account package is going up.",
     "Going up by how much?", ["billing"]),
]
EN = {
    "agents": EN_AGENTS, "open": EN_OPEN, "inb": EN_IN, "outb": EN_OUT,
    "cust_hello": "Hello?",
    "out_name": "Hi, it's {g}", "out_company": "calling from Acme Bank.",
    "out_record": "Just so you know, this call is recorded.",
    "out_consent": "Are you happy to carry on with that?",
    "consent_yes": "Yes, that's fine.",
    "sec": ["Can I take your date of birth first?", "And the first line of your address?"],
    "sec_ans": ["Third of May, sixty-one.", "Twelve Orchard Row."],
    "verify": "Thanks, just a moment while I check those.",
    "restate_wrong": "So it's your card that's the problem, is it?",
    "correct": "No, not the card, the account.",
    "bare_ack": "Okay.",
    "turned_down": "No, that's not it at all, but never mind.",
    "confirm": ["Yes, exactly.", "That's it.", "Spot on."],
    "no_step": "Hmm, I honestly couldn't say what happens next.",
    "cust_thanks": "Oh, that's a relief, thank you.",
    "anyelse": ["Is there anything else I can help with?", "Is that everything sorted for you?",
                "Anything else today?"],
    "anyelse2": "Sure there's nothing else?",
    "cust_no": "No, that's all, ta.",
    "cust_else": "Is there anything else I need to do?",
    "cust_else_ans": "No, nothing on your side.",
    "thanks": ["Thanks for calling Acme Bank.", "Thank you for your time today.",
               "Cheers for ringing."],
    "bye": ["Bye now.", "Speak soon.", "Catch you later.", "Goodbye."],
    "cust_bye": "Bye.",
    "recap": "So, to recap, that's all done on our side.",
    "thanks_mid": "Appreciate your patience.",
    "empathy": ["Oh no, I'm so sorry, that's awful.", "I completely understand, I'd be upset too.",
                "I'm really sorry you've been left like this."],
    "repeat": "Sorry, could you repeat that?",
    "anger": ["I'm fuming, this is the third time I've had to chase you.",
              "This is an absolute joke, I've been waiting weeks.",
              "I'm sick to death of your bank, honestly."],
    "out_anger": "You lot are useless, why is it always me sorting your mess?",
    "early_q": ("Before anything, are you open on bank holidays?",
                "Yes, branches open ten till two on bank holidays."),
    "hold": ("Bear with me, I'm putting you on hold for a moment.",
             "Thank you for holding, I'm back."),
    "hold_ok": "Okay.",
    "put_through": "You've been put through from cards, ",
    "badline": ("Sorry, you broke up there, say again?", "I said it's the account ending 3104."),
    "relative": ("Hang on, my son's taking the phone.", "Hi, I'm his son, he's hard of hearing, "
                 "I'll help."),
    "fill": [("Can you confirm the last four digits of the account?", "It's 3104."),
             ("Is your mobile still 07700 900 418?", "Yes, that's the one."),
             ("I'm just pulling that up now.", "No rush."),
             ("Do you still get paper statements?", "Only online now."),
             ("Is the email on file still the Gmail one?", "Yes, still that one."),
             ("Let me note that on your record.", "Okay, thanks."),
             ("One second, the screen's loading.", "Sure."),
             ("That's your account ending 3104, is it?", "That's right.")],
    "blame": ["We tell customers again and again not to share those codes.",
              "You really should have read the terms before signing.",
              "Well, you gave them the details yourself, didn't you.",
              "That's on you for not checking the account number.",
              "If you'd kept the receipt we wouldn't be here.",
              "You ignored three reminder letters, so.",
              "You picked the wrong option in the app, that's the issue.",
              "You should have rung us weeks ago, really.",
              "People who leave cards in the car are asking for it."],
    "rude": ["Unbelievable.", "Honestly, some people.", "Yeah, yeah, I heard you the first time.",
             "Look, I haven't got all day.", "Is that really so hard to follow?",
             "Whatever, it'll sort itself out.", "Keep your voice down, I'm not deaf.",
             "Just let me do my job, would you.", "That's a daft question, frankly."],
    "swear": ["Oh for fuck's sake, this screen again.", "Shit, it's logged me out.",
              "Bloody thing's frozen, piece of crap.", "Christ, what a shitty system.",
              "Damn it, fucking thing.", "Bollocks, wrong page.",
              "Bastard screen's gone blank.", "Oh crap, it's crashed.", "Arse, lost the notes."],
    "card_ask": "Can you read me the long card number and the code on the back?",
    "card_ans": "It's 4921 7708 3654 1902, code 714.",
    "card": ["So that's 49 21 77 08 36 54 19 02, yes?",
             "Let me read it back, four nine two one seven seven zero eight three six five four "
             "one nine zero two.",
             "And the security code, seven one four.",
             "That's 4921 7708 3654 1902.",
             "Security code is 714, got it.",
             "So four nine two one, seven seven zero eight, three six five four, one nine zero "
             "two.",
             "Code seven one four, lovely.",
             "Card 4921 7708 3654 1902, noted.",
             "49 21 77 08, 36 54 19 02, right?"],
    "partial": "Thanks, I'll only need the last four, 1902.",
}

# ---------------------------------------------------------------- wordings (Vietnamese)
VI_AGENTS = [
    ("Lê Thị Ngọc Hân", "Hân", "dada"), ("Trần Minh Khôi", "Khôi", "dada"),
    ("Nguyễn Thị Bích Tuyền", "Tuyền", "south"), ("Huỳnh Văn Lộc", "Lộc", "south"),
    ("Phạm Gia Huy", "Huy", "minh"), ("Đỗ Thu Hiền", "Hiền", "minh"),
    ("Vũ Đức Thắng", "Thắng", "rigid"), ("Hoàng Lan Nhi", "Nhi", "rigid"),
    ("Bùi Quốc Tuấn", "Tuấn", "recap"), ("Lý Mỹ Duyên", "Duyên", "recap"),
    ("Trịnh Hải Yến", "Yến", "trainee"), ("Cao Văn Sơn", "Sơn", "trainee"),
]
VI_OPEN = {
    "dada": ["Dạ dạ, em chào anh chị ạ,", "Ngân hàng ABC xin nghe,", "em là {g},",
             "dạ anh chị cần em hỗ trợ gì ạ?"],
    "south": ["Dạ chào anh chị nghen,", "tổng đài Ngân hàng ABC đây ạ,", "em tên {g} nè,",
              "anh chị cần giúp chuyện gì hen?"],
    "minh": ["Xin chào,", "Ngân hàng ABC đây,", "mình là {g},",
             "mình có thể giúp gì cho bạn ạ?"],
    "rigid": ["Kính chào quý khách,", "quý khách đang liên hệ Ngân hàng ABC,",
              "tôi là giao dịch viên {g},", "tôi có thể hỗ trợ quý khách điều gì ạ?"],
    "recap": ["Chào anh chị ạ,", "đây là Ngân hàng ABC,", "em {g} xin nghe,",
              "anh chị cần em giúp việc gì ạ?"],
    "trainee": ["Dạ, em chào, à dạ, em xin chào anh chị,", "Ngân hàng ABC ạ,",
                "em là {g}, nhân viên mới ạ,", "ờ, em giúp gì được cho anh chị ạ?"],
}
VI_IN = [
    ("Lương tháng này công ty báo chuyển rồi mà tôi chưa thấy về tài khoản.",
     "Dạ, vậy là lương tháng này chưa vào tài khoản của anh chị, phải không ạ?",
     "Dạ khoản lương đang chờ đối soát, trước năm giờ chiều nay sẽ vào tài khoản ạ.", [], ""),
    ("Tôi muốn chuyển tiền học phí cho con đang du học ở Úc.",
     "Dạ, anh chị cần chuyển học phí sang Úc cho con ạ.",
     "Dạ em đã lập lệnh chuyển, tiền tới trường trong hai ngày làm việc ạ.", ["payment"], ""),
    ("Tôi muốn đóng trước kỳ góp khoản vay mua xe máy tháng này.",
     "Dạ, anh chị muốn trả sớm kỳ góp xe máy tháng này ạ.",
     "Dạ em đã trích tiền đóng kỳ này, chiều nay hệ thống ghi nhận ạ.", ["payment"], ""),
    ("Tôi rút tiền ở cây ATM ngân hàng khác mà bị trừ phí mấy lần, muốn lấy lại.",
     "Dạ, anh chị bị thu phí rút tiền ngoài hệ thống nhiều lần và muốn được hoàn ạ.",
     "Dạ em đã hoàn hai lần phí bị thu dư, tối nay tiền về ạ.", ["billing", "refund"], ""),
    ("Tôi mở tài khoản số đẹp mà bị thu phí cao hơn giá niêm yết, tôi không chịu.",
     "Dạ, phí tài khoản số đẹp bị thu cao hơn bảng giá và anh chị muốn khiếu nại ạ.",
     "Dạ em ghi nhận khiếu nại và hoàn phần chênh lệch trong ba ngày ạ.",
     ["billing", "complaint", "refund"], ""),
    ("Có người gọi xưng là công an bắt tôi chuyển tiền, giờ tài khoản có mấy khoản lạ.",
     "Dạ, sau cuộc gọi giả công an, tài khoản có giao dịch anh chị không thực hiện ạ.",
     "Dạ em đã khoá tài khoản, báo gian lận các giao dịch đó và cấp lại mật khẩu mới ạ.",
     ["fraud"], ""),
    ("Tôi muốn huỷ thanh toán tự động tiền nước.",
     "Dạ, anh chị muốn ngưng trích tự động tiền nước ạ.",
     "Dạ em đã huỷ, kỳ tới sẽ không trích tiền nước nữa ạ.", ["cancellation"], ""),
    ("Tôi đặt cọc thuê xe, trả xe rồi mà tiền cọc chưa hoàn lại.",
     "Dạ, tiền cọc thuê xe vẫn bị giữ dù anh chị đã trả xe ạ.",
     "Dạ em đã gửi yêu cầu gỡ tạm giữ, năm ngày làm việc tiền sẽ về ạ.", ["refund"], ""),
    ("Thẻ tôi hết hạn rồi mà chưa nhận được thẻ mới.",
     "Dạ, thẻ cũ hết hạn mà thẻ mới chưa tới tay anh chị ạ.",
     "Dạ thẻ mới đang ở chi nhánh, em đã nhắn tin địa chỉ cho anh chị tới nhận ạ.",
     [], "resolution_points_to_text"),
    ("Tôi chuyển tiền mừng cưới nhầm số tài khoản, muốn lấy lại.",
     "Dạ, tiền mừng cưới bị chuyển sai người nhận và anh chị muốn đòi lại ạ.",
     "Dạ em đã gửi yêu cầu tra soát, ba ngày sẽ có kết quả ạ.", ["refund"], ""),
    ("Khoản tiền chuyển từ Mỹ về bị giữ ba ngày rồi.",
     "Dạ, tiền chuyển quốc tế của anh chị bị tạm giữ ba ngày ạ.",
     "Dạ cần bổ sung giấy tờ, em đã gửi email hướng dẫn hôm qua ạ.",
     [], "resolution_points_to_email"),
    ("Tôi muốn mở thẻ cho mẹ tôi đã lớn tuổi.",
     "Dạ, anh chị muốn làm thẻ cho mẹ ạ.",
     "Dạ em đặt lịch cho mẹ ra chi nhánh sáng thứ bảy, mang căn cước theo ạ.", [], ""),
    ("Chi nhánh gần nhà đóng cửa sớm hơn giờ ghi, tôi muốn khiếu nại.",
     "Dạ, chi nhánh đóng cửa sớm và anh chị muốn phản ánh ạ.",
     "Dạ em đã chuyển khiếu nại lên giám đốc chi nhánh, hai ngày có phản hồi ạ.",
     ["complaint"], ""),
    ("Ứng dụng không đăng nhập được từ sáng tới giờ.",
     "Dạ, app báo lỗi đăng nhập từ sáng ạ.",
     "Dạ bên em đang sửa lỗi, trưa nay sẽ dùng lại được ạ.", ["outage"], ""),
    ("Trang web báo lỗi khi tôi đóng tiền điện.",
     "Dạ, anh chị đóng tiền điện trên web thì bị lỗi ạ.",
     "Dạ em đóng giúp qua tổng đài luôn, tiền điện đã được thanh toán ạ.",
     ["outage", "payment"], ""),
    ("Tôi làm rơi thẻ ở chợ cá sáng nay.",
     "Dạ, thẻ của anh chị bị rơi mất ở chợ ạ.",
     "Dạ em đã khoá thẻ và phát hành thẻ mới, năm ngày sẽ tới ạ.", ["card_lost"], ""),
    ("Tôi bị móc túi ở bến xe, mất luôn thẻ.",
     "Dạ, anh chị bị trộm ví và mất thẻ ạ.",
     "Dạ thẻ đã khoá, thẻ mới gửi về nhà trong một tuần ạ.", ["card_lost"], ""),
    ("Tôi mới dọn nhà, muốn đổi địa chỉ nhận thư.",
     "Dạ, anh chị cần cập nhật địa chỉ mới ạ.",
     "Dạ em đã đổi địa chỉ, thư xác nhận sẽ gửi tới nhà mới ạ.", ["address_change"], ""),
    ("Tôi muốn đổi địa chỉ trên tài khoản của ba tôi.",
     "Dạ, anh chị muốn cập nhật địa chỉ cho tài khoản của ba ạ.",
     "Dạ có giấy uỷ quyền rồi nên em đã cập nhật địa chỉ mới ạ.",
     ["address_change"], "address_change_relative"),
    ("Em gái tôi bị trừ tiền hai lần, tôi gọi để đòi lại tiền cho nó.",
     "Dạ, em gái anh chị bị trừ trùng và anh chị muốn hoàn tiền cho em ạ.",
     "Dạ em đã mở yêu cầu hoàn khoản trùng vào thẻ của em gái ạ.",
     ["refund"], "refund_third_party"),
    ("Tôi định huỷ thẻ tín dụng, mà thôi, khỏi huỷ nữa.",
     "Dạ, anh chị đổi ý và giữ lại thẻ tín dụng ạ.",
     "Dạ thẻ vẫn hoạt động bình thường, em ghi chú lại ạ.", [], "cancel_withdrawn"),
    ("Có giao dịch lạ, à, hoá ra chồng tôi mua vé máy bay.",
     "Dạ, giao dịch đó là của chồng anh chị mua vé ạ.",
     "Dạ vậy là hợp lệ, thẻ vẫn để nguyên ạ.", [], "fraud_was_spouse"),
    ("Tôi mất thẻ rồi, à, nó nằm trong túi áo đây.",
     "Dạ, thẻ tìm lại được trong túi áo rồi ạ.",
     "Dạ thẻ vẫn dùng được, em bật thông báo biến động số dư cho anh chị ạ.",
     [], "card_found_during_call"),
    ("Tôi muốn khiếu nại nhân viên, thôi bỏ đi, không sao.",
     "Dạ, anh chị không muốn gửi khiếu nại nữa ạ.",
     "Dạ em không ghi nhận khiếu nại, nếu cần anh chị gọi lại số này ạ.",
     [], "complaint_withdrawn"),
    ("Tôi muốn đóng tài khoản tiết kiệm không dùng nữa.",
     "Dạ, anh chị muốn tất toán và đóng tài khoản tiết kiệm ạ.",
     "Dạ em đã lập yêu cầu đóng, tiền chuyển về tài khoản thanh toán ngày mai ạ.",
     ["cancellation"], ""),
    ("Tôi muốn thanh toán hết dư nợ thẻ tín dụng hôm nay.",
     "Dạ, anh chị muốn trả toàn bộ dư nợ thẻ hôm nay ạ.",
     "Dạ em đã trích tiền trả hết dư nợ, mai sẽ cập nhật ạ.", ["payment"], ""),
    ("Thẻ tôi có giao dịch ở trang cá cược nước ngoài, tôi không hề làm, muốn lấy lại tiền.",
     "Dạ, có khoản cá cược anh chị không thực hiện và anh chị muốn hoàn tiền ạ.",
     "Dạ em khoá thẻ và mở hồ sơ tra soát gian lận, mười ngày có kết quả ạ.",
     ["fraud", "refund"], ""),
    ("Tài khoản bị trừ phí duy trì mà tôi chưa đăng ký, tôi phàn nàn đó.",
     "Dạ, anh chị bị thu phí duy trì không đăng ký và muốn khiếu nại ạ.",
     "Dạ em đã miễn phí đó và ghi nhận khiếu nại ạ.", ["billing", "complaint"], ""),
    ("App chuyển tiền cứ báo lỗi, tôi muốn phàn nàn.",
     "Dạ, app chuyển tiền bị lỗi và anh chị muốn khiếu nại ạ.",
     "Dạ em chuyển khiếu nại lên bộ phận kỹ thuật, tối nay có tin nhắn phản hồi ạ.",
     ["complaint", "outage"], ""),
    ("Tôi muốn huỷ dịch vụ báo tin nhắn.",
     "Dạ, anh chị muốn ngưng dịch vụ SMS báo số dư ạ.",
     "Dạ em đã huỷ, từ tháng sau không thu phí nữa ạ.", ["cancellation"], ""),
]
VI_OUT = [
    ("Em gọi về giao dịch lạ ở một tiệm vàng bên Thái Lan trên thẻ của anh chị.",
     "Không, tôi đâu có qua Thái.", ["fraud"]),
    ("Em gọi vì kỳ góp xe máy tháng này chưa trích được, anh chị muốn đóng ngay không ạ.",
     "Ừ, trích luôn đi em.", ["payment"]),
    ("Thư gửi anh chị bị trả về nên em gọi để cập nhật địa chỉ ạ.",
     "Tôi chuyển nhà rồi, để tôi đọc địa chỉ mới.", ["address_change"]),
    ("Em gọi để hoàn khoản phí bị thu nhầm tháng trước ạ.",
     "Vậy hả, hoàn giùm tôi nghen.", ["billing", "refund"]),
    ("Em gọi theo khiếu nại của anh chị về app bị đứng ạ.",
     "Tới giờ vẫn còn đứng đó em.", ["complaint", "outage"]),
    ("Thẻ của anh chị đã báo mất, em gọi để xác nhận địa chỉ gửi thẻ mới ạ.",
     "Gửi về chỗ làm giùm tôi.", ["card_lost"]),
    ("Em gọi báo sổ tiết kiệm của anh chị sắp đến hạn tuần sau ạ.",
     "Vậy giờ tôi làm sao?", []),
    ("Em gọi xác nhận yêu cầu huỷ gói bảo hiểm đi kèm thẻ ạ.",
     "Đúng rồi, huỷ đi.", ["cancellation"]),
    ("Em gọi hỏi anh chị có muốn huỷ luôn trích tự động tiền internet không ạ.",
     "Huỷ luôn đi em.", ["cancellation"]),
    ("Em gọi thông báo phí gói tài khoản sắp tăng ạ.",
     "Tăng bao nhiêu vậy?", ["billing"]),
]
VI = {
    "agents": VI_AGENTS, "open": VI_OPEN, "inb": VI_IN, "outb": VI_OUT,
    "cust_hello": "A lô?",
    "out_name": "Dạ em là {g}", "out_company": "gọi từ Ngân hàng ABC ạ.",
    "out_record": "Dạ cuộc gọi này được ghi âm ạ.",
    "out_consent": "Anh chị có đồng ý cho em tiếp tục không ạ?",
    "consent_yes": "Ừ, được.",
    "sec": ["Dạ cho em xin ngày sinh của anh chị ạ?", "Dạ số căn cước bốn số cuối là gì ạ?"],
    "sec_ans": ["Mười hai tháng tư năm sáu tám.", "Bốn số cuối là 5521."],
    "verify": "Dạ anh chị chờ em kiểm tra chút ạ.",
    "restate_wrong": "Dạ, vậy là thẻ của anh chị bị lỗi phải không ạ?",
    "correct": "Không, không phải thẻ, là tài khoản.",
    "bare_ack": "Dạ vâng.",
    "turned_down": "Không phải vậy, mà thôi kệ.",
    "confirm": ["Đúng rồi.", "Ừ đúng.", "Phải đó."],
    "no_step": "Dạ cái này em cũng không rõ nữa.",
    "cust_thanks": "Vậy thì may quá, cảm ơn em.",
    "anyelse": ["Dạ anh chị còn cần em hỗ trợ gì khác không ạ?",
                "Dạ còn việc gì nữa không ạ?", "Dạ anh chị cần thêm gì nữa không ạ?"],
    "anyelse2": "Dạ chắc chắn không còn gì khác nữa ạ?",
    "cust_no": "Hết rồi em.",
    "cust_else": "Tôi còn phải làm gì khác không em?",
    "cust_else_ans": "Dạ không cần làm gì thêm ạ.",
    "thanks": ["Dạ cảm ơn anh chị đã gọi Ngân hàng ABC.", "Dạ em cảm ơn anh chị nhiều ạ.",
               "Cám ơn anh chị nghen."],
    "bye": ["Chào anh chị ạ.", "Dạ em chào anh chị.", "Chúc anh chị một ngày vui ạ."],
    "cust_bye": "Ừ, chào em.",
    "recap": "Dạ em tóm tắt lại, mọi việc bên em đã xử lý xong ạ.",
    "thanks_mid": "Dạ cảm ơn anh chị đã kiên nhẫn chờ.",
    "empathy": ["Dạ em rất xin lỗi, chuyện này làm anh chị bực quá ạ.",
                "Dạ em hiểu, em thông cảm với anh chị lắm ạ.",
                "Dạ em thành thật xin lỗi vì sự bất tiện này ạ."],
    "repeat": "Dạ xin lỗi, anh chị nói lại giùm em được không?",
    "anger": ["Gọi ba lần rồi mà không ai giải quyết, bực mình quá.",
              "Ngân hàng gì mà làm ăn tệ vậy, tôi chờ cả tuần rồi.",
              "Tôi chán ngân hàng các người lắm rồi đó."],
    "out_anger": "Mấy người làm ăn kiểu gì mà lần nào cũng bắt tôi lo vậy?",
    "early_q": ("Cho hỏi trước, chi nhánh có mở chủ nhật không?",
                "Dạ chi nhánh mở sáng chủ nhật tới mười một giờ ạ."),
    "hold": ("Dạ anh chị giữ máy giúp em một chút ạ.", "Dạ cảm ơn anh chị đã chờ, em quay lại "
             "rồi ạ."),
    "hold_ok": "Ừ.",
    "put_through": "Dạ bên thẻ vừa chuyển máy qua em, ",
    "badline": ("Dạ xin lỗi, sóng yếu quá, anh chị nói lại được không ạ?",
                "Tôi nói là tài khoản đuôi 8812."),
    "relative": ("Khoan, để con tôi nói chuyện.", "Dạ chào em, tôi là con của ông, để tôi nói "
                 "cho."),
    "fill": [("Dạ cho em xin bốn số cuối tài khoản ạ?", "8812."),
             ("Dạ số điện thoại vẫn là 0903 118 270 phải không ạ?", "Ừ đúng rồi."),
             ("Dạ em đang mở hồ sơ ạ.", "Ừ, từ từ."),
             ("Dạ anh chị còn nhận sao kê giấy không ạ?", "Không, xem trên app thôi."),
             ("Dạ email vẫn là địa chỉ cũ phải không ạ?", "Ừ, vẫn vậy."),
             ("Dạ em ghi chú vào hồ sơ ạ.", "Ừ."),
             ("Dạ màn hình em đang tải ạ.", "Không sao."),
             ("Dạ tài khoản đuôi 8812 đúng không ạ?", "Đúng rồi.")],
    "blame": ["Bên em nhắc khách hoài là đừng đọc mã OTP cho ai mà.",
              "Tại anh chị tự bấm vào đường link đó chứ.",
              "Anh chị phải kiểm tra số tài khoản trước khi chuyển chứ.",
              "Lỗi là do anh chị không cập nhật số điện thoại.",
              "Ai biểu anh chị để thẻ trong xe.",
              "Anh chị không đọc hợp đồng nên mới vậy.",
              "Thư báo gửi ba lần rồi mà anh chị không đọc.",
              "Tự anh chị làm mất thì chịu thôi.",
              "Đáng lẽ anh chị phải gọi sớm hơn chứ."],
    "rude": ["Trời ơi, nói hoài.", "Thiệt tình.", "Nghe một lần không hiểu hả?",
             "Em đâu có rảnh cả ngày.", "Hỏi gì kỳ vậy.", "Kệ đi, từ từ nó tự về.",
             "Nói nhỏ thôi, em đâu có điếc.", "Để em làm việc coi.", "Hết biết luôn."],
    "swear": ["Đéo hiểu sao máy lại đơ nữa.", "Địt mẹ, hệ thống lại treo rồi.",
              "Vãi, mất hết dữ liệu.", "Đụ má, cái màn hình này.",
              "Vãi thật, lại văng ra.", "Đéo tải được luôn.", "Địt, bấm nhầm rồi.",
              "Lồn, lại lỗi.", "Đụ, chậm như rùa."],
    "card_ask": "Dạ anh chị đọc giúp em số thẻ và mã CVV ạ?",
    "card_ans": "Số thẻ 9704 2213 5567 8810, mã 318.",
    "card": ["Dạ em đọc lại số thẻ 9704 2213 5567 8810 đúng không ạ?",
             "Dạ 97 04 22 13 55 67 88 10 ạ.", "Dạ mã CVV là 318 ạ.",
             "Dạ mã bảo mật ba một tám ạ.", "Dạ số thẻ 9704 2213 5567 8810 em ghi rồi ạ.",
             "Dạ chín bảy không bốn hai hai một ba năm năm sáu bảy tám tám một không ạ.",
             "Dạ mã CVV ba một tám đúng không ạ?", "Dạ 9704 2213, 5567 8810 ạ.",
             "Dạ 97 04 22 13, 55 67 88 10 phải không ạ?"],
    "partial": "Dạ em chỉ cần bốn số cuối 8810 thôi ạ.",
}
LANGS = {"en": EN, "vi": VI}

# ---------------------------------------------------------------- noise
EN_HOMO = [("wait", "weight"), ("write", "right"), ("for", "four"), ("new", "knew"),
           ("week", "weak"), ("mail", "male"), ("due", "dew"), ("meet", "meat")]
EN_SPLIT = [("overdraft", "over draft"), ("deposit", "de posit"),
            ("statement", "state ment"), ("standing", "stand ing"),
            ("transaction", "trans action"), ("replacement", "re placement")]
EN_JOIN = [("give me", "gimme"), ("got you", "gotcha"), ("because", "cos"),
           ("should have", "shoulda"), ("ought to", "oughta")]
EN_FILL = ["um", "you know", "right so", "hmm"]
EN_ACME = ["acmy", "ack me", "akmi", "acma"]
VI_JOIN = ["hoàntiền", "sốdư", "mậtkhẩu", "chinhánh", "thẻmới", "hạnmức", "ứngdụng",
           "giaodịch"]
VI_SPLIT = {"hoàntiền": "hoàn tiền", "sốdư": "số dư", "mậtkhẩu": "mật khẩu",
            "chinhánh": "chi nhánh", "thẻmới": "thẻ mới", "hạnmức": "hạn mức",
            "ứngdụng": "ứng dụng", "giaodịch": "giao dịch"}
VI_FILL = ["ừm", "kiểu", "thì là", "á"]
VI_ABC = ["a bê xê", "ây bi xi", "a bi si"]


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def noise_text(text, lang, r, level):
    if r.random() > [0.45, 0.65, 0.85, 0.95][level]:
        return text
    t = text.lower()
    for ch in ",.?!;:":
        t = t.replace(ch, "")
    if lang == "en":
        t = t.replace("acme", r.choice(EN_ACME)) if r.random() < 0.4 else t
        ws = t.split()
        for i, w in enumerate(ws):
            for a, b in EN_HOMO:
                if w == a and r.random() < 0.5:
                    ws[i] = b
            for a, b in EN_SPLIT:
                if w == a and r.random() < 0.6:
                    ws[i] = b
        t = " ".join(ws)
        for a, b in EN_JOIN:
            if (" " + a + " ") in (" " + t + " ") and r.random() < 0.6:
                t = (" " + t + " ").replace(" " + a + " ", " " + b + " ").strip()
        if r.random() < 0.3:
            t = r.choice(EN_FILL) + " " + t
    else:
        if r.random() < 0.3:
            t = t.replace("abc", r.choice(VI_ABC))
        for joined in VI_JOIN:
            word = VI_SPLIT[joined]
            if word in t and r.random() < 0.4:
                t = t.replace(word, joined)
        if r.random() < 0.15:
            t = strip_marks(t)
        else:
            ws = t.split()
            for i, w in enumerate(ws):
                if r.random() < 0.08:
                    ws[i] = strip_marks(w)
            t = " ".join(ws)
        if r.random() < 0.3:
            t = r.choice(VI_FILL) + " " + t
    return t


# ---------------------------------------------------------------- planning
CONFLICTS = [
    ("inbound/greeting", "inbound/greeting_before_resolution"),
    ("inbound/resolution", "inbound/greeting_before_resolution"),
    ("inbound/thanks", "inbound/thanks_before_goodbye"),
    ("inbound/goodbye", "inbound/thanks_before_goodbye"),
    ("inbound/thanks", "inbound/goodbye"),
    ("inbound/anything_else", "inbound/thanks_before_goodbye"),
    ("outbound/recording_disclosure", "outbound/consent"),
]


def plan(lang):
    r = rng("plan-" + lang)
    dirs = ["inbound"] * 110 + ["outbound"] * 40
    r.shuffle(dirs)
    inb = [i for i, d in enumerate(dirs) if d == "inbound"]
    outb = [i for i, d in enumerate(dirs) if d == "outbound"]
    free = set(inb[:16] + outb[:6])
    faults = [[] for _ in range(150)]
    toks = []
    order_first = ["inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
                   "outbound/consent", "outbound/recording_disclosure"]
    for k in order_first + [k for k in IN_RULES + OUT_RULES if k not in order_first]:
        toks += [(k, "inbound" if k in IN_RULES else "outbound")] * 9
    for k in GEN:
        toks += [(k, "outbound")] * 2 + [(k, "inbound")] * 7
    for k, d in toks:
        pool = [i for i in (inb if d == "inbound" else outb) if i not in free]
        best = None
        for i in sorted(pool, key=lambda i: (cost(faults[i]), rng(lang + k + str(i)).random())):
            f = faults[i]
            if k in f or cost(f) + cost([k]) > 3:
                continue
            if any((k == a and b in f) or (k == b and a in f) for a, b in CONFLICTS):
                continue
            best = i
            break
        faults[best].append(k)
    return dirs, faults


def cost(f):
    return sum(2 if (k == "forbidden/profanity") else 1 for k in f)


# ---------------------------------------------------------------- call assembly
class Seg:
    def __init__(self, spk, pieces, senti="neutral", min_start=0.0, interrupt=False, gap=None,
                 raw=False):
        self.spk, self.pieces, self.senti = spk, pieces, senti
        self.min_start, self.interrupt, self.gap, self.raw = min_start, interrupt, gap, raw


def assemble(lang, direction, scen, agent, faults, angry, long_, r, decoys, pick):
    W = LANGS[lang]
    g = agent[1]
    segs = []
    A, C = "agent", "customer"
    f = set(faults)
    if direction == "inbound":
        if "inbound/greeting_before_resolution" in f:
            q, a = W["early_q"]
            segs.append(Seg(C, [(q, [])]))
            segs.append(Seg(A, [(a, ["resolve"])]))
            decoys.append("answer_before_greeting")
        op = W["open"][agent[2]]
        pcs = []
        late_offer = "inbound/offer_help" in f and r.random() < 0.5
        if r.random() < 0.12 and not f & {"inbound/greeting", "inbound/company_name"}:
            pcs.append(("Thanks for calling Acme Bank," if lang == "en" else
                        "Dạ cảm ơn anh chị đã gọi Ngân hàng ABC,", ["greet", "company"]))
            decoys.append("thanks_for_calling_as_greeting")
        else:
            if "inbound/greeting" not in f:
                pcs.append((op[0], ["greet"]))
            else:
                decoys.append("no_greeting_opening_starts_with_company")
            if "inbound/company_name" not in f:
                pcs.append((op[1], ["company"]))
        if "inbound/self_intro" not in f:
            pcs.append((op[2].format(g=g), ["name"]))
            if g == "Okafor":
                decoys.append("surname_intro")
        if "inbound/offer_help" not in f:
            pcs.append((op[3], ["offer"]))
        elif not late_offer:
            pcs.append(("I can't help with that line, sorry, you'll need cards, hold on." if
                        lang == "en" else "Dạ bên em không xử lý được ạ, chờ chút.", []))
            decoys.append("cant_help_at_offer_slot")
        if long_ and r.random() < 0.3 and pcs != []:
            pcs.insert(0, (W["put_through"], []))
            decoys.append("put_through_from_cards")
        if pcs:
            segs.append(Seg(A, pcs))
        else:
            segs.append(Seg(A, [(W["verify"], [])]))
        if late_offer:
            for q, a in zip(W["sec"], W["sec_ans"], strict=True):
                segs.append(Seg(A, [(q, [])]))
                segs.append(Seg(C, [(a, [])]))
            segs.append(Seg(A, [(W["verify"], [])]))
            segs.append(Seg(A, [(op[3], ["offer"])], min_start=48.5))
            decoys.append("offer_after_window")
        prob, rest, resol, cats, dtag = scen
        if dtag:
            decoys.append(dtag)
        if angry:
            segs.append(Seg(C, [(prob, cats)]))
            segs.append(Seg(C, [(pick("anger"), ["complaint"])], "negative"))
        else:
            segs.append(Seg(C, [(prob, cats)]))
        emp_seg = None
        if angry:
            emp_seg = agent_empathy(W, f, segs, r, decoys)
        cp = "inbound/confirm_problem" in f
        if cp:
            if r.random() < 0.5:
                segs.append(Seg(A, [(W["bare_ack"], [])]))
                decoys.append("bare_ack_instead_of_restatement")
            else:
                segs.append(Seg(A, [(W["restate_wrong"], [])]))
                segs.append(Seg(C, [(W["turned_down"], [])]))
                decoys.append("restatement_turned_down_never_redone")
        else:
            if r.random() < 0.3:
                segs.append(Seg(A, [(W["restate_wrong"], [])]))
                segs.append(Seg(C, [(W["correct"], [])]))
                decoys.append("restatement_corrected")
            segs.append(Seg(A, [(rest, ["restate"])]))
            if "?" in rest:
                decoys.append("restatement_as_tag_question")
            segs.append(Seg(C, [(r.choice(W["confirm"]), [])]))
        del emp_seg
        fixed_mid = []
        if "forbidden/no_card_readback" in f or r.random() < 0.1:
            fixed_mid.append("card")
        if long_:
            fixed_mid += ["hold", "hold"] if r.random() < 0.4 else ["hold"]
            if r.random() < 0.3:
                fixed_mid.append("badline")
            if r.random() < 0.25:
                fixed_mid.append("relative")
        mid(W, fixed_mid, f, segs, r, decoys, pick)
        res_p = []
        if "inbound/resolution" in f:
            res_p.append((W["no_step"], []))
            decoys.append("no_concrete_step")
        else:
            res_p.append((resol, ["resolve"]))
        general_lines(W, f, res_p, pick, decoys)
        segs.append(Seg(A, res_p))
        segs.append(Seg(C, [(W["cust_thanks"], [])]))
        return segs, "close-in"
    # outbound
    segs.append(Seg(C, [(W["cust_hello"], [])]))
    pcs = []
    if "outbound/identify_self" not in f:
        pcs.append((W["out_name"].format(g=g) + ("," if lang == "en" else ""), ["name"]))
    if "outbound/identify_company" not in f:
        pcs.append((W["out_company"], ["company"]))
    if not pcs:
        pcs.append(("Hello, good afternoon." if lang == "en" else "Dạ chào anh chị ạ.", []))
    segs.append(Seg(A, pcs))
    purpose, reply, cats = scen
    late_p = "outbound/purpose" in f
    rec = "outbound/recording_disclosure" in f
    con = "outbound/consent" in f

    def notice():
        if not rec:
            rp = [(W["out_record"], ["record"])]
            if not con:
                rp.append((W["out_consent"], ["consent"]))
            segs.append(Seg(A, rp))
            if not con:
                segs.append(Seg(C, [(W["consent_yes"], [])]))
    if late_p:
        notice()
        for q, a in zip(W["sec"], W["sec_ans"], strict=True):
            segs.append(Seg(A, [(q, [])]))
            segs.append(Seg(C, [(a, [])]))
        segs.append(Seg(A, [(purpose, ["purpose"])], min_start=63.5))
        decoys.append("purpose_after_window")
    else:
        segs.append(Seg(A, [(purpose, ["purpose"])]))
        notice()
    if angry:
        segs.append(Seg(C, [(reply, cats)]))
        segs.append(Seg(C, [(W["out_anger"], ["complaint"])], "negative"))
        agent_empathy(W, f, segs, r, decoys)
    else:
        segs.append(Seg(C, [(reply, cats)]))
    fixed_mid = ["card"] if "forbidden/no_card_readback" in f else []
    mid(W, fixed_mid, f, segs, r, decoys, pick)
    step = [("I'll get that sorted and text you when it's done." if lang == "en" else
             "Dạ em xử lý và nhắn tin cho anh chị khi xong ạ.", [])]
    general_lines(W, f, step, pick, decoys)
    segs.append(Seg(A, step))
    if rec:
        if r.random() < 0.5:
            segs.append(Seg(A, [(W["out_record"], ["record"]), (W["out_consent"], ["consent"])],
                            min_start=63.5))
            segs.append(Seg(C, [(W["consent_yes"], [])]))
            decoys.append("recording_after_window")
        else:
            decoys.append("recording_never")
    if con and not rec:
        if r.random() < 0.5:
            segs.append(Seg(A, [(W["out_consent"], ["consent"])], min_start=93.5))
            segs.append(Seg(C, [(W["consent_yes"], [])]))
            decoys.append("consent_after_window")
        else:
            decoys.append("notice_without_consent")
    return segs, "close-out"


def agent_empathy(W, f, segs, r, decoys):
    if "angry_caller/empathy" not in f:
        s = Seg("agent", [(r.choice(W["empathy"]), ["empathy"])])
    else:
        form = r.choice(["none", "repeat", "late"])
        decoys.append("empathy_" + form)
        if form == "none":
            s = Seg("agent", [(W["bare_ack"], [])])
        elif form == "repeat":
            s = Seg("agent", [(W["repeat"], [])])
            segs.append(s)
            s = Seg("customer", [(W["correct"], [])])
        else:
            s = Seg("agent", [(r.choice(W["empathy"]), ["empathy"])], gap=24.0)
    if "angry_caller/no_interrupting_angry_customer" in f and s.spk == "agent" and \
            segs[-1].senti == "negative":
        s.interrupt = True
    segs.append(s)
    return s


def mid(W, items, f, segs, r, decoys, pick):
    for it in items:
        if it == "card":
            segs.append(Seg("agent", [(W["card_ask"], [])]))
            segs.append(Seg("customer", [(W["card_ans"], [])], raw=True))
            if "forbidden/no_card_readback" in f:
                segs.append(Seg("agent", [(pick("card"), ["card"])], raw=True))
                decoys.append("card_readback")
            else:
                segs.append(Seg("agent", [(W["partial"], [])], raw=True))
                decoys.append("last_four_only")
        elif it == "hold":
            a, b = W["hold"]
            segs.append(Seg("agent", [(a, [])]))
            segs.append(Seg("customer", [(W["hold_ok"], [])]))
            segs.append(Seg("agent", [(b, []), (W["thanks_mid"], ["thanks_mid"])], gap=9.0))
            decoys.append("hold")
        elif it == "badline":
            a, b = W["badline"]
            segs.append(Seg("agent", [(a, [])]))
            segs.append(Seg("customer", [(b, [])]))
            decoys.append("bad_line")
        elif it == "relative":
            a, b = W["relative"]
            segs.append(Seg("customer", [(a, [])]))
            segs.append(Seg("customer", [(b, [])]))
            decoys.append("relative_takes_phone")


def general_lines(W, f, pcs, pick, decoys):
    if "angry_caller/no_blame" in f:
        pcs.append((pick("blame"), ["blame"]))
        decoys.append("blame")
    if "forbidden/rude" in f:
        pcs.append((pick("rude"), ["rude"]))
        decoys.append("rude")
    if "forbidden/profanity" in f:
        pcs.append((pick("swear"), ["swear"]))
        decoys.append("agent_swears_at_system")


def closing(lang, kind, f, segs, r, decoys, agent):
    W = LANGS[lang]
    A, C = "agent", "customer"
    if kind == "close-in":
        if "inbound/anything_else" not in f:
            ae = r.choice(W["anyelse"])
            if "everything sorted" in ae:
                decoys.append("everything_sorted_as_anything_else")
            segs.append(Seg(A, [(ae, ["anyelse"])]))
            if r.random() < 0.2:
                segs.append(Seg(C, [("Hmm, let me think.", [])] if lang == "en" else
                                [("Để tôi nghĩ coi.", [])]))
                segs.append(Seg(A, [(W["anyelse2"], ["anyelse"])]))
                decoys.append("anything_else_twice")
            segs.append(Seg(C, [(W["cust_no"], [])]))
        else:
            segs.append(Seg(C, [(W["cust_else"], [])]))
            segs.append(Seg(A, [(W["cust_else_ans"], [])]))
            decoys.append("anything_else_said_by_customer")
    cl = []
    if agent[2] == "recap":
        cl.append((W["recap"], []))
    th = (r.choice(W["thanks"]), ["thanks"])
    by = (r.choice(W["bye"]), ["bye"])
    if by[0] in ("Speak soon.", "Catch you later."):
        decoys.append("informal_goodbye")
    if kind == "close-in":
        if "inbound/thanks_before_goodbye" in f:
            cl += [by, th]
            decoys.append("goodbye_before_thanks")
        elif "inbound/thanks" in f:
            cl.append(by)
            decoys.append("no_closing_thanks")
        elif "inbound/goodbye" in f:
            cl.append(th)
            decoys.append("no_closing_goodbye")
        else:
            cl += [th, by]
    else:
        cl += [th, by]
    segs.append(Seg(A, cl))
    segs.append(Seg(C, [(W["cust_bye"], [])], "positive"))


def word_cs(w, speed):
    n = len(w)
    return max(18, min(75, int((20 + 5 * n) * speed)))


def timeline(lang, segs, r, speed, level):
    out = []
    t = r.randint(20, 80)
    raised = []
    inter = []
    prev = None
    for i, s in enumerate(segs):
        gap = r.randint(60, 220) if s.gap is None else int(s.gap * 100) + r.randint(0, 300)
        start = t + gap
        if s.interrupt and prev is not None:
            dur_prev = prev["_e"] - prev["_s"]
            if dur_prev < 300:
                return None, "interrupt_short"
            start = prev["_e"] - r.randint(80, 150)
        if start < int(s.min_start * 100):
            start = int(s.min_start * 100) + r.randint(0, 150)
        words = []
        starts = []
        cur = start
        texts = []
        for text, tags in s.pieces:
            if s.raw or any(x in tags for x in ("swear", "card", "blame", "rude")) or \
                    s.senti == "negative":
                nt = text
                if level > 0 and r.random() < 0.5:
                    nt = text.lower()
                    for ch in ",.?!;:":
                        nt = nt.replace(ch, " ")
                    nt = " ".join(nt.split())
            else:
                nt = noise_text(text, lang, r, level)
            ws = nt.split()
            starts.append(cur)
            for w in ws:
                d = word_cs(w, speed * (1.2 if lang == "vi" else 1.0))
                words.append([cur, cur + d, w])
                cur += d + r.randint(5, 16)
            texts.append(nt)
        end = words[-1][1]
        seg = {"_s": start, "_e": end, "_starts": starts, "speaker": s.spk,
               "text": " ".join(w for _, _, w in words), "words": words, "senti": s.senti,
               "_pieces": s.pieces}
        if s.interrupt:
            inter.append({"start": start / 100, "speaker": s.spk,
                          "interrupted": "customer", "segment": i})
        if s.senti == "negative" and r.random() < 0.45:
            raised.append({"start": (start + 20) / 100,
                           "end": min(end, start + 220) / 100, "speaker": "customer"})
        out.append(seg)
        t = max(t, end)
        prev = seg
    return (out, inter, raised), "ok"


def truth_of(direction, lang, segs, inter):
    end = max(s["_e"] for s in segs) / 100
    tagged = {}
    for s in segs:
        for (_text, tags), st in zip(s["_pieces"], s["_starts"], strict=True):
            for tg in tags:
                if s["speaker"] == "agent" or tg not in CATS + ["complaint"]:
                    tagged.setdefault(tg, []).append((st / 100, s["_s"] / 100, s["speaker"]))
    for v in tagged.values():
        v.sort()
    ag = {k: [x for x in v if x[2] == "agent"] for k, v in tagged.items()}
    T = {k: "not_applicable" for k in KEYS}
    problems = []

    def within(tag, lim):
        xs = ag.get(tag, [])
        for p, ss, _ in xs:
            if abs(p - lim) < 2 or (p > lim) != (ss > lim):
                problems.append("edge-" + tag)
        return "pass" if any(p < lim for p, _, _ in xs) else "fail"
    last = end - 25
    for tg in ("thanks", "bye", "thanks_mid"):
        for p, ss, _ in ag.get(tg, []):
            if abs(p - last) < 2 or (p > last) != (ss > last):
                problems.append("edge-" + tg)
    for p, _, _ in ag.get("thanks_mid", []):
        if p > end - 28:
            problems.append("mid_late")
    if direction == "inbound":
        T["inbound/greeting"] = within("greet", 20)
        T["inbound/company_name"] = within("company", 20)
        T["inbound/self_intro"] = within("name", 30)
        T["inbound/offer_help"] = within("offer", 45)
        T["inbound/confirm_problem"] = "pass" if ag.get("restate") else "fail"
        T["inbound/resolution"] = "pass" if ag.get("resolve") else "fail"
        T["inbound/anything_else"] = "pass" if ag.get("anyelse") else "fail"
        th = [p for p, _, _ in ag.get("thanks", []) if p > last]
        by = [p for p, _, _ in ag.get("bye", []) if p > last]
        T["inbound/thanks"] = "pass" if th else "fail"
        T["inbound/goodbye"] = "pass" if by else "fail"
        gr, rs = ag.get("greet"), ag.get("resolve")
        if gr and rs:
            T["inbound/greeting_before_resolution"] = "pass" if gr[0][0] < rs[0][0] else "fail"
        if th and by:
            T["inbound/thanks_before_goodbye"] = "pass" if min(th) < min(by) else "fail"
    else:
        T["outbound/identify_self"] = within("name", 30)
        T["outbound/identify_company"] = within("company", 30)
        T["outbound/purpose"] = within("purpose", 60)
        T["outbound/recording_disclosure"] = within("record", 60)
        if ag.get("record"):
            T["outbound/consent"] = within("consent", 90)
    negs = [s for s in segs if s["speaker"] == "customer" and s["senti"] == "negative"]
    if negs:
        a0 = negs[0]["_s"] / 100
        xs = [p for p, _, _ in ag.get("empathy", [])]
        for p in xs:
            if abs(p - a0) < 2 or abs(p - a0 - 20) < 2:
                problems.append("edge-empathy")
        T["angry_caller/empathy"] = "pass" if any(a0 <= p <= a0 + 20 for p in xs) else "fail"
        bad = False
        for it in inter:
            for n in negs:
                if n["_s"] / 100 <= it["start"] < n["_e"] / 100 and it["speaker"] == "agent":
                    bad = True
        T["angry_caller/no_interrupting_angry_customer"] = "fail" if bad else "pass"
    T["angry_caller/no_blame"] = "fail" if ag.get("blame") else "pass"
    T["forbidden/profanity"] = "fail" if ag.get("swear") else "pass"
    T["forbidden/profanity_vi_strict"] = ("not_applicable" if lang == "en" else
                                          ("fail" if ag.get("swear") else "pass"))
    T["forbidden/rude"] = "fail" if ag.get("rude") else "pass"
    T["forbidden/no_card_readback"] = "fail" if ag.get("card") else "pass"
    return T, problems, end


# ---------------------------------------------------------------- independent text check
NUMW = {"zero": "0", "oh": None, "one": "1", "two": "2", "three": "3", "four": "4",
        "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
        "không": "0", "một": "1", "mốt": "1", "hai": "2", "ba": "3", "bốn": "4", "năm": "5",
        "sáu": "6", "bảy": "7", "tám": "8", "chín": "9"}
SWEAR_EN = {"fuck's", "fucking", "fuck", "shit", "shitty", "crap", "bollocks", "bastard",
            "arse", "damn", "bloody", "christ"}
STRICT = {"đéo", "địt", "đụ", "vãi", "lồn"}


def m(tok, kw):
    return tok == kw or (tok == strip_marks(tok) and tok == strip_marks(kw))


def toks_in(row, spk, lo, hi):
    out = []
    for s in row["segments"]:
        if s["speaker"] != spk:
            continue
        for a, _, w in s["words"]:
            if lo <= a <= hi:
                out.append(w.lower().strip(",.?!"))
    return out


def has_any(toks, kws):
    text = " " + " ".join(toks) + " "
    for kw in kws:
        if " " in kw:
            if " " + kw + " " in text or " " + strip_marks(kw) + " " in text:
                return True
        elif any(m(t, kw) for t in toks):
            return True
    return False


def digit_runs(toks):
    runs, cur = [], ""
    out = []
    for t in toks:
        d = t if t.isdigit() else NUMW.get(t)
        if d:
            cur += d
        else:
            if cur:
                runs.append(cur)
                out.append(cur)
            cur = ""
            out.append(t)
    if cur:
        runs.append(cur)
        out.append(cur)
    return runs, out


def text_check(row):
    errs = []
    T = row["truth"]
    lang = row["language"]
    end = max(s["end"] for s in row["segments"])
    given = row["metadata"]["agent_name"].split()
    given = [given[1]] if given[0] == "Tunde" else [given[-1]] if lang == "vi" else [given[0]]
    greet = ["hello", "hi", "morning", "afternoon", "evening", "chào", "xin chào"]
    comp = ["acme", "acmy", "akmi", "acma", "ack me", "abc", "a bê xê", "ây bi xi", "a bi si"]
    offer = ["help", "assist", "how can", "what can", "do for you", "giúp", "hỗ trợ"]
    thanks = ["thank", "thanks", "cheers", "appreciate", "cảm ơn", "cám ơn"]
    bye = ["bye", "goodbye", "speak soon", "catch you", "chào", "chúc"]
    anyel = ["else", "khác", "gì nữa", "thêm gì"]
    chk = [("inbound/greeting", greet, 0, 21), ("inbound/company_name", comp, 0, 21),
           ("inbound/offer_help", offer, 0, 46), ("outbound/identify_company", comp, 0, 31),
           ("outbound/recording_disclosure", ["recorded", "ghi âm"], 0, 61),
           ("inbound/self_intro", [g.lower() for g in given], 0, 31),
           ("outbound/identify_self", [g.lower() for g in given], 0, 31),
           ("inbound/thanks", thanks, end - 26, end), ("inbound/goodbye", bye, end - 26, end),
           ("inbound/anything_else", anyel, 0, end)]
    for k, kws, lo, hi in chk:
        if T[k] == "fail" and has_any(toks_in(row, "agent", lo, hi), kws):
            errs.append(k)
    negs = [(s["start"], s["end"]) for i, s in enumerate(row["segments"])
            if s["speaker"] == "customer" and row["sentiment"][i] == "negative"]
    if T["angry_caller/empathy"] == "fail":
        a0 = negs[0][0]
        if has_any(toks_in(row, "agent", a0, a0 + 21),
                   ["i'm sorry", "so sorry", "really sorry", "understand", "xin lỗi vì",
                    "thông cảm", "rất xin lỗi", "awful"]):
            errs.append("empathy")
    if not negs and T["angry_caller/empathy"] != "not_applicable":
        errs.append("empathy_na")
    at = toks_in(row, "agent", 0, 1e9)
    sw = any(t in SWEAR_EN for t in at) if lang == "en" else any(t in STRICT for t in at)
    if sw != (T["forbidden/profanity"] == "fail"):
        errs.append("profanity")
    if lang == "vi" and sw != (T["forbidden/profanity_vi_strict"] == "fail"):
        errs.append("strict")
    card = False
    for s in row["segments"]:
        if s["speaker"] != "agent":
            continue
        runs, seq = digit_runs([w.lower().strip(",.?!") for _, _, w in s["words"]])
        if any(len(x) >= 12 for x in runs):
            card = True
        for i, t in enumerate(seq):
            if t in ("code", "cvv", "mật") and any(
                    x.isdigit() and len(x) == 3 for x in seq[i + 1:i + 4]):
                card = True
    if card != (T["forbidden/no_card_readback"] == "fail"):
        errs.append("card")
    inter_bad = any(a <= it["start_s"] < b for it in row["metrics"]["interruptions"]
                    for a, b in negs if it["speaker"] == "agent")
    if negs and inter_bad != (T["angry_caller/no_interrupting_angry_customer"] == "fail"):
        errs.append("interrupt")
    return errs


# ---------------------------------------------------------------- building
SPEEDS = {"en": [0.9, 1.0, 1.15, 1.1, 0.85, 1.2, 1.0],
          "vi": [1.0, 0.95, 0.85, 1.1, 1.05, 0.9, 1.15]}
PROFILES = {"en": ["night-shift nurse", "Devon dairy farmer", "Peckham shop owner",
                   "retired teacher who corrects grammar", "caller hard of hearing",
                   "courier in a van", "new mother with a crying baby"],
            "vi": ["ngư dân Đà Nẵng", "người bán trái cây Cần Thơ", "sinh viên Gen Z Sài Gòn",
                   "công nhân cảng Hải Phòng", "nông dân cà phê Tây Nguyên",
                   "Việt kiều từ Mỹ về", "sĩ quan quân đội về hưu"]}
TOUCH = {"en": ["Sorry, I'm just off a night shift. ", "Morning, I'm out with the herd. ",
                "Hang on, customer in the shop. ", "It's whom I'm speaking to, I presume? ",
                "Speak up, I'm a bit deaf. ", "I'm parked up in the van. ",
                "Sorry, the baby's crying. "],
         "vi": ["Tui mới đi biển về nè. ", "Chị bán trái cây nghen. ",
                "Dạ em sinh viên, kiểu là hơi gấp á. ", "Nói nhanh nhé. ",
                "Tôi đang ở rẫy cà phê. ", "Sorry, tôi mới về từ Mỹ. ",
                "Tôi xin trình bày như sau. "]}


def build_lang(lang, base):
    W = LANGS[lang]
    dirs, faults = plan(lang)
    r0 = rng("anger-" + lang)
    angry = [bool({"angry_caller/empathy", "angry_caller/no_interrupting_angry_customer"}
                  & set(f)) for f in faults]
    cand = [i for i in range(150) if not angry[i]]
    r0.shuffle(cand)
    need = 37 - sum(angry)
    for i in cand:
        if need <= 0:
            break
        if dirs[i] == "inbound":
            angry[i] = True
            need -= 1
    longs = set(rng("long-" + lang).sample(range(150), 30))
    ctr = {"blame": 0, "rude": 0, "swear": 0, "card": 0, "anger": 0}
    rows = []
    outcomes = {}
    ni = no = 0
    for i in range(150):
        d = dirs[i]
        agent = W["agents"][i % 12]
        if d == "inbound":
            scen = W["inb"][ni % len(W["inb"])]
            ni += 1
            if scen[4] and angry[i] and not (set(faults[i]) & {
                    "angry_caller/empathy", "angry_caller/no_interrupting_angry_customer"}):
                angry[i] = False
        else:
            scen = W["outb"][no % len(W["outb"])]
            no += 1
        prof = i % 7
        rid = f"{lang}-heldout18-{base + i:03d}"
        saved = dict(ctr)
        for att in range(400):
            ctr.update(saved)
            r = rng(rid + "-" + str(att))

            def pick(kind, r=r):
                if kind == "anger":
                    ctr["anger"] += 1
                    return W["anger"][ctr["anger"] % 3]
                v = W[kind][ctr[kind] % len(W[kind])]
                ctr[kind] += 1
                return v
            decoys = []
            sc = scen
            if d == "inbound" and not angry[i]:
                sc = (TOUCH[lang][prof] + scen[0],) + tuple(scen[1:])
            segs, kind = assemble(lang, d, sc, agent, faults[i], angry[i], i in longs, r,
                                  decoys, pick)
            target = r.randint(22, 30) if i in longs else r.randint(10, 14)
            fixed = len(segs) + (5 if kind == "close-in" else 2)
            if fixed > 13 and target < 21:
                target = r.randint(22, 26)
            fills = list(W["fill"])
            r.shuffle(fills)
            k = 0
            while fixed < target and k < len(fills):
                pos = len(segs) - 1
                q, a = fills[k]
                segs.insert(pos, Seg("customer", [(a, [])]))
                segs.insert(pos, Seg("agent", [(q, [])]))
                fixed += 2
                k += 1
            closing(lang, kind, set(faults[i]), segs, r, decoys, agent)
            level = r.randint(0, 3)
            res, why = timeline(lang, segs, r, SPEEDS[lang][prof], level)
            if res is None:
                outcomes[why] = outcomes.get(why, 0) + 1
                continue
            tl, inter, raised = res
            n = len(tl)
            if not (9 <= n <= 15 or 21 <= n <= 34):
                outcomes["segcount"] = outcomes.get("segcount", 0) + 1
                continue
            T, probs, end = truth_of(d, lang, tl, inter)
            if probs:
                outcomes[probs[0]] = outcomes.get(probs[0], 0) + 1
                continue
            if not (50 <= end <= 240):
                outcomes["length"] = outcomes.get("length", 0) + 1
                continue
            fails = [k2 for k2 in KEYS if T[k2] == "fail"]
            want = sorted(set(faults[i] + (["forbidden/profanity_vi_strict"] if lang == "vi"
                                           and "forbidden/profanity" in faults[i] else [])),
                          key=KEYS.index)
            if fails != want:
                outcomes["plan"] = outcomes.get("plan", 0) + 1
                continue
            row = make_row(rid, lang, d, agent, fails, decoys, tl, inter, raised, T, scen,
                           PROFILES[lang][prof], level, angry[i], i in longs)
            tce = text_check(row)
            if tce:
                outcomes["tc-" + tce[0]] = outcomes.get("tc-" + tce[0], 0) + 1
                continue
            outcomes["ok"] = outcomes.get("ok", 0) + 1
            rows.append(row)
            break
        else:
            raise SystemExit("could not build " + rid + " " + repr(faults[i]) + repr(outcomes))
    return rows, outcomes


def make_row(rid, lang, d, agent, fails, decoys, tl, inter, raised, T, scen, prof, level,
             angry, long_):
    cats = set()
    for s in tl:
        if s["speaker"] == "customer":
            for _, tags in s["_pieces"]:
                cats.update(t for t in tags if t in CATS)
    segs = []
    for s in tl:
        segs.append({"speaker": s["speaker"], "start": s["_s"] / 100, "end": s["_e"] / 100,
                     "text": s["text"],
                     "words": [[a / 100, b / 100, w] for a, b, w in s["words"]]})
    return {
        "id": rid, "split": "heldout18", "language": lang,
        "metadata": {"direction": d, "queue": "general" if d == "inbound" else "outreach",
                     "agent_name": agent[0], "language": lang},
        "faults": fails, "decoys": sorted(set(decoys)),
        "context": "; ".join([d + "/" + scen[0][:48], prof if d == "inbound" else "customer",
                              "agent style " + agent[2], "long" if long_ else "short",
                              f"noise {level}", "angry" if angry else "calm"]),
        "segments": segs, "sentiment": [s["senti"] for s in tl],
        "metrics": {"speaker_separated": True,
                    "interruptions": [_interruption(it, tl) for it in inter],
                    "raised_voice": [{"speaker": rv["speaker"], "start_s": rv["start"],
                                      "end_s": rv["end"], "above_median_db": 12.0}
                                     for rv in raised]},
        "truth": {k: T[k] for k in KEYS}, "categories": sorted(cats),
    }


def _interruption(it, tl):
    # the metrics' field names (added by the integrator before freezing, format only):
    # overlap_s is how long the agent's segment runs inside the customer's it starts in
    seg = tl[it["segment"]]
    over = [min(c["_e"], seg["_e"]) - seg["_s"] for c in tl
            if c["speaker"] == "customer" and c["_s"] <= seg["_s"] < c["_e"]]
    return {"speaker": it["speaker"], "interrupted": it["interrupted"],
            "start_s": it["start"], "overlap_s": round(max(over, default=50) / 100, 2)}


def validate(rows):
    assert len(rows) == 300
    for row in rows:
        assert list(row["truth"]) == KEYS
        assert row["faults"] == [k for k in KEYS if row["truth"][k] == "fail"]
        segs = row["segments"]
        assert len(row["sentiment"]) == len(segs)
        n = len(segs)
        assert 9 <= n <= 15 or 21 <= n <= 34, row["id"]
        end = max(s["end"] for s in segs)
        assert 50 <= end <= 240
        for s in segs:
            assert " ".join(w for _, _, w in s["words"]) == s["text"]
            prev = s["start"]
            for a, b, _ in s["words"]:
                assert prev <= a < b <= s["end"]
                assert abs(a * 100 - round(a * 100)) < 1e-6
                prev = b
        starts = [s["start"] for s in segs]
        assert starts == sorted(starts)
        ist = {it["start_s"] for it in row["metrics"]["interruptions"]}
        for a, b in zip(segs, segs[1:], strict=False):
            if b["start"] < a["end"]:
                assert b["start"] in ist, row["id"]
        for rv in row["metrics"]["raised_voice"]:
            assert any(s["speaker"] == "customer" and row["sentiment"][i] == "negative" and
                       s["start"] <= rv["start_s"] and rv["end_s"] <= s["end"]
                       for i, s in enumerate(segs))
        assert row["categories"] == sorted(row["categories"])
        assert set(row["categories"]) <= set(CATS)
        if row["language"] == "en":
            assert row["truth"]["forbidden/profanity_vi_strict"] == "not_applicable"
        assert not text_check(row), row["id"]
    for lang in ("en", "vi"):
        rs = [r for r in rows if r["language"] == lang]
        for k in KEYS:
            nf = sum(r["truth"][k] == "fail" for r in rs)
            if not (lang == "en" and k == "forbidden/profanity_vi_strict"):
                assert nf >= 9, (lang, k, nf)
        assert sum(not r["faults"] for r in rs) >= 15
    for c in CATS:
        assert sum(c in r["categories"] for r in rows) >= 15, c


def build():
    en, oe = build_lang("en", 0)
    vi, ov = build_lang("vi", 150)
    rows = en + vi
    validate(rows)
    for k, v in ov.items():
        oe[k] = oe.get(k, 0) + v
    data = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for r in rows)
    return rows, data, oe


def tables(rows, outcomes):
    print("| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |")
    print("|---|---|---|---|---|---|---|")
    for k in KEYS:
        c = []
        for lang in ("en", "vi"):
            for v in ("fail", "pass", "not_applicable"):
                c.append(sum(r["language"] == lang and r["truth"][k] == v for r in rows))
        print(f"| {k} | {' | '.join(map(str, c))} |")
    print()
    print("| category | en | vi | total |")
    print("|---|---|---|---|")
    for c in CATS + [None]:
        e = sum((c in r["categories"]) if c else not r["categories"]
                for r in rows if r["language"] == "en")
        v = sum((c in r["categories"]) if c else not r["categories"]
                for r in rows if r["language"] == "vi")
        print(f"| {c or '(none)'} | {e} | {v} | {e + v} |")
    fc = {}
    for r in rows:
        fc[len(r["faults"])] = fc.get(len(r["faults"]), 0) + 1
    print("\nfaults per call:", sorted(fc.items()))
    dc = {}
    for r in rows:
        for d in r["decoys"]:
            dc[d] = dc.get(d, 0) + 1
    print("decoys:", sorted(dc.items()))
    ang = [r for r in rows if "negative" in r["sentiment"]]
    print("anger:", len(ang), "en", sum(r["language"] == "en" for r in ang),
          "inbound", sum(r["metadata"]["direction"] == "inbound" for r in ang))
    print("raised voice:", sum(bool(r["metrics"]["raised_voice"]) for r in rows),
          "interruptions:", sum(bool(r["metrics"]["interruptions"]) for r in rows))
    ends = [max(s["end"] for s in r["segments"]) for r in rows]
    nlong = sum(len(r["segments"]) >= 21 for r in rows)
    print(f"length {min(ends):.1f}-{max(ends):.1f} s; long calls {nlong}")
    print("draw outcomes:", sorted(outcomes.items()))


def plant_test(rows):
    res = {}
    for r in rows:
        T = r["truth"]
        agent_segs = [s for s in r["segments"] if s["speaker"] == "agent"]
        for k, w in (("inbound/greeting", "hello"), ("inbound/company_name", "acme"),
                     ("inbound/thanks", "thanks"), ("inbound/anything_else", "else")):
            if T[k] == "fail":
                rr = json.loads(json.dumps(r))
                s = [x for x in rr["segments"] if x["speaker"] == "agent"]
                tgt = s[0] if k in ("inbound/greeting", "inbound/company_name") else s[-1]
                a = tgt["words"][0][0]
                tgt["words"].insert(0, [a, a + 0.01, w])
                tgt["text"] = w + " " + tgt["text"]
                hit = k in text_check(rr)
                res.setdefault(k, [0, 0])
                res[k][0] += hit
                res[k][1] += 1
        if not r["faults"] and agent_segs:
            rr = json.loads(json.dumps(r))
            s = [x for x in rr["segments"] if x["speaker"] == "agent"][-1]
            w = "shit" if r["language"] == "en" else "đéo"
            s["words"].append([s["words"][-1][1], s["words"][-1][1] + 0.01, w])
            hit = "profanity" in text_check(rr)
            res.setdefault("swear", [0, 0])
            res["swear"][0] += hit
            res["swear"][1] += 1
        if T["forbidden/no_card_readback"] == "pass":
            rr = json.loads(json.dumps(r))
            s = [x for x in rr["segments"] if x["speaker"] == "agent"][-1]
            e = s["words"][-1][1]
            s["words"] += [[e, e + 0.01, "4111"], [e, e + 0.01, "2222"], [e, e + 0.01, "3333"],
                           [e, e + 0.01, "4444"]]
            hit = "card" in text_check(rr)
            res.setdefault("card", [0, 0])
            res["card"][0] += hit
            res["card"][1] += 1
        if r["language"] == "vi" and T["forbidden/profanity_vi_strict"] == "pass":
            rr = json.loads(json.dumps(r))
            s = [x for x in rr["segments"] if x["speaker"] == "agent"][-1]
            s["words"].append([s["words"][-1][1], s["words"][-1][1] + 0.01, "deo"])
            hit = "strict" in text_check(rr)
            res.setdefault("unmarked_deo", [0, 0])
            res["unmarked_deo"][0] += hit
            res["unmarked_deo"][1] += 1
    print("plant test (flagged/planted):", sorted(res.items()))


def main():
    rows, data, outcomes = build()
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == data
        tables(rows, outcomes)
        print("byte-identical:", same)
        sys.exit(0 if same else 1)
    OUT.write_text(data, encoding="utf-8")
    tables(rows, outcomes)
    if "--plant" in sys.argv:
        plant_test(rows)
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
