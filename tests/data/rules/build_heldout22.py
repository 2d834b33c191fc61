"""Build heldout22: a blind held-out set for the compliance rules and call drivers.

Standard library only; every wording below was written by hand for this set.
Usage: python build_heldout22.py [--check]
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout22.jsonl"
SEED = hashlib.sha256(b"heldout22-20261205").digest()
SPLIT = "heldout22"

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
IN_KEYS = [k for k in KEYS if k.startswith("inbound/")]
OUT_KEYS = [k for k in KEYS if k.startswith("outbound/")]
GEN_KEYS = ["angry_caller/empathy", "angry_caller/no_blame",
            "angry_caller/no_interrupting_angry_customer", "forbidden/profanity",
            "forbidden/rude", "forbidden/no_card_readback"]
DRIVERS = ["address_change", "billing", "cancellation", "card_lost", "complaint", "fraud",
           "outage", "payment", "refund"]


def rng(label: str) -> random.Random:
    h = hashlib.sha256(SEED + b"/" + label.encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


# ---------------------------------------------------------------- English wordings
# Agent styles: two agents each (full name, spoken name).
EN_AGENTS = {
    "irish": [("Aoife Gallagher", "Aoife"), ("Ciaran Byrne", "Ciaran")],
    "yorkshire": [("Maureen Ackroyd", "Maureen"), ("Stanley Holroyd", "Stanley")],
    "sales": [("Jordan Pike", "Jordan"), ("Tiffany Marsh", "Tiffany")],
    "nervous": [("Ethan Marlow", "Ethan"), ("Freddie Coombes", "Freddie")],
    "senior": [("Geraldine Ashworth", "Geraldine"), ("Reginald Thorne", "Reginald")],
    "saffa": [("Thandi Nkosi", "Thandi"), ("Pieter van Wyk", "Pieter")],
}
# Per style: greet, company, team (company fail), name, offer, restate prefix, resolve lead,
# anything else, thanks, bye, empathy, process (no empathy), touch.
EN_STYLE = {
    "irish": {
        "greet": ["Hiya.", "Good morning to you."],
        "company": ["You're through to Acme Bank.", "This is Acme Bank."],
        "team": ["You're through to the help line."],
        "name": ["{n} here.", "My name's {n}."],
        "offer": ["What can I do for you?", "How can I help you today?"],
        "restate": "Right so, if I'm following you, {r}, is that right?",
        "lead": "Grand, here's what we'll do. ",
        "anyelse": ["Is there anything else at all I can do for you?"],
        "thanks": [("Thanks a million for calling.", "thanks_a_million")],
        "bye": [("Take care now.", "goodbye_take_care_now"), ("Bye bye now.", "")],
        "empathy": ["Ah no, that must be a worry for you.",
                    "Sure look, I'm sorry you've had that."],
        "process": "Okay. I'll need the sort code first.",
        "touch": "Grand.",
    },
    "yorkshire": {
        "greet": ["Hiya, love.", "Afternoon."],
        "company": ["You're talking to Acme Bank.", "It's Acme Bank."],
        "team": ["You're talking to the customer line."],
        "name": ["I'm {n}.", "{n} speaking."],
        "offer": ["What can I help with, love?", "How can I point you in the right direction?"],
        "restate": "Right then, so {r}. Have I got that?",
        "lead": "Right then, love. ",
        "anyelse": ["Anything else I can do while you're on, love?"],
        "thanks": [("Thanks for ringing, love.", "")],
        "bye": [("Ta-ra then.", "goodbye_ta_ra"), ("Bye, love.", "")],
        "empathy": ["Oh love, that must be a worry.", "I'm sorry, love, that's rotten luck."],
        "process": "Right then. Date of birth, please.",
        "touch": "Right then.",
    },
    "sales": {
        "greet": ["Hi there!", "Good afternoon!"],
        "company": ["Welcome to Acme Digital Banking!", "Welcome to Acme Bank!"],
        "team": ["Welcome to the support line!"],
        "name": ["I'm {n}!", "You've got {n}!"],
        "offer": ["How can I make your day better?", "How can I help today?"],
        "restate": "Okay super, so {r}, yes?",
        "lead": "Amazing, so here's the plan. ",
        "anyelse": ["Anything else I can help with today?"],
        "thanks": [("Thank you so much for calling!", "")],
        "bye": [("Have a fab day, bye!", ""), ("Bye for now!", "")],
        "empathy": ["Oh I'm so sorry, that must be a worry.", "I'm really sorry that's happened."],
        "process": "Okay! Let's get you verified first.",
        "touch": "Super.",
    },
    "nervous": {
        "greet": ["Hello, sorry, good morning.", "Hello."],
        "company": ["This is Acme, sorry, Acme Bank.", "You've reached Acme Bank."],
        "team": ["This is the, erm, the phone team."],
        "name": ["I'm, sorry, my name's {n}.", "My name is {n}."],
        "offer": ["How can I help? I mean, how can I help you today?", "How can I help?"],
        "restate": "Okay so, let me just check, I mean, {r}, is that right?",
        "lead": "Okay, so, what I'll do is, I mean, ",
        "anyelse": ["Is there, erm, anything else I can help with?"],
        "thanks": [("Thank you, sorry, thanks for calling.", "")],
        "bye": [("Goodbye, sorry, bye.", ""), ("Take care now.", "goodbye_take_care_now")],
        "empathy": ["Oh, I'm sorry, that must be a worry.", "I'm really sorry, I understand."],
        "process": "Okay, erm, I need your postcode first.",
        "touch": "Sorry, yes.",
    },
    "senior": {
        "greet": ["Good afternoon.", "Good morning."],
        "company": ["You have reached Acme Bank.", "This is Acme Bank."],
        "team": ["You have reached the service department."],
        "name": ["My name is {n}.", "{n} speaking."],
        "offer": ["How may I help you?", "How may I assist you today?"],
        "restate": "If I have this correctly, {r}. Is that so?",
        "lead": "Very well. ",
        "anyelse": ["Is there anything else I may assist you with?"],
        "thanks": [("Thank you for calling Acme Bank.", "")],
        "bye": [("Goodbye.", ""), ("Good day, goodbye.", "")],
        "empathy": ["I do apologise, that must be a worry.", "I am sorry to hear that, truly."],
        "process": "I shall need your full postcode first.",
        "touch": "Indeed.",
    },
    "saffa": {
        "greet": ["Hello, good morning.", "Howzit, hello."],
        "company": ["You're through to Acme Bank.", "Acme Bank, good to have you."],
        "team": ["You're through to the service desk."],
        "name": ["{n} speaking.", "It's {n} here."],
        "offer": ["How can I help you just now?", "What can I help with?"],
        "restate": "Okay, so {r}, is it?",
        "lead": "Okay, just now I'll sort it. ",
        "anyelse": ["Anything else I can help you with?"],
        "thanks": [("Thanks for calling, hey.", "")],
        "bye": [("Okay, bye bye.", ""), ("Take care now.", "goodbye_take_care_now")],
        "empathy": ["Shame, man, that must be a worry.", "Ag, I'm so sorry about that."],
        "process": "Okay, I need your date of birth first.",
        "touch": "Shame.",
    },
}
EN_CALLERS = [
    ("cornish_fisherman", "a Cornish fisherman", "Mr Trevenna",
     ["Alright me ansum, I'm just in off the boat.", "I'll sort it dreckly otherwise, but"]),
    ("night_nurse", "a nurse after a night shift", "Ms Adeyemi",
     ["Sorry, I've just come off a twelve hour night.", "I'm shattered, so bear with me."]),
    ("teen_first_account", "a teenager with his first account", "Kai Brennan",
     ["Um, so, my mum said I should ring.", "It's my first proper account, yeah."]),
    ("welsh_farmer", "a Welsh farmer", "Mr Pritchard",
     ["I'm out with the ewes, see, so it's noisy.", "Now then, look you,"]),
    ("headmistress", "a retired headmistress (precise)", "Mrs Hargreaves",
     ["I shall be precise.", "Let me state it clearly."]),
    ("brum_taxi", "a Birmingham taxi driver", "Mr Sandhu",
     ["Alright bab, I'm sat on the rank.", "Quick one between fares, bab."]),
    ("accountant", "a Nigerian-British accountant", "Mrs Okonjo",
     ["To the penny, this is what happened.", "I keep careful records, so."]),
    ("handsfree_driver", "a man driving on hands-free with road noise", "Mr Leavesley",
     ["You're on speaker, I'm on the motorway.", "Sorry, bit of road noise here."]),
]
# Inbound scenarios: key, categories, problem, restatement core, resolution, decoy tag.
EN_IN = [
    ("ex_partner", [], "After my divorce I need my ex taken off our joint account.",
     "you want your former husband removed from the joint account",
     "I'll send you the removal form today and once you both sign it we'll update it", ""),
    ("car_finance", ["payment"], "I want to pay this month's car finance instalment now.",
     "you'd like to pay the car finance instalment today",
     "I've put the instalment through from your current account now", ""),
    ("nursery_order", ["cancellation"],
     "My daughter's left the nursery so the standing order to them has to stop.",
     "the nursery standing order needs stopping as she's left",
     "I've cancelled the standing order so nothing more will go to the nursery", ""),
    ("mortgage_overpay", ["payment"], "I'd like to make an overpayment on my mortgage.",
     "you want to overpay the mortgage from savings",
     "I've sent the overpayment across and it'll show on the mortgage tomorrow", ""),
    ("conversion_fee", ["billing", "refund"],
     "There's a conversion fee on my holiday card and I was told there wouldn't be, "
     "I want it back.",
     "the holiday card charged a conversion fee it shouldn't have, and you want it back",
     "I've refunded the conversion fee, it'll be back in three working days", ""),
    ("festival_wallet", ["card_lost"], "My wallet was stolen at a festival with my card in it.",
     "the wallet with your card went missing at the festival",
     "I've stopped the card and a new one will reach you in five working days", ""),
    ("parcel_scam", ["fraud"],
     "I paid a parcel redelivery fee from a text and now there are two payments I never made.",
     "after the parcel text two payments went out that weren't you",
     "I've blocked the card and raised a dispute for both payments", ""),
    ("cheque_missing", [], "I paid a cheque in on Monday and it's still not showing.",
     "the cheque you paid in on Monday isn't showing yet",
     "I can see it's in clearing and it'll land on Thursday morning", ""),
    ("close_business", ["cancellation"], "I'm retiring, so I want the business account closed.",
     "you'd like to close the business account as you're retiring",
     "I've started the closure and the balance will move to your personal account", ""),
    ("pet_dd", ["cancellation"], "I need the pet insurance direct debit stopped, the dog's passed.",
     "the pet insurance direct debit should stop",
     "I've cancelled that direct debit so no more will be taken", ""),
    ("tax_refund", [], "My tax rebate was meant to arrive last week and it hasn't.",
     "the tax rebate hasn't come into the account yet",
     "there's nothing pending from the tax office, so the next step is to ring them with "
     "this reference", ""),
    ("cash_short", ["refund"],
     "The cash machine gave me sixty but took a hundred off my account, I want the rest back.",
     "the machine paid out sixty but debited a hundred and you want the forty back",
     "I've raised a claim for the forty and it should be credited within ten days", ""),
    ("app_logout", ["outage"], "Since the app update it logs me straight out every time.",
     "the app keeps logging you out since the update",
     "it's a known fault after the update and the fix goes out tonight", ""),
    ("spain_move", ["address_change"], "I'm moving to Spain and need my address changed.",
     "you're moving to Spain and want the address updated",
     "I've put your Spanish address on the account from the first of next month", ""),
    ("builder_invoice", ["payment"], "I need to pay my builder's invoice, it's over my app limit.",
     "the builder's invoice is over the app limit and you want to pay it",
     "I've sent the payment to the builder from here, it'll arrive within two hours", ""),
    ("gym_debit", ["cancellation", "refund"],
     "The gym is still taking money after I cancelled and I want that money back.",
     "the gym kept debiting after you cancelled and you want it refunded",
     "I've stopped the payment to the gym and claimed back the two months", ""),
    ("atm_kept_card", ["outage"], "The cash machine on the high street swallowed my card.",
     "the machine on the high street kept your card",
     "I've reported the machine and ordered a replacement card", ""),
    ("hike_card", ["card_lost"], "I lost my card somewhere up a hill walking at the weekend.",
     "your card went missing on the walk at the weekend",
     "I've cancelled it and sent a new one out today", ""),
    ("teller_rude", ["complaint"], "I want to complain about the teller at the branch yesterday.",
     "you'd like to make a complaint about the teller at the branch",
     "I've logged the complaint and the branch manager will call you by Friday", ""),
    ("packaged_fee", ["billing"],
     "I've been charged the packaged account fee twice this month, that's not right.",
     "the packaged account fee went out twice this month",
     "I've checked and the second fee is reversed, you'll see it back by Monday", ""),
    ("login_locked", [], "I typed my password wrong three times and now I'm locked out.",
     "you're locked out after three wrong passwords",
     "I've reset the lock and sent you a one-time code to log back in", ""),
    # category decoys (always calm)
    ("damaged_card", [], "My card's cracked down the middle, the chip's snapped.",
     "your card is cracked and the chip's broken",
     "I've ordered a replacement with the same number", "damaged_card_not_card_lost"),
    ("payee_address", [], "Do you need my plumber's address to send him money? "
     "He's given me his address.",
     "you're asking whether the payee's address is needed",
     "no, only his sort code and account number, so you can set that up yourself",
     "payee_address_not_address_change"),
    ("balance_first", [], "Can I check my balance before I pay my garage bill at the counter?",
     "you want your balance before you pay at the garage",
     "your balance is four hundred and twelve pounds",
     "balance_before_paying_elsewhere_not_payment"),
    ("friend_cancelled", [], "My friend cancelled her card after a scam, do I need to?",
     "you're wondering if you should cancel like your friend did",
     "there's nothing odd on your card so you can keep it", "friend_cancelled_not_cancellation"),
    ("past_complaint", [], "I just wanted to say my complaint last month was handled well.",
     "you're ringing to say the complaint was handled well",
     "I'll pass that on to the team who dealt with it", "thanks_past_complaint_not_complaint"),
    ("home_wifi", [], "My home wifi's down so I can't get on the app at home.",
     "your own wifi is down so the app won't connect at home",
     "the app works on mobile data, so switch off wifi for now", "home_wifi_not_outage"),
    ("spouse_payment", [], "There's a payment to a garden centre, oh wait, that's my wife.",
     "there was a garden centre payment you've now recognised as your wife's",
     "I'll leave the card as it is then", "spouse_payment_recognised_not_fraud"),
    ("shop_refund", [], "The shop refund I was waiting on, I see it arrived this morning.",
     "the shop refund arrived this morning",
     "yes, it's in there, nothing more to do", "shop_refund_arrived_not_refund"),
    ("fee_before_account", [], "What's the monthly fee on the premium account before I choose?",
     "you want the premium account fee before deciding",
     "it's twelve pounds a month and I'll email you the comparison",
     "fee_asked_before_choosing_not_billing"),
]
# Outbound scenarios: key, categories, purpose, customer sentence, detail.
EN_OUT = [
    ("loan_doc", [], "I'm calling because your loan application is missing a payslip.",
     "Oh right, I thought I'd sent all the payslips in.",
     "If you upload it in the app this week we can finish the application."),
    ("term_deposit", [], "I'm calling because your term deposit matures next Tuesday.",
     "I'd like to leave it in for another year if the rate's decent.",
     "I'll roll it over for twelve months at the new rate."),
    ("limit_offer", [], "I'm calling to offer you a credit limit increase.",
     "I don't really need more, but go on, what's the offer?",
     "It's an extra thousand, and you can decline it in the app any time."),
    ("card_delivery", ["address_change"],
     "I'm calling because your new card came back to us undelivered.",
     "Ah, I've moved house, I need to change my address with you.",
     "I've updated the address and sent the card to the new one."),
    ("big_transfer", ["fraud"],
     "I'm calling to check a transfer of six thousand pounds made last night.",
     "Six thousand? No, I didn't make that, I don't recognise it at all.",
     "I've stopped the transfer and blocked online banking until we reset it."),
    ("complaint_outcome", ["complaint"],
     "I'm calling back about the outcome of your complaint about the branch.",
     "Yes, my complaint about how I was treated, what's happened with it?",
     "We've upheld it and there's fifty pounds going to your account."),
    ("dormant", [], "I'm calling because your savings account has gone dormant.",
     "Oh, I forgot I even had that one.",
     "I can reactivate it now if you confirm a couple of details."),
    ("overdue", ["payment"],
     "I'm calling with a polite reminder that this month's instalment is overdue.",
     "Sorry, I meant to pay it, can I make the payment now?",
     "I've taken the instalment now, so you're up to date."),
]
EN_ANGER = [
    "This is the third time I've rung about this. Nobody at your bank ever sorts anything.",
    "I'm absolutely fed up with you lot. It's a disgrace how this bank treats people.",
    "Honestly I am furious. Your bank has wasted my whole morning.",
    "You people never listen. I've had enough of this bank, I really have.",
]
EN_SELF_ANGER = [
    "I'm so angry with myself. What an idiot, I should have known better.",
    "Ugh, I'm furious at myself, honestly. I never do things like this.",
]
EN_BLAME = [
    "Well, if you'd checked your account more often this wouldn't have happened.",
    "You really should have read the letter we sent you.",
    "That's down to you not keeping your details up to date.",
    "To be honest that's your own doing, you clicked the thing.",
    "If you'd rung us sooner we could have done something.",
    "You didn't follow the steps, so that's on your side.",
    "People who don't read the terms end up like this.",
    "You've made this harder for yourself, you know.",
    "Well, you shouldn't have given your details out.",
]
EN_RUDE = [
    ("Right, again.", "rude_right_again"),
    ("Oh, brilliant.", "agent_sarcasm_brilliant"),
    ("I've got other calls waiting, you know.", ""),
    ("Just answer the question.", ""),
    ("Yeah, yeah, I heard you the first time.", ""),
    ("Right, again. Slowly this time.", "rude_right_again"),
    ("Oh, brilliant, another one.", "agent_sarcasm_brilliant"),
    ("Can we hurry this along.", ""),
    ("Not this again.", ""),
]
EN_SWEAR = [
    ("Sod it, the screen's gone blank.", "swear_sod_it"),
    ("Oh shit, wrong account, hang on.", "swear_shit"),
    ("Sod it, it's timed out.", "swear_sod_it"),
    ("Shit, the system's frozen.", "swear_shit"),
    ("Bloody thing won't load.", ""),
    ("Oh for fuck's sake, it crashed.", ""),
    ("Shit, sorry, the page dropped.", "swear_shit"),
    ("Sod it, I'll try again.", "swear_sod_it"),
    ("Bugger, that's the wrong screen.", ""),
]
EN_FILL = [
    ("Can I just confirm the first line of your address?", "Yes, it's the same as always."),
    ("And are you still on the same mobile number?", "Yes, same number."),
    ("Bear with me while I bring the account up.", "No problem."),
    ("Would you like a text when that's done?", "Yes please, that'd be good."),
    ("Do you use the app at all?", "Now and then, yes."),
    ("I'll make a note of this on the account.", "Okay, good."),
    ("Is this the account ending in two nine?", "That's the one."),
    ("And is email still the best way to reach you?", "Yes, email is fine."),
    ("Are you okay to stay on the line a minute?", "Yes, go on."),
    ("Shall I send the paperwork by post or email?", "Email, please."),
    ("I can see the account history now.", "Okay."),
    ("Is the card in your name only?", "Yes, just mine."),
]
EN_SECURITY = [
    ("Before anything, can I take your full name?", "Yes, it's on the account as usual."),
    ("And your date of birth?", "The fourteenth of the third."),
    ("And the postcode, please?", "It's the one you've got."),
]

# ---------------------------------------------------------------- Vietnamese wordings
# {c}/{C}: the agent's word for the caller; {e}/{E}: the agent's word for self;
# {t}: the caller's word for self; {n}: the agent's spoken name.
VI_AGENTS = {
    "nam": [("Huỳnh Thị Oanh", "Oanh"), ("Lâm Văn Tùng", "Tùng")],
    "bac": [("Nguyễn Thị Luyến", "Luyến"), ("Đỗ Văn Thạch", "Thạch")],
    "minh": [("Trương Thị Ngát", "Ngát"), ("Phan Văn Lộc", "Lộc")],
    "lap": [("Lý Thị Tuyền", "Tuyền"), ("Mạc Văn Hưng", "Hưng")],
    "tapsu": [("Đinh Thị Lụa", "Lụa"), ("Cao Văn Vinh", "Vinh")],
    "ban": [("Tạ Thị Xuyến", "Xuyến"), ("Hà Minh Duẩn", "Duẩn")],
}
VI_STYLE = {
    "nam": {
        "greet": ["Alô, em nghe ạ.", "Dạ em chào {c} nghen."],
        "company": ["Ngân hàng ABC xin nghe.", "Đây là ngân hàng ABC hen."],
        "team": ["Đây là tổng đài khách hàng hen."],
        "name": ["Em là {n} nè.", "Dạ em tên {n}."],
        "offer": ["{C} cần em giúp gì nghen?", "Hôm nay {c} cần gì ạ?"],
        "restate": "Dạ, vậy là {r}, đúng hông {c}?",
        "lead": "Dạ, vầy nghen {c}, ",
        "anyelse": ["{C} còn cần em giúp gì nữa hông nghen?"],
        "thanks": [("Em cảm ơn nhiều nha.", "em_cam_on_nhieu_nha")],
        "bye": [("Chào {c} nha.", "goodbye_chao_nha"), ("Dạ em chào {c} hen.", "")],
        "empathy": ["Dạ em rất tiếc nghen {c}.", "Trời, em hiểu mà, chắc {c} lo lắm."],
        "process": "Dạ, {c} đọc giùm em số căn cước trước nghen.",
        "touch": "Dạ dạ.",
    },
    "bac": {
        "greet": ["Em chào {c} ạ.", "Xin chào {c} ạ."],
        "company": ["Ngân hàng ABC xin nghe ạ.", "Đây là ABC Mobile, ngân hàng số của ABC ạ."],
        "team": ["Đây là trung tâm dịch vụ khách hàng ạ."],
        "name": ["Em là {n} ạ.", "Em tên là {n} ạ."],
        "offer": ["{C} cần em hỗ trợ việc gì ạ?", "Em có thể giúp gì cho {c} ạ?"],
        "restate": "Vâng, như vậy là {r}, có đúng không ạ?",
        "lead": "Vâng ạ, ",
        "anyelse": ["{C} còn cần em hỗ trợ gì khác không ạ?"],
        "thanks": [("Em cảm ơn {c} đã gọi ạ.", "")],
        "bye": [("Em chào {c} ạ.", ""), ("Chào {c} ạ, hẹn gặp lại.", "")],
        "empathy": ["Vâng, em rất tiếc về chuyện này ạ.", "Em thật sự xin lỗi {c} ạ."],
        "process": "Vâng, {c} cho em xin số điện thoại đăng ký trước ạ.",
        "touch": "Vâng ạ.",
    },
    "minh": {
        "greet": ["Chào mình nha.", "Xin chào mình ạ."],
        "company": ["Ngân hàng ABC đây ạ.", "Bên mình là ABC Mobile ạ."],
        "team": ["Bên mình là tổng đài chăm sóc ạ."],
        "name": ["Mình là {n} nè.", "Mình tên {n} ạ."],
        "offer": ["Hôm nay mình cần gì ạ?", "Mình cần hỗ trợ gì ạ?"],
        "restate": "À, mình đang nói là {r}, phải không ạ?",
        "lead": "Dạ, giờ bên mình làm vầy ạ, ",
        "anyelse": ["Mình còn cần gì thêm không ạ?"],
        "thanks": [("Cảm ơn mình đã gọi nha.", "")],
        "bye": [("Chào mình nha.", ""), ("Tạm biệt mình ạ.", "")],
        "empathy": ["Dạ, mình rất tiếc về chuyện này.", "Thương mình ghê, chắc mệt lắm ạ."],
        "process": "Dạ, mình đọc giúp số căn cước trước ạ.",
        "touch": "Dạ.",
    },
    "lap": {
        "greet": ["Dạ em chào {c}.", "Chào {c} ạ."],
        "company": ["Ngân hàng ABC đây ạ.", "Tổng đài ngân hàng ABC xin nghe."],
        "team": ["Tổng đài tiếp nhận xin nghe."],
        "name": ["Em là {n}, {n} ạ.", "Em tên {n} ạ."],
        "offer": ["{C} cần em giúp gì ạ?", "Em giúp gì được cho {c} ạ?"],
        "restate": "Dạ, em nhắc lại nha, {r}, em nhắc vậy đúng chưa ạ?",
        "lead": "Dạ, em nhắc lại bước tiếp theo, ",
        "anyelse": ["Dạ, {c} còn việc gì khác không ạ?"],
        "thanks": [("Dạ em cảm ơn {c}, cảm ơn {c} nhiều.", "")],
        "bye": [("Dạ em chào {c}, chào {c} ạ.", ""), ("Chào {c} nha.", "goodbye_chao_nha")],
        "empathy": ["Dạ em rất tiếc, em rất tiếc ạ.", "Dạ em hiểu, em hiểu {c} đang bực."],
        "process": "Dạ, em xin số tài khoản, số tài khoản ạ.",
        "touch": "Dạ, em nghe.",
    },
    "tapsu": {
        "greet": ["Dạ, em... em chào {c} ạ.", "Xin... xin chào {c} ạ."],
        "company": ["Đây là... ngân hàng ABC ạ.", "Em gọi... à, đây là ngân hàng ABC ạ."],
        "team": ["Đây là... bộ phận tổng đài ạ."],
        "name": ["Em tên là... {n} ạ.", "Em là {n}, nhân viên... ạ."],
        "offer": ["Em... em có thể hỗ trợ gì cho {c} ạ?", "{C} cần... cần giúp gì ạ?"],
        "restate": "Dạ, để em... em xác nhận lại, {r}, đúng không ạ?",
        "lead": "Dạ, theo... theo quy trình thì ",
        "anyelse": ["Dạ, {c} còn... còn cần gì khác nữa không ạ?"],
        "thanks": [("Dạ em... em cảm ơn {c} ạ.", "")],
        "bye": [("Dạ, em chào {c} ạ.", ""), ("Chào {c} nha.", "goodbye_chao_nha")],
        "empathy": ["Dạ em... em rất tiếc ạ.", "Em xin lỗi {c}, em hiểu ạ."],
        "process": "Dạ, em cần... cần số căn cước của {c} trước ạ.",
        "touch": "Dạ...",
    },
    "ban": {
        "greet": ["Chào bạn nha.", "Xin chào bạn."],
        "company": ["Đây là ngân hàng ABC.", "ABC Mobile của ngân hàng ABC xin nghe."],
        "team": ["Đây là tổng đài chăm sóc khách hàng."],
        "name": ["Mình là {n}.", "Mình tên {n} nha."],
        "offer": ["Bạn cần mình giúp gì nè?", "Mình hỗ trợ gì được cho bạn?"],
        "restate": "Ok, tức là {r}, đúng không bạn?",
        "lead": "Rồi, giờ mình làm vầy nha, ",
        "anyelse": ["Bạn còn cần gì khác không?"],
        "thanks": [("Cảm ơn bạn đã gọi nha.", "")],
        "bye": [("Chào bạn nha.", ""), ("Tạm biệt bạn.", "")],
        "empathy": ["Mình rất tiếc nha bạn.", "Mình hiểu mà, chắc bạn lo lắm."],
        "process": "Bạn đọc giúp mình số căn cước trước nha.",
        "touch": "Ok.",
    },
}
# caller: key, profile, agent's word for caller, caller's self word, outbound name, touches
VI_CALLERS = [
    ("ca_mau", "người nuôi tôm ở Cà Mau (hông, nghen, tui)", "anh", "tui", "anh Sáu",
     ["Tui ở Cà Mau nè, đang ngoài vuông tôm nghen.", "Nói nghe hông, tui hổng rành mấy cái này."]),
    ("hai_phong", "công nhân bốc xếp ở cảng Hải Phòng (nói cộc)", "anh", "tôi", "anh Cường",
     ["Nói nhanh nhé, tôi đang ở cảng.", "Thế này."]),
    ("sa_pa", "chủ homestay ở Sa Pa", "chị", "tôi", "chị Mai",
     ["Tôi ở Sa Pa, khách đang đông nên nói nhanh giúp tôi.", "Tôi làm homestay trên này."]),
    ("quy_nhon", "người bán nước mắm ở Quy Nhơn", "cô", "tui", "cô Bảy",
     ["Tui bán nước mắm ngoài chợ Quy Nhơn nè.", "Cô nói nghe nè con."]),
    ("ha_noi_office", "nhân viên văn phòng Hà Nội đang vội", "chị", "tôi", "chị Thu",
     ["Chị đang vội họp, em nghe nhanh giúp nhé.", "Tôi có năm phút thôi."]),
    ("saigon_lady", "bà cụ ở Sài Gòn (con / cô)", "cô", "cô", "cô Năm",
     ["Cô già rồi, con nói chậm chậm cho cô nghe nghen.", "Con ơi, cô hỏi chút."]),
    ("da_lat", "người bán hoa ở Đà Lạt", "chị", "tôi", "chị Hạnh",
     ["Tôi bán hoa ở chợ Đà Lạt.", "Tiệm hoa đang đông khách."]),
    ("viet_uc", "Việt kiều Úc mới về (chen tiếng Anh)", "anh", "tôi", "anh Khoa",
     ["Actually tôi mới về từ Melbourne.", "Sorry, tiếng Việt tôi hơi lụt."]),
]
VI_IN = [
    ("luong", [], "Lương tháng này của {t} chưa về tài khoản.",
     "lương tháng này chưa về tài khoản của {c}",
     "bên công ty chưa chuyển lệnh, {c} hỏi kế toán, có lệnh là tiền vào trong ngày", ""),
    ("lien_ngan_hang", ["refund"],
     "{T} chuyển khoản liên ngân hàng ba ngày rồi vẫn treo, {t} muốn lấy tiền lại.",
     "khoản chuyển liên ngân hàng bị treo và {c} muốn được hoàn lại",
     "em đã lập yêu cầu hoàn tiền, tiền về lại trong hai ngày làm việc", ""),
    ("phi_sms", ["billing"], "Sao tháng này phí SMS banking bị trừ cao vậy?",
     "phí SMS banking tháng này cao bất thường",
     "em đã kiểm tra, phí tăng do gói mới, em chuyển {c} về gói cũ từ tháng sau", ""),
    ("tien_dien", ["payment"], "{T} muốn đóng tiền điện tháng này qua tổng đài.",
     "{c} muốn đóng tiền điện tháng này",
     "em đã thanh toán hoá đơn điện từ tài khoản của {c} rồi", ""),
    ("khoa_pin", [], "{T} nhập sai mã PIN ba lần nên thẻ bị khoá rồi.",
     "thẻ bị khoá vì nhập sai mã PIN ba lần",
     "em đã mở khoá, {c} ra cây ATM đổi mã PIN mới là dùng được", ""),
    ("ben_thanh", ["card_lost"], "{T} bị mất ví ở chợ Bến Thành, trong ví có thẻ.",
     "{c} mất ví có thẻ ở chợ Bến Thành",
     "em đã khoá thẻ và làm thẻ mới, năm ngày làm việc {c} nhận", ""),
    ("otp_scam", ["fraud"],
     "Có tin nhắn giả ngân hàng đòi mã OTP, {t} lỡ đọc rồi bị trừ hai khoản lạ.",
     "sau tin nhắn giả đòi OTP thì có hai giao dịch lạ không phải của {c}",
     "em đã khoá tài khoản và mở hồ sơ tra soát hai giao dịch đó", ""),
    ("the_phu", ["cancellation"], "{T} muốn huỷ thẻ phụ của con {t}.",
     "{c} muốn huỷ thẻ phụ đang cấp cho con",
     "em đã huỷ thẻ phụ, từ giờ thẻ đó không dùng được nữa", ""),
    ("chuyen_nha", ["address_change"],
     "{T} chuyển nhà từ Cần Thơ lên Sài Gòn, cần đổi địa chỉ.",
     "{c} chuyển từ Cần Thơ lên Sài Gòn và muốn cập nhật địa chỉ",
     "em đã cập nhật địa chỉ mới ở Sài Gòn cho {c} rồi", ""),
    ("ve_may_bay", ["refund"], "Vé máy bay bị hãng huỷ, {t} muốn lấy lại tiền đã trả bằng thẻ.",
     "chuyến bay bị huỷ và {c} muốn hoàn tiền vé về thẻ",
     "em đã mở yêu cầu hoàn tiền với hãng, mã số 5583, trong mười ngày có kết quả", ""),
    ("phi_quan_ly", ["billing"], "Phí quản lý tài khoản tự nhiên tăng gấp đôi là sao?",
     "phí quản lý tài khoản tăng gấp đôi mà {c} không được báo",
     "em đã ghi nhận, phí đó bị áp nhầm biểu cũ và sẽ được điều chỉnh trong kỳ tới", ""),
    ("bao_hiem_xe", ["payment"], "{T} muốn đóng tiền bảo hiểm xe máy năm nay.",
     "{c} muốn đóng bảo hiểm xe máy năm nay",
     "em đã trích tiền đóng bảo hiểm xe máy, giấy chứng nhận gửi qua tin nhắn", ""),
    ("app_loi", ["outage"], "Cập nhật ứng dụng xong là mở lên bị văng ra liền.",
     "ứng dụng bị văng ra sau khi cập nhật",
     "lỗi này bên kỹ thuật đang sửa, tối nay có bản vá, {c} cập nhật lại là được", ""),
    ("khieu_nai_pgd", ["complaint"],
     "{T} muốn khiếu nại nhân viên phòng giao dịch hôm qua làm việc rất tệ.",
     "{c} muốn khiếu nại nhân viên phòng giao dịch hôm qua",
     "em đã ghi nhận khiếu nại, trưởng phòng sẽ gọi lại cho {c} trong hai ngày", ""),
    ("may_pos", ["outage"], "Máy quẹt thẻ ở tiệm {t} không chạy từ sáng tới giờ.",
     "máy quẹt thẻ ở tiệm của {c} không hoạt động từ sáng",
     "em đã báo kỹ thuật, chiều nay có người tới thay máy cho {c}", ""),
    ("phi_hai_lan", ["billing", "refund"],
     "Phí chuyển tiền bị trừ hai lần, {t} muốn lấy lại một lần.",
     "phí chuyển tiền bị trừ hai lần và {c} muốn lấy lại khoản dư",
     "em đã hoàn lại khoản phí trừ dư, ba ngày làm việc tiền về", ""),
    ("rot_the_dam_cuoi", ["card_lost"], "{T} đi đám cưới ở quê về thì rớt mất thẻ rồi.",
     "{c} làm rơi thẻ lúc đi đám cưới ở quê",
     "em đã khoá thẻ cũ và phát hành thẻ mới, bảy ngày {c} nhận", ""),
    ("huy_trich_no", ["cancellation"], "{T} muốn huỷ trích nợ tự động tiền internet.",
     "{c} muốn dừng lệnh trích nợ tự động trả tiền internet",
     "em đã huỷ lệnh trích nợ đó, kỳ sau không trừ nữa", ""),
    ("the_the_khoa", [], "Đi Thái Lan quẹt thẻ bị từ chối hoài.",
     "thẻ bị từ chối khi {c} quẹt ở Thái Lan",
     "thẻ chưa mở dùng ở nước ngoài, em mở cho {c} rồi, quẹt lại là được", ""),
    # category decoys (always calm)
    ("the_hong", [], "Thẻ của {t} bị gãy đôi, chip hư rồi.",
     "thẻ của {c} bị gãy và hỏng chip",
     "em đã làm thẻ thay thế giữ nguyên số thẻ", "damaged_card_not_card_lost"),
    ("dia_chi_nguoi_nhan", [], "Chuyển tiền cho bạn hàng có cần ghi địa chỉ người nhận hông? "
     "Nó mới gửi địa chỉ cho {t}.",
     "{c} hỏi chuyển tiền có cần địa chỉ người nhận không",
     "không cần, chỉ cần số tài khoản và tên người nhận thôi, {c} tự chuyển trên ứng dụng được",
     "payee_address_not_address_change"),
    ("so_du_truoc", [], "Cho {t} hỏi số dư trước, lát {t} ra tiệm trả tiền mặt.",
     "{c} muốn biết số dư trước khi đi trả tiền chỗ khác",
     "số dư hiện tại là hai triệu ba trăm ngàn", "balance_before_paying_elsewhere_not_payment"),
    ("ban_huy_the", [], "Bạn {t} mới huỷ thẻ vì bị lừa, {t} có cần huỷ hông?",
     "bạn của {c} đã huỷ thẻ và {c} lo không biết có nên huỷ theo",
     "thẻ của {c} không có giao dịch lạ nên cứ giữ dùng bình thường",
     "friend_cancelled_not_cancellation"),
    ("cam_on_khieu_nai", [], "{T} gọi để cảm ơn vụ khiếu nại tháng trước được giải quyết tốt.",
     "{c} gọi để cảm ơn vì khiếu nại tháng trước được xử lý tốt",
     "em sẽ chuyển lời khen tới bộ phận đã làm", "thanks_past_complaint_not_complaint"),
    ("wifi_nha", [], "Wifi nhà {t} bị hư nên ở nhà không vào ứng dụng được.",
     "wifi nhà {c} hỏng nên ứng dụng không kết nối",
     "{c} dùng tạm dữ liệu di động là ứng dụng vào được", "home_wifi_not_outage"),
    ("vo_chong_tra", [], "Có khoản trả tiền ở siêu thị, à mà chắc vợ {t} quẹt rồi.",
     "có khoản ở siêu thị mà giờ {c} nhận ra là người nhà quẹt",
     "vậy em giữ nguyên thẻ cho {c} nha", "spouse_payment_recognised_not_fraud"),
    ("hoan_tien_da_ve", [], "Tiền shop hoàn cho {t}, {t} thấy về sáng nay rồi.",
     "khoản shop hoàn đã về sáng nay",
     "dạ đúng, tiền đã vào tài khoản, không cần làm thêm gì", "shop_refund_arrived_not_refund"),
    ("phi_truoc_khi_mo", [], "Mở tài khoản doanh nhân thì phí mỗi tháng bao nhiêu?",
     "{c} muốn biết phí hàng tháng trước khi chọn mở tài khoản",
     "phí là năm mươi ngàn một tháng, em gửi bảng so sánh qua tin nhắn",
     "fee_asked_before_choosing_not_billing"),
]
VI_OUT = [
    ("ho_so_vay", [], "Em gọi vì hồ sơ vay của {c} còn thiếu bản sao sổ hộ khẩu.",
     "Ủa, {t} tưởng nộp đủ giấy tờ hết rồi chứ.",
     "{C} chụp gửi qua ứng dụng trong tuần này là bên em duyệt tiếp."),
    ("tiet_kiem_dao_han", [], "Em gọi báo khoản tiết kiệm có kỳ hạn của {c} đáo hạn thứ Ba tới.",
     "{T} muốn gửi tiếp thêm một năm nữa.",
     "Em sẽ tái tục mười hai tháng theo lãi suất mới."),
    ("nang_han_muc", [], "Em gọi để mời {c} nâng hạn mức thẻ tín dụng.",
     "{T} cũng chưa cần lắm, mà nâng bao nhiêu?",
     "Nâng thêm mười triệu, {c} có thể từ chối trên ứng dụng bất cứ lúc nào."),
    ("giao_the_loi", ["address_change"], "Em gọi vì thẻ mới giao cho {c} bị trả về.",
     "À, {t} dọn nhà rồi, để {t} đổi địa chỉ mới.",
     "Em đã cập nhật địa chỉ mới và gửi lại thẻ."),
    ("chuyen_lon", ["fraud"], "Em gọi để xác minh khoản chuyển một trăm triệu tối qua.",
     "Một trăm triệu hả? {T} đâu có chuyển, {t} không biết khoản đó.",
     "Em đã chặn lệnh chuyển và khoá ngân hàng trực tuyến để đặt lại."),
    ("ket_qua_khieu_nai", ["complaint"],
     "Em gọi lại báo kết quả khiếu nại của {c} về phòng giao dịch.",
     "Ừ, vụ {t} khiếu nại bị đối xử tệ đó, giờ sao rồi?",
     "Khiếu nại được chấp nhận, bên em bồi hoàn năm trăm ngàn vào tài khoản."),
    ("tai_khoan_ngu", [], "Em gọi vì tài khoản thanh toán của {c} đang ngủ đông.",
     "Trời, {t} quên mất tài khoản đó luôn.",
     "Em có thể kích hoạt lại liền nếu {c} xác nhận vài thông tin."),
    ("ky_gop_tre", ["payment"], "Em gọi nhắc nhẹ kỳ góp tháng này của {c} đã quá hạn.",
     "Ờ {t} quên, giờ {t} muốn trả luôn được không?",
     "Em đã trích tiền kỳ góp, khoản vay của {c} giờ đã đúng hạn."),
]
VI_ANGER = [
    "Gọi lần thứ ba rồi đó. Ngân hàng các người làm ăn kiểu gì vậy.",
    "Tôi bực lắm rồi nha. Ngân hàng gì mà cái gì cũng chậm.",
    "Mất cả buổi sáng của tôi. Ngân hàng này tệ thiệt sự.",
    "Các người có nghe khách nói không vậy. Chán ngân hàng này quá.",
]
VI_SELF_ANGER = [
    "Tức mình ghê, tự tôi ngu quá. Đáng lẽ phải cẩn thận hơn.",
    "Bực bản thân quá trời. Tự dưng lại làm chuyện dại vậy.",
]
VI_BLAME = [
    "Tại {c} không chịu đọc tin nhắn bên em gửi.",
    "Lẽ ra {c} phải báo sớm hơn chứ.",
    "Cái này là lỗi của {c} rồi, đâu phải bên em.",
    "Ai biểu {c} đưa mã cho người lạ.",
    "{C} làm không đúng hướng dẫn nên mới vậy.",
    "Tự {c} làm khó mình thôi.",
    "Đó là do {c} không cập nhật thông tin.",
    "{C} phải tự kiểm tra tài khoản chứ.",
    "Lỗi bên {c} chứ hệ thống có sao đâu.",
]
VI_RUDE = [
    ("Thôi được rồi, biết rồi.", "rude_thoi_duoc_roi_biet_roi"),
    ("Nói hoài vậy.", ""),
    ("Nghe cho kỹ giùm cái.", ""),
    ("Thôi được rồi, biết rồi, khỏi nói nữa.", "rude_thoi_duoc_roi_biet_roi"),
    ("Hỏi gì lắm vậy.", ""),
    ("Đọc lẹ lên đi.", ""),
    ("Ờ, hay quá ha.", "agent_sarcasm_hay_qua"),
    ("Chuyện có vậy mà cũng gọi.", ""),
    ("Khách gì mà khó ghê.", ""),
]
# strict marked swears (fail profanity and profanity_vi_strict)
VI_STRICT = [
    "Đéo hiểu sao máy lại đơ.", "Vãi, hệ thống treo nữa rồi.", "Địt, lại văng ra.",
    "Đụ, màn hình đứng luôn.", "Vãi thật, mạng chậm quá.", "Đéo load được luôn.",
    "Địt, sai tab rồi.", "Vãi cả lúa, lỗi nữa.", "Đụ, cái máy này.",
]
# plain swears (profanity only)
VI_PLAIN = [("Đệch, treo máy rồi.", "vi_plain_swear_dech"),
            ("Đệch, lại mất mạng.", "vi_plain_swear_dech")]
VI_FILL = [
    ("{C} cho em xác nhận lại số điện thoại nha.", "Số cũ đó, không đổi."),
    ("{C} chờ em mở hồ sơ một chút ạ.", "Ừ, {t} chờ."),
    ("{C} có dùng ứng dụng thường không ạ?", "Cũng có, thỉnh thoảng."),
    ("Em ghi chú vào hồ sơ của {c} nha.", "Ừ, được."),
    ("{C} muốn nhận tin nhắn báo kết quả không ạ?", "Có, gửi cho {t} nha."),
    ("Tài khoản đuôi bốn bảy phải không ạ?", "Đúng rồi đó."),
    ("Email của {c} vẫn như cũ phải không ạ?", "Vẫn vậy."),
    ("Em kiểm tra lịch sử giao dịch một chút ạ.", "Ừ, cứ kiểm tra đi."),
    ("{C} có đang ở gần điện thoại đăng ký không ạ?", "Có, đang cầm đây."),
    ("Giấy tờ em gửi qua email hay qua bưu điện ạ?", "Qua email cho nhanh."),
    ("Thẻ này đứng tên một mình {c} phải không ạ?", "Ừ, một mình {t}."),
    ("Em thấy lịch sử tài khoản rồi ạ.", "Ừ."),
]
VI_SECURITY = [
    ("Trước hết {c} cho em xin họ tên đầy đủ ạ.", "Thì tên như trong hồ sơ đó."),
    ("{C} cho em xin ngày sinh ạ.", "Mười hai tháng tám."),
    ("Dạ, số căn cước ba số cuối ạ.", "Bốn không chín."),
]

# ---------------------------------------------------------------- other lines per language
X = {
    "en": {
        "yes": ["Yes, that's it.", "Yep, exactly that.", "That's right."],
        "yes_anger": "Yes.",
        "bare": "Okay.",
        "norest": "Right.",
        "split1": "So, {r1}",
        "split_mm": "Mm.",
        "split2": "and that's the bit you need sorted, yes?",
        "cut": "So just so I've got it, {r}, and you'd like",
        "cut_c": "Yes, yes, that's exactly it.",
        "nonans": ["We'll see what happens.", "Let's just wait and see, shall we.",
                   "We'll see what happens, I suppose."],
        "ref": " Your reference is 44071, and you'll hear back within five working days.",
        "ack": ["Okay, great.", "Lovely, that's good.", "Right, fine."],
        "c_anyelse": "Is there anything else you need from me?",
        "a_noneed": "No, that's everything.",
        "no_more": ["No, that's all.", "No, that's it."],
        "final": ["Thanks, bye.", "Cheers, bye now.", "Thank you, bye."],
        "inname": "It was {n} you spoke to today.",
        "hello": "Hello?",
        "quick_q": "Hello, quick one first, are the branches open on Saturdays?",
        "quick_a": "They are, nine till twelve.",
        "hold": "I'll pop you on hold for a moment, you'll hear some music.",
        "hold_back": "Thanks for holding, I'm back with you.",
        "sup_a": "I'll bring my team leader in on this.",
        "sup_line": "This is Deborah Quayle, the team leader, I've been listening in. ",
        "broken": "I've put through the",
        "broken_c": "Sorry, you're breaking up, I missed that.",
        "third": "That's down to our supplier's system, not you at all.",
        "third_c": "Well, I'm glad it's not me.",
        "excl": "Crikey, that's a lot of hassle.",
        "excl_c": "Tell me about it.",
        "blame_c": ["Excuse me?", "That's not fair.", "Hang on a minute."],
        "rude_c": ["Sorry?", "There's no need for that.", "Right."],
        "swear_c": ["Take your time.", "Okay.", "No rush."],
        "c_card": "Okay, the long number is 4921 7734 0058 1163.",
        "card_groups": "So that's 4921 7734 0058 1163, correct?",
        "card_double": "So that's four nine two one, seven seven three four, oh oh five eight, "
                       "double one six three?",
        "card_treble": "That's four nine two one, seven treble three, four oh oh five, "
                       "eight one one six, three?",
        "card_words": "Let me read it back, four nine two one seven seven three four oh oh "
                      "five eight one one six three.",
        "card_amex": "So the Amex number is 3782 822463 10005?",
        "c_cvv": "And the three digits on the back are 417.",
        "card_cvv": "And the code on the back is 417, yes?",
        "card_last4": "That's the card ending 1163, yes?",
        "card_code_ask": "Can you give me the three digit code on the back?",
        "card_code_ok": "That's fine, you're verified.",
        "card_match": "That matches, lovely.",
        "card_yes": "Yes, that's it.",
        "late_emp_pre": "Just before I go on, ",
        "pull": "Let me just bring that up.",
        "proc_c": ["Okay, fine.", "It's the usual one.", "Sure."],
        "proc_a": ["And the last four digits of the card?", "And your mobile number?"],
        "proc_a2": ["Okay, I'll carry on then.", "Right, noted."],
        "out_hello": "Hello?",
        "out_open": ["Hello, good morning.", "Hi there."],
        "out_name": "It's {n}",
        "out_co": "calling from Acme Bank.",
        "out_team": "calling from the customer team.",
        "out_ask": "Am I speaking with {who}?",
        "out_yes": "Yes, speaking.",
        "out_sec": "Before I go on I need to run through some security questions.",
        "record": "This call is recorded for training and quality.",
        "consent": ["Is that alright with you?", "Are you happy to go ahead on that basis?"],
        "consent_late": "Oh, and I should have asked, are you okay with the call being recorded?",
        "consent_yes": "Yes, that's fine.",
        "out_close": "Thanks for your time today, bye now.",
        "out_final": "Okay, bye.",
        "out_ok": ["Okay, good.", "Right, that's fine."],
    },
    "vi": {
        "yes": ["Đúng rồi.", "Ừ, đúng vậy đó.", "Phải rồi."],
        "yes_anger": "Đúng.",
        "bare": "Dạ.",
        "norest": "Dạ vâng.",
        "split1": "Dạ, tức là {r1}",
        "split_mm": "Ừ.",
        "split2": "và {c} cần bên em xử lý chuyện đó, phải không ạ?",
        "cut": "Dạ để em nhắc lại, {r}, và {c} muốn",
        "cut_c": "Đúng rồi, đúng rồi, vậy đó.",
        "nonans": ["Dạ, để xem sao.", "Dạ thôi chờ xem thế nào.", "Dạ, để xem sao đã."],
        "ref": " Mã hồ sơ là 44071, trong năm ngày làm việc sẽ có kết quả.",
        "ack": ["Ừ, được.", "Vậy được rồi.", "Ờ, tốt."],
        "c_anyelse": "Em còn cần gì của {t} nữa không?",
        "a_noneed": "Dạ không ạ, vậy là đủ rồi.",
        "no_more": ["Hết rồi.", "Không, vậy thôi."],
        "final": ["Cảm ơn nha, chào em.", "Ừ, cảm ơn.", "Được rồi, cảm ơn nghen."],
        "inname": "Em là {n} đã hỗ trợ {c} hôm nay.",
        "hello": "Alô?",
        "quick_q": "Alô, cho hỏi nhanh, thứ Bảy phòng giao dịch có mở không?",
        "quick_a": "Dạ có, mở từ tám giờ tới mười một giờ.",
        "hold": "{C} chờ máy giúp em chút, sẽ có nhạc chờ ạ.",
        "hold_back": "Dạ cảm ơn {c} đã chờ máy.",
        "sup_a": "Em mời trưởng nhóm vào cùng hỗ trợ ạ.",
        "sup_line": "Tôi là Kiều Thị Dung, trưởng nhóm, tôi đã nghe cuộc gọi. ",
        "broken": "Dạ em đã làm",
        "broken_c": "Alô, nghe rè quá, em nói lại đi.",
        "third": "Cái này là lỗi bên đối tác, không phải lỗi của {c} đâu.",
        "third_c": "Vậy thì may.",
        "excl": "Cha mẹ ơi, sao mà rắc rối dữ vậy.",
        "excl_c": "Thì đó.",
        "blame_c": ["Ủa, sao lại vậy?", "Nói vậy là sao?", "Đâu phải lỗi của {t}."],
        "rude_c": ["Hả?", "Sao nói chuyện kỳ vậy?", "Ừ."],
        "swear_c": ["Từ từ cũng được.", "Ừ.", "Không sao."],
        "c_card": "Số thẻ là 4921 7734 0058 1163.",
        "card_groups": "Dạ số thẻ là 4921 7734 0058 1163 đúng không ạ?",
        "card_double": "Dạ em đọc lại, 4921 7734 0058 1163 ạ?",
        "card_treble": "Dạ em đọc lại, 4921 7734 0058 1163 ạ?",
        "card_words": "Dạ em đọc lại nha, bốn chín hai một bảy bảy ba bốn không không năm tám "
                      "một một sáu ba.",
        "card_amex": "Dạ số thẻ Amex là 3782 822463 10005 phải không ạ?",
        "c_cvv": "Ba số sau thẻ là 417.",
        "card_cvv": "Dạ mã bảo mật là 417 đúng không ạ?",
        "card_last4": "Dạ thẻ có bốn số cuối 1163 phải không ạ?",
        "card_code_ask": "{C} đọc giúp em ba số ở mặt sau thẻ ạ.",
        "card_code_ok": "Dạ được rồi, đã xác minh xong.",
        "card_match": "Dạ khớp rồi ạ.",
        "card_yes": "Đúng rồi.",
        "late_emp_pre": "Dạ trước khi làm tiếp, ",
        "pull": "Dạ để em kiểm tra.",
        "proc_c": ["Ừ.", "Số cũ đó.", "Được."],
        "proc_a": ["Dạ bốn số cuối của thẻ ạ?", "Dạ số điện thoại của {c} ạ?"],
        "proc_a2": ["Dạ em làm tiếp.", "Dạ em ghi nhận."],
        "out_hello": "Alô?",
        "out_open": ["Dạ em chào {c}.", "Alô, em chào {c} ạ."],
        "out_name": "Em là {n}",
        "out_co": "gọi từ ngân hàng ABC.",
        "out_team": "gọi từ bộ phận chăm sóc khách hàng.",
        "out_ask": "Có phải {who} không ạ?",
        "out_yes": "Ừ, đúng rồi.",
        "out_sec": "Trước khi nói tiếp em cần xác minh vài thông tin ạ.",
        "record": "Cuộc gọi này được ghi âm để nâng cao chất lượng.",
        "consent": ["{C} có đồng ý không ạ?", "{C} đồng ý cho em ghi âm nha?"],
        "consent_late": "À, em quên hỏi, {c} có đồng ý cho ghi âm cuộc gọi không ạ?",
        "consent_yes": "Ừ, được.",
        "out_close": "Dạ em cảm ơn {c}, em chào {c} ạ.",
        "out_final": "Ừ, chào em.",
        "out_ok": ["Ừ, được.", "Vậy cũng được."],
    },
}

# ---------------------------------------------------------------- noise
EN_HOMO = {"here": "hear", "right": "write", "wait": "weight", "through": "threw",
           "know": "no", "sent": "scent", "seen": "scene", "board": "bored",
           "steal": "steel", "there": "their"}
EN_SPLIT = {"address": "a dress", "refund": "re fund", "cancel": "can sell",
            "overdraft": "over draft", "mortgage": "more gage", "reference": "ref rence",
            "insurance": "in shurance", "festival": "festi vol", "nursery": "nurse ery",
            "instalment": "in stall meant"}
EN_JOIN = [("want to", "wanna"), ("dont know", "dunno"), ("have to", "hafta"),
           ("sort of", "sorta"), ("a lot of", "alotta")]
EN_FILLERS = ["erm", "i mean", "right so", "hmm"]
EN_ACME = ["ackmy", "act me", "hack me", "acma"]
VI_FILLERS = ["ờ", "à", "kiểu kiểu", "đó mà"]
VI_ABC = ["a bê sê", "ây bê si", "a bi xi", "ê bi sê"]
STRICT = ["đéo", "địt", "đụ", "vãi", "lồn"]
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def norm_text(s: str) -> str:
    s = s.lower().replace("-", " ").replace("'", "").replace("\u2019", "")
    out = []
    for ch in s:
        out.append(ch if (ch.isalnum() or ch == " ") else " ")
    return " ".join("".join(out).split())


def drop_tone(w: str) -> str:
    d = unicodedata.normalize("NFD", w)
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))


def swap_hoi_nga(w: str) -> str:
    d = unicodedata.normalize("NFD", w)
    if "\u0309" in d:
        d = d.replace("\u0309", "\u0303")
    elif "\u0303" in d:
        d = d.replace("\u0303", "\u0309")
    else:
        return w
    return unicodedata.normalize("NFC", d)


def noise_words(text: str, lang: str, on: bool, level: int, r: random.Random) -> list[str]:
    s = norm_text(text)
    if not on:
        return s.split()
    if lang == "en":
        for a, b in EN_JOIN:
            if f" {a} " in f" {s} " and r.random() < 0.5:
                s = f" {s} ".replace(f" {a} ", f" {b} ").strip()
        words = []
        for w in s.split():
            x = r.random()
            if w == "acme" and x < 0.4:
                words.extend(r.choice(EN_ACME).split())
            elif w in EN_HOMO and x < 0.3:
                words.append(EN_HOMO[w])
            elif w in EN_SPLIT and x < 0.4:
                words.extend(EN_SPLIT[w].split())
            else:
                words.append(w)
        fills = EN_FILLERS
    else:
        words = []
        for w in s.split():
            x = r.random()
            if w == "abc" and x < 0.4:
                words.extend(r.choice(VI_ABC).split())
            elif x < 0.06:
                words.append(drop_tone(w))
            elif x < 0.10:
                y = swap_hoi_nga(w)
                words.append(w if y in STRICT else y)
            elif x < 0.13 and w.startswith("v"):
                words.append("d" + w[1:])
            elif x < 0.15 and len(words) > 0:
                words.extend([w, w])
            else:
                words.append(w)
        fills = VI_FILLERS
    if level >= 2 and len(words) > 3 and r.random() < 0.3:
        i = r.randint(1, len(words) - 1)
        words[i:i] = r.choice(fills).split()
    return words


# ---------------------------------------------------------------- call assembly
def P(text, *tags, keep=False, cats=()):
    return {"text": text, "tags": tags, "keep": keep, "cats": list(cats)}


def T(spk, *pieces, neg=False, interrupt=False, hold=0, min_abs=None, min_rel=None,
      raised=False, last=False):
    return {"spk": spk, "pieces": list(pieces), "neg": neg, "interrupt": interrupt,
            "hold": hold, "min_abs": min_abs, "min_rel": min_rel, "raised": raised,
            "last": last}


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class Ctx:
    def __init__(self, lang, style, spoken, caller):
        self.lang = lang
        self.style = style
        self.n = spoken
        if lang == "en":
            self.kw = {"n": spoken, "c": "", "C": "", "e": "", "t": "", "T": ""}
            self.who = caller[2]
        else:
            c = caller[2]
            e = "con" if caller[0] == "saigon_lady" else "em"
            if style == "minh":
                c, e = "mình", "mình"
            elif style == "ban":
                c, e = "bạn", "mình"
            t = caller[3]
            self.kw = {"n": spoken, "c": c, "C": cap(c), "e": e, "t": t, "T": cap(t)}
            self.who = caller[4]

    def f(self, s: str) -> str:
        s = s.format(**self.kw)
        if self.lang == "vi" and self.kw["e"] != "em":
            e = self.kw["e"]
            s = re.sub(r"\b[Ee]m\b", lambda m: e if m.group()[0] == "e" else cap(e), s)
        return cap(s)


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def card_block(lang, ctx, r, form, dec):
    """Card exchange; form is a fail form or None (pass)."""
    x = X[lang]
    turns = [T("agent", P(ctx.f("Can you read me the long number on the card?" if lang == "en"
                               else "{C} đọc giúp em số thẻ ạ.")))]
    turns.append(T("customer", P(ctx.f(x["c_card"]), keep=True)))
    dec.add("customer_reads_card_number")
    if form is None:
        kind = pick(r, ["match", "last4", "code"])
        if kind == "match":
            turns.append(T("agent", P(ctx.f(x["card_match"]))))
            dec.add("card_pass_matched")
        elif kind == "last4":
            turns.append(T("agent", P(ctx.f(x["card_last4"]), keep=True)))
            turns.append(T("customer", P(ctx.f(x["card_yes"]))))
            dec.add("card_last_four_only")
        else:
            turns.append(T("agent", P(ctx.f(x["card_code_ask"]))))
            turns.append(T("customer", P(ctx.f(x["c_cvv"]), keep=True)))
            turns.append(T("agent", P(ctx.f(x["card_code_ok"]))))
            dec.add("card_code_asked_not_read_back")
        return turns
    if form == "cvv":
        turns.append(T("agent", P(ctx.f(x["card_match"]))))
        turns.append(T("customer", P(ctx.f(x["c_cvv"]), keep=True)))
        turns.append(T("agent", P(ctx.f(x["card_cvv"]), "card", keep=True)))
        dec.add("card_cvv_read_back")
    else:
        turns.append(T("agent", P(ctx.f(x["card_" + form]), "card", keep=True)))
        dec.add("card_read_back_" + form)
    turns.append(T("customer", P(ctx.f(x["card_yes"]))))
    return turns


def middle_blocks(lang, ctx, plan, r, dec, cnt):
    x = X[lang]
    blocks = []
    f = plan["faults"]
    if "angry_caller/no_blame" in f:
        line = (EN_BLAME if lang == "en" else VI_BLAME)[cnt["blame"] % 9]
        cnt["blame"] += 1
        blocks.append([T("agent", P(ctx.f(line), "blame", keep=True)),
                       T("customer", P(ctx.f(pick(r, x["blame_c"]))))])
        dec.add("agent_blames_customer")
    elif not plan["anger"] and r.random() < 0.12:
        blocks.append([T("agent", P(ctx.f(x["third"]))), T("customer", P(ctx.f(x["third_c"])))])
        dec.add("blames_third_party_not_customer")
    if "forbidden/rude" in f:
        line, tag = (EN_RUDE if lang == "en" else VI_RUDE)[cnt["rude"] % 9]
        cnt["rude"] += 1
        blocks.append([T("agent", P(ctx.f(line), "rude", keep=True)),
                       T("customer", P(ctx.f(pick(r, x["rude_c"]))))])
        dec.add("agent_rude")
        if tag:
            dec.add(tag)
    sw = plan.get("swear")
    if sw:
        if sw == "strict":
            line, tags, tag = VI_STRICT[cnt["strict"] % 9], ("swear", "strict"), "vi_strict_swear"
            cnt["strict"] += 1
        elif sw == "plain":
            line, tag = VI_PLAIN[cnt["plain"] % 2]
            tags = ("swear",)
            cnt["plain"] += 1
        else:
            line, tag = EN_SWEAR[cnt["swear"] % 9]
            tags = ("swear",)
            cnt["swear"] += 1
            tag = tag or "swear_at_system"
        blocks.append([T("agent", P(ctx.f(line), *tags, keep=True)),
                       T("customer", P(ctx.f(pick(r, x["swear_c"]))))])
        dec.add(tag)
    elif not plan["anger"] and r.random() < 0.10:
        blocks.append([T("agent", P(ctx.f(x["excl"]))), T("customer", P(ctx.f(x["excl_c"])))])
        dec.add("cha_me_oi_not_swear" if lang == "vi" else "crikey_not_swear")
    if "forbidden/no_card_readback" in f or r.random() < 0.3:
        form = None
        if "forbidden/no_card_readback" in f:
            forms = (["groups", "double", "treble", "words", "amex", "cvv"] if lang == "en"
                     else ["groups", "words", "amex", "cvv"])
            form = forms[cnt["card"] % len(forms)]
            cnt["card"] += 1
        blocks.append(card_block(lang, ctx, r, form, dec))
    if r.random() < 0.12:
        blocks.append([T("agent", P(ctx.f(x["hold"]))),
                       T("agent", P(ctx.f(x["hold_back"]), "thanks"), hold=r.randint(1200, 2600))])
        dec.add("hold_with_music")
    r.shuffle(blocks)
    return [t for b in blocks for t in b]


def fillers(lang, ctx, r, k):
    pool = EN_FILL if lang == "en" else VI_FILL
    idx = list(range(len(pool)))
    r.shuffle(idx)
    out = []
    for i in range(k):
        q, a = pool[idx[i % len(idx)]]
        out.append([T("agent", P(ctx.f(q))), T("customer", P(ctx.f(a)))])
    return out


def anger_block(lang, ctx, plan, r, dec, lead):
    """The angry customer segment and the agent's answer (empathy or not)."""
    x = X[lang]
    f = plan["faults"]
    if plan["self_anger"]:
        line = pick(r, EN_SELF_ANGER if lang == "en" else VI_SELF_ANGER)
        dec.add("angry_at_himself_not_complaint")
    else:
        line = pick(r, EN_ANGER if lang == "en" else VI_ANGER)
    raised = r.random() < 0.5
    turns = []
    if lead:
        turns.append(T("agent", P(ctx.f(x["pull"]))))
        turns.append(T("customer", P(ctx.f(line), keep=True), neg=True, raised=raised))
    else:
        turns.append(T("customer", P(x["yes_anger"]), P(ctx.f(line), keep=True), neg=True,
                       raised=raised))
    sty = (EN_STYLE if lang == "en" else VI_STYLE)[ctx.style]
    inter = "angry_caller/no_interrupting_angry_customer" in f
    if inter:
        dec.add("agent_interrupts_angry_customer")
    if "angry_caller/empathy" in f:
        if r.random() < 0.5:
            dec.add("empathy_too_late")
            turns.append(T("agent", P(ctx.f(sty["process"])), interrupt=inter))
            turns.append(T("customer", P(ctx.f(pick(r, x["proc_c"])))))
            turns.append(T("agent", P(ctx.f(x["proc_a"][0]))))
            turns.append(T("customer", P(ctx.f(pick(r, x["proc_c"])))))
            turns.append(T("agent", P(ctx.f(x["late_emp_pre"] + sty["empathy"][0].lower())),
                           min_rel=22.5))
            turns.append(T("customer", P(ctx.f(pick(r, x["proc_c"])))))
        else:
            dec.add("no_empathy_straight_to_process")
            turns.append(T("agent", P(ctx.f(sty["process"])), interrupt=inter))
            turns.append(T("customer", P(ctx.f(pick(r, x["proc_c"])))))
            turns.append(T("agent", P(ctx.f(pick(r, x["proc_a2"])))))
    else:
        emp = pick(r, sty["empathy"])
        if "worry" in emp:
            dec.add("empathy_must_be_a_worry")
        if "rất tiếc" in emp:
            dec.add("empathy_em_rat_tiec")
        turns.append(T("agent", P(ctx.f(emp), "empathy"), P(ctx.f(sty["process"])),
                       interrupt=inter))
        turns.append(T("customer", P(ctx.f(pick(r, x["proc_c"])))))
    return turns


