"""The words of a restatement's form (``confirm_frame``, ``confirmed_reply``): its leads,
tag questions, what opens an identity question or a hold, sympathy, and what resolves
rather than restates, in English and Vietnamese. Folded (no tone marks, no apostrophes)
unless a name says ``TONED``.
"""

from __future__ import annotations

from aqm.scoring.text import fold


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def phrases(text: str, fold_marks: bool = True) -> tuple[str, ...]:
    return tuple(" ".join((fold(p) if fold_marks else p).split()) for p in text.split("|")
                 if p.strip())


# leads: anywhere in the segment (folded, without apostrophes)
LEADS = {
    "en": phrases("""
        so youre saying|what youre saying|youre telling me|what im hearing|so basically
        |to sum up|to summarise|to summarize|in other words|let me make sure|make sure i follow
        |make sure i understand|make sure ive got|make sure i have got|make sure i got
        |just to clarify|just so im clear|just to be clear|just so i understand
        |let me repeat|repeat that back|if i understand|if i understood|if ive got
        |if i have got|if i heard|if im hearing|have i got that|did i get that|i get that right
        |it sounds like|sounds like you|so it sounds|so the issue is|so the problem is
        |so what happened|so youd like|so you would like|so you want|so youre looking to
        |so youre calling|youre calling about|youre calling because|youre ringing about
        |youre phoning about|you mentioned|from what you|let me see if i|so if i follow
        |so you said|as you said|what youve said|understand you|i understand that you
        |i understand your|correct me if|to recap|just to recap|let me recap|so in short
        |what i understand|from what i understand|youre after|youre looking to
        |youre wanting to|you want to know|youd like to know|your question is|i gather
        |i take it|so what youre|so its about|so this is about|issue is|problem is
        """),
    "vi": phrases("""
        vậy là|vậy thì là|tức là|nghĩa là|có nghĩa|em hiểu là|em hiểu rồi|em hiểu ý
        |em hiểu vấn đề|mình hiểu là|ý anh là|ý chị là|ý là|như vậy là|như vậy thì
        |em xác nhận|nhắc lại|tóm tắt lại|tóm lại|nói gọn lại|để em xem em hiểu|em nắm được
        |em đã nắm
        |em ghi nhận|có phải anh|có phải chị|có phải quý khách|có phải là
        |anh đang muốn|chị đang muốn|anh chị đang muốn|quý khách đang muốn|anh đang gặp
        |chị đang gặp|quý khách đang gặp|anh vừa nói|chị vừa nói|anh nói là|chị nói là
        """),
}
# round 18: lead words that praise instead ("dạ anh gọi sớm vậy là rất đúng ạ": calling
# early was right)
NOT_LEADS = {"en": (), "vi": phrases("vậy là rất|vậy là đúng|vậy là tốt|vậy là hay")}
# tags: at the end of the segment (English: the last words; Vietnamese: within the last
# four syllables, before "ạ", "chị", "anh"...)
TAGS = {
    "en": phrases("""
        is that right|is that correct|have i got that right|did i get that right|am i right
        |got that right|is that the problem|is that the issue|is that it|is that what happened
        |is that what youre after|is that what you mean|right|correct|isnt it|wasnt it
        |didnt it|did it|havent you|didnt you|dont you|werent you|arent you|wasnt it|is it
        """),
    "vi": phrases("""
        phải không|đúng không|có đúng không|có phải không|đúng chưa|phải chưa|đúng ko
        |phải ko|đúng hông|phải hông|đúng hem|phải hem|đúng vậy không|phải vậy không
        |đúng không nhỉ|phải không nhỉ|hả|nhỉ
        """),
}
# weak leads: a restatement opened by "so ..." ("right, so your card was kept by the ATM"),
# "dạ chị bị ..." — only near the start of the segment and with no sign of a resolution or
# an instruction in it ("so your new card will arrive", "dạ em đã khóa thẻ cho chị")
WEAK_LEADS = {
    "en": phrases("""
        so you|so your|so youre|so youve|so youd|so the|so theres|so its|so someone
        |so somebody|so basically|so this|so that|so a|so an|so some|so it|so they|so there
        |so two|so one|youd like|you would like|you want|you wanted|you need|youre looking
        |youre asking|you were asking|youre after
        """),
    "vi": phrases("""
        anh bị|chị bị|quý khách bị|anh muốn|chị muốn|quý khách muốn|anh cần|chị cần
        |anh không|chị không|anh đang|chị đang|bên anh bị|bên chị bị
        """),
}
# round 11: the other forms of address, found with their tone marks only (without them
# "cô muốn" is "có muốn", a question; "bà" is "ba", three)
WEAK_LEADS_TONED = tuple(f"{you} {verb}" for you in ("cô", "chú", "bác", "bà", "ông", "dì",
                                                       "bạn")
                          for verb in ("bị", "muốn", "cần", "không", "đang", "làm"))
NOT_A_RESTATEMENT = {
    "en": phrases("""
        will|ill|youll|itll|well|ive|weve|have been|has been|going to|gonna|can|cant|could
        |should|need to|please|let me|just need|thats done|all done|sorted|thats been|its been
        |has now|is now|on its way
        """),
    # without tone marks, "đã" (done) is "dạ" (yes): those are looked for with their marks
    "vi": phrases("vui lòng|làm ơn|bên em|em sẽ|có thể|em vừa|xong"),
}
NOT_A_RESTATEMENT_TONED = ("đã", "sẽ", "hãy", "chờ", "xin", "giúp")
# "đã" after the customer or their family is what they did ("mẹ bác đã vào viện dưỡng
# lão", "cô đã báo công an chưa"), not what the agent has done
CUSTOMER_SIDE = frozenset({"anh", "chị", "khách", "cô", "chú", "bác", "bà", "ông", "bạn",
                            "dì", "mẹ", "bố", "ba", "má", "vợ", "chồng"})