def build_inbound(lang, ctx, plan, r, cnt):
    x = X[lang]
    sty = (EN_STYLE if lang == "en" else VI_STYLE)[ctx.style]
    f = plan["faults"]
    sc = plan["scenario"]
    dec = set()
    turns = []
    if "inbound/greeting_before_resolution" in f:
        turns.append(T("customer", P(ctx.f(x["quick_q"]))))
        turns.append(T("agent", P(ctx.f(x["quick_a"]), "resolve")))
        dec.add("answer_before_greeting")
    elif r.random() < 0.15:
        turns.append(T("customer", P(ctx.f(x["hello"]))))
        dec.add("customer_speaks_first")
    op = []
    if "inbound/greeting" not in f:
        g = pick(r, sty["greet"])
        op.append(P(ctx.f(g), "greet"))
        if g.lower().startswith("hiya"):
            dec.add("greeting_hiya")
        if g.startswith("Alô"):
            dec.add("greeting_alo_em_nghe")
    else:
        dec.add("opening_without_greeting")
    mid = []
    if "inbound/company_name" in f:
        mid.append(P(ctx.f(pick(r, sty["team"]))))
        dec.add("team_name_only")
    else:
        c = pick(r, sty["company"])
        mid.append(P(ctx.f(c), "company"))
        if "Digital" in c or "Mobile" in c:
            dec.add("company_in_longer_brand")
    name_late = False
    if "inbound/self_intro" in f:
        if "inbound/goodbye" not in f and r.random() < 0.5:
            name_late = True
            dec.add("name_only_in_goodbye")
        else:
            dec.add("no_self_intro")
    else:
        mid.append(P(ctx.f(pick(r, sty["name"])), "name"))
    if r.random() < 0.3:
        mid.reverse()
    op.extend(mid)
    late_offer = False
    if "inbound/offer_help" in f:
        if r.random() < 0.5:
            late_offer = True
            dec.add("offer_after_window")
        else:
            dec.add("no_offer_of_help")
    else:
        o = pick(r, sty["offer"])
        op.append(P(ctx.f(o), "offer"))
        if "direction" in o or "Hôm nay" in o:
            dec.add("offer_point_right_direction")
    turns.append(T("agent", *op))
    if late_offer:
        sec = EN_SECURITY if lang == "en" else VI_SECURITY
        turns.append(T("customer", P(ctx.f(x["hello"]))))
        for q, a in sec:
            turns.append(T("agent", P(ctx.f(q))))
            turns.append(T("customer", P(ctx.f(a))))
        turns.append(T("agent", P(ctx.f(pick(r, sty["offer"])), "offer"), min_abs=48.5))
    key, cats, prob, rest, reso, dtag = sc
    if dtag:
        dec.add(dtag)
    pp = []
    callers = EN_CALLERS if lang == "en" else VI_CALLERS
    touch = [c for c in callers if c[0] == plan["caller"]][0][-1]
    if r.random() < 0.6:
        pp.append(P(ctx.f(pick(r, touch))))
    pp.append(P(ctx.f(prob), cats=cats))
    turns.append(T("customer", *pp))
    rest_f = ctx.f(rest)
    rest_f = rest_f[:1].lower() + rest_f[1:] if lang == "en" else rest_f[:1].lower() + rest_f[1:]
    if "inbound/confirm_problem" in f:
        if r.random() < 0.5:
            turns.append(T("agent", P(ctx.f(x["bare"]))))
            dec.add("bare_ack_no_restatement")
        else:
            turns.append(T("agent", P(ctx.f(x["norest"])), P(ctx.f(pick(r, EN_FILL if lang == "en"
                                                                       else VI_FILL)[0]))))
            dec.add("no_restatement")
        yes = None
    else:
        z = r.random()
        if z < 0.12:
            ws = rest_f.split(" ")
            h = max(2, len(ws) // 2)
            turns.append(T("agent", P(ctx.f(x["split1"].replace("{r1}", " ".join(ws[:h]))),
                                      "restate")))
            turns.append(T("customer", P(ctx.f(x["split_mm"]))))
            turns.append(T("agent", P(" ".join(ws[h:]) + " " + ctx.f(x["split2"]).lower())))
            dec.add("restatement_split_two_turns")
        elif z < 0.22:
            turns.append(T("agent", P(ctx.f(x["cut"].replace("{r}", rest_f)), "restate")))
            turns.append(T("customer", P(ctx.f(x["cut_c"]))))
            dec.add("restatement_cut_off_by_customer")
            z = -1
        else:
            turns.append(T("agent", P(ctx.f(sty["restate"].replace("{r}", rest_f)), "restate")))
        yes = None if z == -1 else "y"
    if plan["anger"]:
        turns.extend(anger_block(lang, ctx, plan, r, dec, turns[-1]["spk"] == "customer"))
    elif yes:
        turns.append(T("customer", P(ctx.f(pick(r, x["yes"])))))
    mids = middle_blocks(lang, ctx, plan, r, dec, cnt)
    # resolution
    res = []
    if "inbound/resolution" in f:
        res.append(T("agent", P(ctx.f(pick(r, x["nonans"])))))
        dec.add("non_answer_only_resolution")
    else:
        text = cap(sty["lead"].format(**ctx.kw) + ctx.f(reso)[:1].lower() + ctx.f(reso)[1:] + ".")
        if lang == "vi":
            text = cap(ctx.f(sty["lead"]) + ctx.f(reso)[:1].lower() + ctx.f(reso)[1:] + ".")
        if "44071" not in text and "5583" not in text and r.random() < 0.2:
            text += ctx.f(x["ref"])
            dec.add("resolution_reference_timescale")
        if "5583" in text:
            dec.add("resolution_reference_timescale")
        z = r.random()
        if z < 0.10 and not plan["anger"]:
            res.append(T("agent", P(ctx.f(x["sup_a"]))))
            res.append(T("agent", P(ctx.f(x["sup_line"]) + text, "resolve")))
            dec.add("supervisor_joins_speaker_agent")
        elif z < 0.2:
            res.append(T("agent", P(ctx.f(x["broken"]))))
            res.append(T("customer", P(ctx.f(x["broken_c"]))))
            res.append(T("agent", P(text, "resolve")))
            dec.add("line_breaks_up_mid_resolution")
        else:
            res.append(T("agent", P(text, "resolve")))
    res.append(T("customer", P(ctx.f(pick(r, x["ack"])))))
    close = []
    if "inbound/anything_else" in f:
        if r.random() < 0.5:
            close.append(T("customer", P(ctx.f(x["c_anyelse"]))))
            close.append(T("agent", P(ctx.f(x["a_noneed"]))))
            dec.add("anything_else_asked_by_customer")
        else:
            dec.add("no_anything_else")
    else:
        close.append(T("agent", P(ctx.f(pick(r, sty["anyelse"])), "anyelse")))
        close.append(T("customer", P(ctx.f(pick(r, x["no_more"])))))
    th, thtag = pick(r, sty["thanks"])
    by, bytag = pick(r, sty["bye"])
    cl = []
    thp = P(ctx.f(th), "thanks")
    byp = P(ctx.f(by), "bye")
    if "inbound/thanks" in f and "inbound/goodbye" in f:
        cl = []
        dec.add("no_closing_at_all")
    elif "inbound/thanks_before_goodbye" in f:
        cl = [byp, thp]
        dec.add("goodbye_before_thanks")
    elif "inbound/thanks" in f:
        cl = [byp]
        dec.add("closing_without_thanks")
    elif "inbound/goodbye" in f:
        cl = [thp]
        dec.add("closing_without_goodbye")
    else:
        cl = [thp, byp]
    if name_late:
        cl.insert(len(cl) - 1, P(ctx.f(x["inname"]), "name"))
    for p in cl:
        if p is thp and thtag:
            dec.add(thtag)
        if p is byp and bytag:
            dec.add(bytag)
    if cl:
        close.append(T("agent", *cl))
    close.append(T("customer", P(ctx.f(pick(r, x["final"]))), last=True))
    return turns, mids, res + close, dec


def build_outbound(lang, ctx, plan, r, cnt):
    x = X[lang]
    f = plan["faults"]
    key, cats, purpose, csent, detail = plan["scenario"]
    dec = set()
    turns = [T("customer", P(ctx.f(x["out_hello"])))]
    op = [P(ctx.f(pick(r, x["out_open"])), "greet")]
    if "outbound/identify_self" in f:
        dec.add("no_self_identification")
        nm = None
    else:
        nm = P(ctx.f(x["out_name"]), "name")
    if "outbound/identify_company" in f:
        co = P(ctx.f(x["out_team"]))
        dec.add("no_company_named")
    else:
        co = P(ctx.f(x["out_co"]), "company")
    if nm:
        op.append(nm)
    elif lang == "en":
        co["text"] = "I'm " + co["text"]
    else:
        co["text"] = "Em " + co["text"]
    op.append(co)
    op.append(P(ctx.f(x["out_ask"].replace("{who}", ctx.who))))
    turns.append(T("agent", *op))
    turns.append(T("customer", P(ctx.f(x["out_yes"]))))
    late_p = "outbound/purpose" in f
    rec_fault = "outbound/recording_disclosure" in f
    rec_mode = "ok"
    if rec_fault:
        rec_mode = "late" if r.random() < 0.5 else "none"
        dec.add("recording_notice_after_window" if rec_mode == "late" else "no_recording_notice")
    con_mode = "ok"
    if "outbound/consent" in f:
        con_mode = "none" if r.random() < 0.5 else "late"
        dec.add("notice_without_consent" if con_mode == "none" else "consent_after_window")
    first = []
    if not late_p:
        first.append(P(ctx.f(purpose), "purpose"))
    if rec_mode == "ok":
        first.append(P(ctx.f(x["record"]), "record"))
        if con_mode == "ok":
            first.append(P(ctx.f(pick(r, x["consent"])), "consent"))
    if late_p:
        first.append(P(ctx.f(x["out_sec"])))
        dec.add("purpose_after_window")
    turns.append(T("agent", *first))
    topic = P(ctx.f(csent), cats=cats)
    if rec_mode == "ok" and con_mode == "ok" and not late_p:
        turns.append(T("customer", P(ctx.f(x["consent_yes"])), topic))
    elif not late_p:
        turns.append(T("customer", topic))
    if late_p:
        sec = EN_SECURITY if lang == "en" else VI_SECURITY
        pre = [P(ctx.f(x["consent_yes"]))] if rec_mode == "ok" and con_mode == "ok" else []
        turns.append(T("customer", *pre, P(ctx.f(pick(r, x["out_ok"])))))
        for q, a in sec:
            turns.append(T("agent", P(ctx.f(q))))
            turns.append(T("customer", P(ctx.f(a))))
        turns.append(T("agent", P(ctx.f(purpose), "purpose"), min_abs=63.5))
        turns.append(T("customer", topic))
    if plan["anger"]:
        turns.extend(anger_block(lang, ctx, plan, r, dec, True))
    late = []
    if rec_mode == "late":
        ps = [P(ctx.f(x["record"]), "record")]
        if con_mode == "ok":
            ps.append(P(ctx.f(pick(r, x["consent"])), "consent"))
        late.append(T("agent", *ps, min_abs=63.5))
        late.append(T("customer", P(ctx.f(x["consent_yes"]))))
    if con_mode == "late":
        late.append(T("agent", P(ctx.f(x["consent_late"]), "consent"), min_abs=93.5))
        late.append(T("customer", P(ctx.f(x["consent_yes"]))))
    mids = middle_blocks(lang, ctx, plan, r, dec, cnt)
    tail = [T("agent", P(ctx.f(detail))), T("customer", P(ctx.f(pick(r, x["out_ok"])))),
            T("agent", P(ctx.f(x["out_close"]))),
            T("customer", P(ctx.f(x["out_final"])), last=True)]
    return turns, mids, late, tail, dec


# ---------------------------------------------------------------- timing
def word_cs(w: str, lang: str, speed: float) -> int:
    d = min(15 + 5.5 * len(w), 65) if lang == "en" else min(1.2 * (15 + 5.5 * len(w)), 78)
    return max(8, int(round(d * speed)))


def place(turns, lang, sp_a, sp_c, level, r):
    segs, pinfo, inter, raised = [], [], [], []
    prev_end = r.randint(30, 120)
    anger_start = None
    for tn in turns:
        sp = sp_a if tn["spk"] == "agent" else sp_c
        if tn["interrupt"]:
            ang = segs[-1]
            if ang["speaker"] != "customer" or not ang["_neg"]:
                return None
            a0, a1 = ang["_s"], ang["_e"]
            st = a0 + int((a1 - a0) * r.uniform(0.70, 0.85))
            if st < a0 + 100 or st > a1 - 150:
                return None
        else:
            st = prev_end + r.randint(60, 220) + tn["hold"]
            ms = None
            if tn["min_abs"] is not None:
                ms = int(tn["min_abs"] * 100)
            if tn["min_rel"] is not None and anger_start is not None:
                ms = anger_start + int(tn["min_rel"] * 100)
            if ms is not None and st < ms:
                st = ms + r.randint(0, 150)
        cur = st
        words = []
        for i, pc in enumerate(tn["pieces"]):
            if i:
                cur += r.randint(10, 35)
            on = (not pc["keep"]) and r.random() < [0.4, 0.6, 0.8, 0.9][level]
            ws = noise_words(pc["text"], lang, on, level, r)
            pinfo.append({"spk": tn["spk"], "tags": pc["tags"], "start": cur, "cats": pc["cats"]})
            for w in ws:
                d = word_cs(w, lang, sp)
                words.append([cur, cur + d, w])
                cur += d + r.randint(5, 14)
        s0, s1 = words[0][0], words[-1][1]
        seg = {"speaker": tn["spk"], "_s": s0, "_e": s1, "_w": words, "_neg": tn["neg"],
               "_last": tn["last"]}
        if tn["neg"] and anger_start is None:
            anger_start = s0
        if tn["interrupt"]:
            ang = segs[-1]
            inter.append({"speaker": "agent", "interrupted": "customer", "start_s": s0 / 100,
                          "overlap_s": round((min(s1, ang["_e"]) - s0) / 100, 2)})
        if tn["raised"]:
            a = s0 + r.randint(20, 80)
            b = max(a + 100, s1 - r.randint(20, 80))
            raised.append({"speaker": "customer", "start_s": a / 100, "end_s": b / 100,
                           "above_median_db": round(r.uniform(6.0, 12.9), 1)})
        segs.append(seg)
        prev_end = max(prev_end, s1)
    return segs, pinfo, inter, raised, anger_start


# ---------------------------------------------------------------- truth
def compute_truth(direction, lang, segs, pinfo, inter):
    t = {k: "na" for k in KEYS}
    end = max(s["_e"] for s in segs) / 100
    ag = [(p["start"] / 100, p["tags"]) for p in pinfo if p["spk"] == "agent"]

    def starts(tag):
        return sorted(s for s, tags in ag if tag in tags)

    def within(tag, lim):
        return "pass" if any(s <= lim for s in starts(tag)) else "fail"
    if direction == "inbound":
        t["inbound/greeting"] = within("greet", 20)
        t["inbound/company_name"] = within("company", 20)
        t["inbound/self_intro"] = within("name", 30)
        t["inbound/offer_help"] = within("offer", 45)
        t["inbound/confirm_problem"] = "pass" if starts("restate") else "fail"
        t["inbound/resolution"] = "pass" if starts("resolve") else "fail"
        t["inbound/anything_else"] = "pass" if starts("anyelse") else "fail"
        lt = [s for s in starts("thanks") if s >= end - 25]
        lb = [s for s in starts("bye") if s >= end - 25]
        t["inbound/thanks"] = "pass" if lt else "fail"
        t["inbound/goodbye"] = "pass" if lb else "fail"
        g, rs = starts("greet"), starts("resolve")
        if g and rs:
            t["inbound/greeting_before_resolution"] = "pass" if g[0] < rs[0] else "fail"
        if lt and lb:
            t["inbound/thanks_before_goodbye"] = "pass" if lt[0] < lb[0] else "fail"
    else:
        t["outbound/identify_self"] = within("name", 30)
        t["outbound/identify_company"] = within("company", 30)
        t["outbound/purpose"] = within("purpose", 60)
        t["outbound/recording_disclosure"] = within("record", 60)
        if starts("record"):
            t["outbound/consent"] = within("consent", 90)
    neg = [s for s in segs if s["_neg"]]
    if neg:
        a = min(s["_s"] for s in neg) / 100
        t["angry_caller/empathy"] = ("pass" if any(a <= s <= a + 20 for s in starts("empathy"))
                                     else "fail")
        bad = any(any(n["_s"] / 100 <= i["start_s"] <= n["_e"] / 100 for n in neg)
                  for i in inter)
        t["angry_caller/no_interrupting_angry_customer"] = "fail" if bad else "pass"
    t["angry_caller/no_blame"] = "fail" if starts("blame") else "pass"
    t["forbidden/profanity"] = "fail" if starts("swear") else "pass"
    if lang == "vi":
        t["forbidden/profanity_vi_strict"] = "fail" if starts("strict") else "pass"
    t["forbidden/rude"] = "fail" if starts("rude") else "pass"
    t["forbidden/no_card_readback"] = "fail" if starts("card") else "pass"
    return t


def near_edge(direction, segs, pinfo):
    end = max(s["_e"] for s in segs) / 100
    edges = ({"greet": [20], "company": [20], "name": [30], "offer": [45]}
             if direction == "inbound" else
             {"name": [30], "company": [30], "purpose": [60], "record": [60], "consent": [90]})
    neg = [s["_s"] / 100 for s in segs if s["_neg"]]
    for p in pinfo:
        if p["spk"] != "agent":
            continue
        s = p["start"] / 100
        for tag in p["tags"]:
            for e in edges.get(tag, []):
                if abs(s - e) < 2:
                    return True
            if tag in ("thanks", "bye") and abs(s - (end - 25)) < 2:
                return True
            if tag == "empathy" and neg and (abs(s - min(neg)) < 2
                                             or abs(s - min(neg) - 20) < 2):
                return True
    return False


# ---------------------------------------------------------------- independent text check
def strip_marks(w: str) -> str:
    d = unicodedata.normalize("NFD", w.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if not unicodedata.combining(c))


KW = {
    "greet": ["hello", "hi", "hiya", "hey", "morning", "afternoon", "evening", "howzit",
              "good day", "chào", "alô", "alo"],
    "company": ["acme", "ackmy", "act me", "hack me", "acma", "abc", "a bê sê", "ây bê si",
                "a bi xi", "ê bi sê"],
    "offer": ["help", "assist", "how can", "how may", "what can", "do for you", "point you",
              "make your day", "giúp", "hỗ trợ", "cần gì", "cần em", "việc gì"],
    "record": ["record", "recorded", "recording", "ghi âm"],
    "thanks": ["thanks", "thank", "cheers", "appreciate", "cảm ơn", "cám ơn"],
    "bye": ["bye", "goodbye", "take care", "ta ra", "good day", "see you", "tạm biệt", "chào"],
    "anyelse": ["else", "anything more", "further", "khác", "gì nữa", "gì thêm", "còn cần"],
    "empathy": ["sorry", "apologise", "understand", "worry", "oh no", "shame", "ag",
                "that must", "rotten", "xin lỗi", "tiếc", "hiểu", "thương", "trời"],
}
EN_SWEARS = {"shit", "fuck", "fucks", "fucking", "bloody", "crap", "damn", "hell", "sod",
             "bugger", "piss", "arse", "bollocks"}
VI_PLAIN_W = {"đệch", "dm", "đm"}
NUM_EN = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
          "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
NUM_VI = {"không": "0", "một": "1", "hai": "2", "ba": "3", "bốn": "4", "năm": "5",
          "sáu": "6", "bảy": "7", "tám": "8", "chín": "9"}


def agent_words(row):
    out = []
    for s in sorted(row["segments"], key=lambda s: s["start"]):
        if s["speaker"] == "agent":
            out.extend((w[0], w[2]) for w in s["words"])
    return out


def said(words, group, lo, hi):
    txt = " " + " ".join(w for t, w in words if lo <= t <= hi) + " "
    return any(f" {k} " in txt or f" {strip_marks(k)} " in txt for k in KW[group])


def card_found(words, lang):
    nums = NUM_EN if lang == "en" else NUM_VI
    toks = [w for t, w in words]
    best, run, i = 0, "", 0
    while i < len(toks):
        w = toks[i]
        dg = None
        if w.isdigit():
            dg = w
        elif w in nums:
            dg = nums[w]
        elif w in ("double", "treble") and i + 1 < len(toks) and toks[i + 1] in nums:
            dg = nums[toks[i + 1]] * (2 if w == "double" else 3)
            i += 1
        if dg is None:
            run = ""
        else:
            run += dg
            best = max(best, len(run))
        i += 1
    if best >= 12:
        return True
    for j, w in enumerate(toks):
        if w in ("code", "cvv", "mã"):
            for k in range(j + 1, min(j + 7, len(toks))):
                if toks[k].isdigit() and len(toks[k]) == 3:
                    return True
    return False


def text_check(row) -> list[str]:
    errs = []
    lang, tr = row["language"], row["truth"]
    ib = row["metadata"]["direction"] == "inbound"
    aw = agent_words(row)
    end = max(s["end"] for s in row["segments"])
    spoken = row["context"].split("; agent ")[1].split(" (")[0].lower()
    win = 21 if ib else 31
    if ib and tr["inbound/greeting"] == "fail" and said(aw, "greet", 0, 21):
        errs.append("greeting word")
    ck = "inbound/company_name" if ib else "outbound/identify_company"
    if tr[ck] == "fail" and said(aw, "company", 0, win):
        errs.append("company word")
    nk = "inbound/self_intro" if ib else "outbound/identify_self"
    if tr[nk] == "fail" and any(t <= 31 and w in (spoken, strip_marks(spoken)) for t, w in aw):
        errs.append("name said")
    if ib and tr["inbound/offer_help"] == "fail" and said(aw, "offer", 0, 46):
        errs.append("offer word")
    if not ib and tr["outbound/recording_disclosure"] == "fail" and said(aw, "record", 0, 61):
        errs.append("record word")
    if ib and tr["inbound/thanks"] == "fail" and said(aw, "thanks", end - 26, end + 1):
        errs.append("thanks word")
    if ib and tr["inbound/goodbye"] == "fail" and said(aw, "bye", end - 26, end + 1):
        errs.append("bye word")
    if ib and tr["inbound/anything_else"] == "fail" and said(aw, "anyelse", 0, end + 1):
        errs.append("anything-else word")
    neg = [s for s, lab in zip(row["segments"], row["sentiment"], strict=True) if lab == "negative"]
    if neg:
        a = min(s["start"] for s in neg)
        if tr["angry_caller/empathy"] == "fail" and said(aw, "empathy", a, a + 21):
            errs.append("empathy word")
        bad = any(any(n["start"] <= i["start_s"] <= n["end"] for n in neg)
                  for i in row["metrics"]["interruptions"] if i["speaker"] == "agent")
        if bad != (tr["angry_caller/no_interrupting_angry_customer"] == "fail"):
            errs.append("interruption label")
    elif (tr["angry_caller/empathy"], tr["angry_caller/no_interrupting_angry_customer"]) != (
            "na", "na"):
        errs.append("anger keys without anger")
    toks = {w for t, w in aw}
    if lang == "en":
        if bool(toks & EN_SWEARS) != (tr["forbidden/profanity"] == "fail"):
            errs.append("swear words")
    else:
        strict = bool(toks & set(STRICT))
        if strict != (tr["forbidden/profanity_vi_strict"] == "fail"):
            errs.append("strict words")
        if (strict or bool(toks & VI_PLAIN_W)) != (tr["forbidden/profanity"] == "fail"):
            errs.append("vi swear words")
    if card_found(aw, lang) != (tr["forbidden/no_card_readback"] == "fail"):
        errs.append("card run")
    return errs


# ---------------------------------------------------------------- plan
CONFLICT = [("inbound/greeting", "inbound/greeting_before_resolution"),
            ("inbound/resolution", "inbound/greeting_before_resolution"),
            ("inbound/thanks", "inbound/thanks_before_goodbye"),
            ("inbound/goodbye", "inbound/thanks_before_goodbye"),
            ("inbound/self_intro", "inbound/goodbye"),
            ("outbound/recording_disclosure", "outbound/consent")]


def make_plans(lang):
    r = rng(f"plan/{lang}")
    calls = [{"dir": "inbound"} for _ in range(110)] + [{"dir": "outbound"} for _ in range(40)]
    for c in calls:
        c["faults"], c["load"], c["swear"] = set(), 0, None
        c["anger"], c["self_anger"] = False, False
    ins = [c for c in calls if c["dir"] == "inbound"]
    outs = [c for c in calls if c["dir"] == "outbound"]
    # scenarios
    sc_in = EN_IN if lang == "en" else VI_IN
    drv = [s for s in sc_in if not s[5]]
    dec = [s for s in sc_in if s[5]]
    pool = [s for s in dec for _ in range(2)]
    k = 0
    while len(pool) < 110:
        pool.append(drv[k % len(drv)])
        k += 1
    r.shuffle(pool)
    for c, s in zip(ins, pool, strict=True):
        c["scenario"] = s
    sc_out = EN_OUT if lang == "en" else VI_OUT
    pool = [s for s in sc_out for _ in range(5)]
    r.shuffle(pool)
    for c, s in zip(outs, pool, strict=True):
        c["scenario"] = s
    # agents and callers, balanced
    agents = EN_AGENTS if lang == "en" else VI_AGENTS
    alist = [(st, a) for st in agents for a in agents[st]]
    callers = EN_CALLERS if lang == "en" else VI_CALLERS
    order = list(range(150))
    r.shuffle(order)
    for i, ci in enumerate(order):
        calls[ci]["style"], calls[ci]["agent"] = alist[i % 12]
        calls[ci]["caller"] = callers[(i * 5 + i // 12) % 8][0]
    # reserve fault-free calls
    free_in = set(r.sample(range(110), 17))
    free_out = set(r.sample(range(40), 6))
    cand_in = [c for i, c in enumerate(ins) if i not in free_in]
    cand_out = [c for i, c in enumerate(outs) if i not in free_out]
    tokens = []
    for key in ["inbound/greeting_before_resolution", "inbound/thanks_before_goodbye"]:
        tokens += [("in", key)] * 9
    for key in ["outbound/consent", "outbound/recording_disclosure"]:
        tokens += [("out", key)] * 9
    for key in IN_KEYS:
        if key not in ("inbound/greeting_before_resolution", "inbound/thanks_before_goodbye"):
            tokens += [("in", key)] * 9
    for key in OUT_KEYS:
        if key not in ("outbound/consent", "outbound/recording_disclosure"):
            tokens += [("out", key)] * 9
    for key in GEN_KEYS:
        if key == "forbidden/profanity":
            kind = "en" if lang == "en" else "strict"
            tokens += [("in", (key, kind))] * 7 + [("out", (key, kind))] * 2
            if lang == "vi":
                tokens += [("in", (key, "plain"))] * 2
        else:
            tokens += [("in", key)] * 7 + [("out", key)] * 2
    for side, key in tokens:
        kind = None
        if isinstance(key, tuple):
            key, kind = key
        cand = cand_in if side == "in" else cand_out
        w = 2 if kind == "strict" else 1
        ok = []
        for c in cand:
            if key in c["faults"] or c["load"] + w > 3:
                continue
            if any((key == a and b in c["faults"]) or (key == b and a in c["faults"])
                   for a, b in CONFLICT):
                continue
            anger_key = key.startswith("angry_caller/e") or "interrupting" in key
            if anger_key and c["dir"] == "inbound" and c["scenario"][-1]:
                continue
            ok.append(c)
        low = min(c["load"] for c in ok)
        ch = pick(r, [c for c in ok if c["load"] == low])
        ch["faults"].add(key)
        if kind == "strict":
            ch["faults"].add("forbidden/profanity_vi_strict")
        if kind:
            ch["swear"] = kind
        ch["load"] += w
    # anger
    for c in calls:
        if {"angry_caller/empathy", "angry_caller/no_interrupting_angry_customer"} & c["faults"]:
            c["anger"] = True
    for side, n in (("inbound", 28), ("outbound", 4)):
        have = [c for c in calls if c["dir"] == side and c["anger"]]
        calm = [c for c in calls if c["dir"] == side and not c["anger"]
                and not (side == "inbound" and c["scenario"][-1])]
        r.shuffle(calm)
        for c in calm[:max(0, n - len(have))]:
            c["anger"] = True
    selfish = {"festival_wallet", "hike_card", "login_locked", "parcel_scam", "khoa_pin",
               "otp_scam", "ben_thanh", "rot_the_dam_cuoi"}
    cands = [c for c in ins if c["anger"] and c["scenario"][0] in selfish]
    for c in cands[:3]:
        c["self_anger"] = True
    return calls


# ---------------------------------------------------------------- rows
def build_call(lang, plan, cid, cnt, stats):
    callers = EN_CALLERS if lang == "en" else VI_CALLERS
    caller = [c for c in callers if c[0] == plan["caller"]][0]
    styles = EN_STYLE if lang == "en" else VI_STYLE
    assert plan["style"] in styles
    full, spoken = plan["agent"]
    why = {}
    for attempt in range(400):
        r = rng(f"call/{cid}/{attempt}")
        c0 = dict(cnt)
        ctx = Ctx(lang, plan["style"], spoken, caller)
        if plan["dir"] == "inbound":
            head, mids, tail, dec = build_inbound(lang, ctx, plan, r, c0)
            late = []
        else:
            head, mids, late, tail, dec = build_outbound(lang, ctx, plan, r, c0)
        base = len(head) + len(mids) + len(late) + len(tail)
        long_ = r.random() < 0.45 or base > 15 or bool(late)
        target = r.randint(21, 27) if long_ else r.randint(max(base, 12), 15)
        k = max(0, (target - base) // 2)
        fl = [t for pair in fillers(lang, ctx, r, k) for t in pair]
        turns = head + mids + fl + late + tail
        n = len(turns)
        if not (9 <= n <= 15 or 21 <= n <= 34):
            why["nseg"] = why.get("nseg", 0) + 1
            continue
        level = r.randint(0, 3)
        sp_a = r.uniform(0.90, 1.05)
        sp_c = r.uniform(0.95, 1.15)
        placed = place(turns, lang, sp_a, sp_c, level, r)
        if placed is None:
            why["place"] = why.get("place", 0) + 1
            continue
        segs, pinfo, inter, raised, _ = placed
        dur = max(s["_e"] for s in segs) / 100
        if not 50 <= dur <= 240:
            why["dur"] = why.get("dur", 0) + 1
            continue
        truth = compute_truth(plan["dir"], lang, segs, pinfo, inter)
        fails = {k2 for k2, v in truth.items() if v == "fail"}
        if fails != plan["faults"]:
            why["fails " + " ".join(sorted(fails ^ plan["faults"]))] = 1
            continue
        if near_edge(plan["dir"], segs, pinfo):
            why["edge"] = why.get("edge", 0) + 1
            continue
        cats = set()
        for p in pinfo:
            cats.update(p["cats"])
        if plan["anger"] and not plan["self_anger"]:
            cats.add("complaint")
        sent = []
        for s in segs:
            sent.append("negative" if s["_neg"] else "positive" if s["_last"] else "neutral")
        scen = plan["scenario"][0]
        ctxs = (f"{plan['dir']}/{scen}; caller: {caller[1]}; agent {spoken} "
                f"({plan['style']}); {'long' if n >= 21 else 'short'}; noise level {level}; "
                f"{'angry' if plan['anger'] else 'calm'}")
        queue = plan["scenario"][1][0] if plan["scenario"][1] else "general"
        row = {
            "id": "", "split": SPLIT, "language": lang,
            "metadata": {"direction": plan["dir"], "queue": queue, "agent_name": full,
                         "language": lang},
            "faults": [k2 for k2 in KEYS if truth[k2] == "fail"],
            "decoys": sorted(dec),
            "context": ctxs,
            "segments": [{"speaker": s["speaker"], "start": s["_s"] / 100, "end": s["_e"] / 100,
                          "text": " ".join(w[2] for w in s["_w"]),
                          "words": [[w[0] / 100, w[1] / 100, w[2]] for w in s["_w"]]}
                         for s in segs],
            "sentiment": sent,
            "metrics": {"speaker_separated": True, "interruptions": inter,
                        "raised_voice": raised},
            "truth": truth,
            "categories": sorted(cats),
        }
        if text_check(row):
            why["text " + ",".join(text_check(row))] = 1
            stats["textfail"] += 1
            continue
        cnt.update(c0)
        stats["redraws"] += attempt
        return row
    raise RuntimeError(f"could not build {cid}: {plan['faults']} {plan['scenario'][0]} {why}")


def build_all():
    rows = []
    stats = {"redraws": 0, "textfail": 0}
    for lang, base in (("en", 0), ("vi", 150)):
        plans = make_plans(lang)
        cnt = {"blame": 0, "rude": 0, "swear": 0, "strict": 0, "plain": 0, "card": 0}
        built = [build_call(lang, p, f"{lang}/{i}", cnt, stats) for i, p in enumerate(plans)]
        order = list(range(150))
        rng(f"order/{lang}").shuffle(order)
        for j, i in enumerate(order):
            built[i]["id"] = f"{lang}-heldout22-{base + j:03d}"
        rows.extend(sorted(built, key=lambda x: x["id"]))
    return rows, stats


def dumps(rows) -> str:
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)


# ---------------------------------------------------------------- validation and tables
ROW_KEYS = ["id", "split", "language", "metadata", "faults", "decoys", "context", "segments",
            "sentiment", "metrics", "truth", "categories"]


def cs_ok(v) -> bool:
    return abs(v * 100 - round(v * 100)) < 1e-6


def validate(rows) -> None:
    assert len(rows) == 300
    ids = [x["id"] for x in rows]
    assert ids == [f"en-heldout22-{i:03d}" for i in range(150)] + [
        f"vi-heldout22-{i:03d}" for i in range(150, 300)]
    for x in rows:
        rid = x["id"]
        assert list(x) == ROW_KEYS, rid
        assert x["split"] == SPLIT and x["language"] in ("en", "vi"), rid
        md = x["metadata"]
        assert list(md) == ["direction", "queue", "agent_name", "language"], rid
        assert md["language"] == x["language"], rid
        tr = x["truth"]
        assert list(tr) == KEYS and all(v in ("pass", "fail", "na") for v in tr.values()), rid
        assert x["faults"] == [k for k in KEYS if tr[k] == "fail"], rid
        assert x["decoys"] == sorted(x["decoys"]), rid
        assert x["categories"] == sorted(set(x["categories"])), rid
        assert all(c in DRIVERS for c in x["categories"]), rid
        other = OUT_KEYS if md["direction"] == "inbound" else IN_KEYS
        assert all(tr[k] == "na" for k in other), rid
        if x["language"] == "en":
            assert tr["forbidden/profanity_vi_strict"] == "na", rid
        segs = x["segments"]
        n = len(segs)
        assert 9 <= n <= 15 or 21 <= n <= 34, rid
        assert len(x["sentiment"]) == n, rid
        prev = -1
        for s, lab in zip(segs, x["sentiment"], strict=True):
            assert list(s) == ["speaker", "start", "end", "text", "words"], rid
            assert s["speaker"] in ("agent", "customer"), rid
            assert " ".join(w[2] for w in s["words"]) == s["text"], rid
            assert s["start"] == s["words"][0][0] and s["end"] == s["words"][-1][1], rid
            t0 = -1
            for a, b, _ in s["words"]:
                assert cs_ok(a) and cs_ok(b) and t0 <= a < b, rid
                t0 = b
            assert s["start"] >= prev, rid
            prev = s["start"]
            assert lab in ("positive", "neutral", "negative"), rid
            if lab == "negative":
                assert s["speaker"] == "customer", rid
        inter = x["metrics"]["interruptions"]
        for i in range(n - 1):
            if segs[i + 1]["start"] < segs[i]["end"]:
                assert any(abs(it["start_s"] - segs[i + 1]["start"]) < 1e-9 for it in inter), rid
        for it in inter:
            assert list(it) == ["speaker", "interrupted", "start_s", "overlap_s"], rid
            assert it["overlap_s"] > 0, rid
        assert x["metrics"]["speaker_separated"] is True, rid
        dur = max(s["end"] for s in segs)
        assert 50 <= dur <= 240, rid
        assert not text_check(x), (rid, text_check(x))
    for lang in ("en", "vi"):
        rs = [x for x in rows if x["language"] == lang]
        assert sum(x["metadata"]["direction"] == "inbound" for x in rs) == 110
        assert sum(not x["faults"] for x in rs) >= 20
        for k in KEYS:
            if k == "forbidden/profanity_vi_strict" and lang == "en":
                continue
            assert sum(x["truth"][k] == "fail" for x in rs) >= 9, (lang, k)
    for k in KEYS:
        assert sum(x["truth"][k] == "pass" for x in rows) >= 40, k
    for d in DRIVERS:
        assert sum(d in x["categories"] for x in rows) >= 15, d


def tables(rows, stats) -> str:
    out = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
           "|---|---|---|---|---|---|---|"]
    for k in KEYS:
        c = []
        for lang in ("en", "vi"):
            for v in ("fail", "pass", "na"):
                c.append(sum(x["language"] == lang and x["truth"][k] == v for x in rows))
        out.append(f"| {k} | " + " | ".join(map(str, c)) + " |")
    out += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for d in DRIVERS + [None]:
        c = [sum(x["language"] == lg and ((d in x["categories"]) if d else not x["categories"])
                 for x in rows) for lg in ("en", "vi")]
        out.append(f"| {d or '(none)'} | {c[0]} | {c[1]} | {sum(c)} |")
    out.append("")
    fc = {}
    for x in rows:
        fc[len(x["faults"])] = fc.get(len(x["faults"]), 0) + 1
    out.append("Faults per call: " + ", ".join(f"{k} in {fc[k]}" for k in sorted(fc)))
    for lang in ("en", "vi"):
        rs = [x for x in rows if x["language"] == lang]
        out.append(
            f"{lang}: fault-free {sum(not x['faults'] for x in rs)}, angry "
            f"{sum('negative' in x['sentiment'] for x in rs)}, long "
            f"{sum(len(x['segments']) >= 21 for x in rs)}, raised voice "
            f"{sum(bool(x['metrics']['raised_voice']) for x in rs)}, interruptions "
            f"{sum(bool(x['metrics']['interruptions']) for x in rs)}")
    durs = [max(s["end"] for s in x["segments"]) for x in rows]
    ns = [len(x["segments"]) for x in rows]
    out.append(f"Length {min(durs):.1f}-{max(durs):.1f} s; segments {min(ns)}-{max(ns)}")
    dc = {}
    for x in rows:
        for d in x["decoys"]:
            dc[d] = dc.get(d, 0) + 1
    out.append("Decoy tags: " + ", ".join(f"{k} {dc[k]}" for k in sorted(dc)))
    out.append(f"Redraws {stats['redraws']} (text-check redraws {stats['textfail']})")
    return "\n".join(out)


def main(argv) -> int:
    rows, stats = build_all()
    validate(rows)
    data = dumps(rows)
    if "--check" in argv:
        same = OUT.read_bytes() == data.encode("utf-8")
        print("check:", "identical" if same else "DIFFERENT")
        return 0 if same else 1
    OUT.write_bytes(data.encode("utf-8"))
    print(tables(rows, stats))
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