VI_TAIL = frozenset({"a", "ah", "nhe", "nha", "chi", "anh", "em", "ban", "khach", "quy",
                      "co", "chu", "ba", "ong", "oi"})
# the agent asks for (or reads back) identity details: not a confirmation of the problem,
# and the customer's next turn is an answer, not the problem
ID_ASK = {
    "en": phrases("""
        date of birth|birthday|postcode|post code|zip code|security|verify|verification
        |full name|your name|first line|maiden|memorable|sort code|spelt|spelled|card number
        """),
    "vi": phrases("""
        ngày sinh|năm sinh|sinh năm|sinh ngày|xác minh|xác thực|bảo mật|cmnd|cccd|căn cước
        |chứng minh|họ tên|họ và tên|số tài khoản|số điện thoại|địa chỉ là|số thẻ|dãy số
        """),
}
# the customer states identity details
ID_STATE = {
    "en": ID_ASK["en"] + phrases("""
        my name is|name is|address is|born on|my number is|account number|phone number
        |mobile number|last four digits
        """),
    "vi": ID_ASK["vi"] + phrases("""
        tên tôi|tên em là|tên chị là|tên anh là|tôi tên|em tên|chị tên|anh tên
        |địa chỉ của tôi là|địa chỉ tôi là|nhà tôi ở số|tôi ở số
        """),
}
# the direct reply route: the agent's turn right after the customer's, up to the first hold,
# question for details or thanks ("okay so the card isn't working abroad | let me have a
# look"), says the customer's words again, and neither asks about them nor resolves them
CLAUSE_END = {
    "en": phrases("""
        let me|one moment|bear with|hang on|hold on|on hold|while i|give me|just a moment
        |two seconds|a second|a sec|pop you|ill|i will|can you|could you|can i|may i
        |would you|thanks for|thank you
        """),
    "vi": phrases("""
        giữ máy|cho em|để em|em kiểm tra|em xem|vui lòng|xin số|đọc giúp|xác nhận giúp
        |em check|em coi|doi em
        """),
}
CLAUSE_END_TONED = phrases("""
    chờ em|đợi em|chờ một|đợi một|chờ chút|đợi chút|chờ xíu|đợi xíu|chờ tí|đợi tí|chờ máy
    """, fold_marks=False)
# sympathy first ("I'm so sorry about the phone bill"): a restatement starts again after it
SYMPATHY = {"en": phrases("""
                 sorry|apologise|apologize|apologies|annoying|frustrating|must be|awful
                 |understand how|can hear|get why|difficult
                 """),
             "vi": phrases("xin lỗi|rất tiếc|chia buồn|thông cảm|hiểu cảm giác|bực|lo lắng")}
RESTART = {"en": wordset("so okay ok right now"), "vi": wordset("da vay")}
VI_OPENERS = wordset("da vang a oi")
YOU = {"en": wordset("so you your youre youve youd yours"),
       "vi": wordset("anh chi quy khach minh ban co chu")}
# the reply route's clause neither resolves, offers nor instructs
RESOLVED = {
    "en": phrases("""
        ive|weve|has been|have been|is now|all done|sorted|removed|fixed|will|youll|itll
        |i can|we can|i could|happy to|help|try|please|need to|you can|you should|go to
        |pop into|make sure
        """),
    "vi": phrases("xong|được rồi|em có thể|em giúp|em hỗ trợ|bên em|vui lòng"),
}
RESOLVED_TONED = ("đã", "sẽ", "thử", "hãy", "giúp")

# round 15: the words that open an identity question ("..., could you confirm your
# postcode for me", "what's the first line of your address", "chị cho em xin ngày tháng năm
# sinh ạ"); the segment's restatement, if any, comes before them
ID_LEAD = {
    "en": wordset("""
        could can may would will you i me we please confirm your the of first line what
        whats is and just give tell read out start with for have get check also then now
        """),
    "vi": wordset("""
        anh chi co chu bac ba ong ban quy khach cho em chau xin doc giup ngay thang nam lai
        vui long a va voi minh de nhe roi
        """),
}


# words that make identity details a request ("the card you replaced" is no request for
# the card number; "chị làm căn cước mới" is no request for the ID card)
ID_REQUEST = {"en": wordset("could can may what whats confirm give tell read please"),
               "vi": wordset("xin doc")}
# contact details checked or read back ("is the email on file still the gmail one?",
# "that's your account ending 3104, is it?", "dạ cháu đọc lại, 45 đường Lê Lợi, đúng không
# cô?"): no restatement, framed or confirmed
DETAILS = {
    "en": tuple(p.split() for p in ("on file", "email", "gmail", "postcode", "mobile number",
                                    "read back", "read that back", "sort code",
                                    "account ending", "card ending", "youre still at",
                                    "address we hold", "address we have")),
    "vi": tuple(p.split() for p in ("doc lai", "email", "so dien thoai")),
}
# ... of which these say the details are read back or checked, not what they are about
# (the framed route: "so the email with my statement never came, is that right?" restates)
READ_BACK = {
    "en": tuple(p.split() for p in ("account ending", "card ending", "read back",
                                    "read that back", "sort code", "youre still at",
                                    "address we hold", "address we have")),
    "vi": tuple(p.split() for p in ("tai khoan duoi", "the duoi", "van la so")),
}
