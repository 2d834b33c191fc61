#!/usr/bin/env python3
"""Build heldout20: a blind held-out set for the compliance rules and call categories.

Standard library only; deterministic. `python3 build_heldout20.py` writes heldout20.jsonl,
validates it and prints the count tables; `--check` rebuilds in memory and compares bytes;
`--plant` also runs the planting test of the independent text check.
"""

import hashlib
import json
import random
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout20.jsonl"
SEED = "heldout20-20261205"
SPLIT = "heldout20"

RULES = [
    "inbound/greeting", "inbound/company_name", "inbound/self_intro", "inbound/offer_help",
    "inbound/confirm_problem", "inbound/resolution", "inbound/anything_else", "inbound/thanks",
    "inbound/goodbye", "inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
    "outbound/identify_self", "outbound/identify_company", "outbound/purpose",
    "outbound/recording_disclosure", "outbound/consent", "angry_caller/empathy",
    "angry_caller/no_blame", "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity", "forbidden/profanity_vi_strict", "forbidden/rude",
    "forbidden/no_card_readback",
]
IN_RULES = RULES[:11]
OUT_RULES = RULES[11:16]
GEN_RULES = ["angry_caller/empathy", "angry_caller/no_blame",
             "angry_caller/no_interrupting_angry_customer", "forbidden/profanity",
             "forbidden/rude", "forbidden/no_card_readback"]
CATS = ["address_change", "billing", "cancellation", "card_lost", "complaint", "fraud",
        "outage", "payment", "refund"]


def rng_for(label):
    return random.Random(int(hashlib.sha256((SEED + "/" + label).encode()).hexdigest(), 16))


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------------------------
# Agents (12 per language, 2 per style) and caller profiles
# ---------------------------------------------------------------------------------------------

EN_AGENTS = [
    ("Imogen Tully", "Imogen", "slow_numbers"), ("Rufus Okoro", "Rufus", "slow_numbers"),
    ("Henrietta Lowe", "Henrietta", "apologiser"), ("Malcolm Dray", "Malcolm", "apologiser"),
    ("Zara Whitlock", "Zara", "first_name"), ("Kofi Mensah", "Kofi", "first_name"),
    ("Petra Blake", "Petra", "hedger"), ("Lionel Ashby", "Lionel", "hedger"),
    ("Anwen Rhys", "Anwen", "numbered"), ("Ignatius Cole", "Ignatius", "numbered"),
    ("Siobhan Doyle", "Siobhan", "irish"), ("Cormac Flynn", "Cormac", "irish"),
]
VI_AGENTS = [
    ("Nguyễn Thị Uyên", "Uyên", "con_cochu"), ("Trần Văn Kiệt", "Kiệt", "con_cochu"),
    ("Lê Thị Khuê", "Khuê", "da_vang"), ("Phạm Minh Khang", "Khang", "da_vang"),
    ("Huỳnh Thị Bích", "Bích", "southern"), ("Võ Văn Cường", "Cường", "southern"),
    ("Đỗ Thị Duyên", "Duyên", "formal_script"), ("Vũ Đình Luân", "Luân", "formal_script"),
    ("Hoàng Thị Sương", "Sương", "summariser"), ("Đặng Văn Vỹ", "Vỹ", "summariser"),
    ("Phan Thị Ngọc", "Ngọc", "minh_both"), ("Bùi Thanh Tuệ", "Tuệ", "minh_both"),
]
STYLE_TEXT = {
    "slow_numbers": "repeats every number back slowly",
    "apologiser": "apologises a lot",
    "first_name": "first-name terms at once",
    "hedger": "hedges (I think, probably)",
    "numbered": "numbered steps (first, second)",
    "irish": "Irish (grand, so it is)",
    "con_cochu": "calls the caller co/chu and says con",
    "da_vang": "says da vang before every turn",
    "southern": "Southern (da, nha, hen)",
    "formal_script": "reads a script in long formal sentences",
    "summariser": "summarises at every step",
    "minh_both": "says minh for both sides",
}

# profile key: (description, first name, speed, touch on the problem line)
EN_PROFILES = [
    ("liverpool_dispatcher", "a Liverpool taxi dispatcher", "Terry", 0.95,
     "Sorry, radio's going mad here, hang on. Right."),
    ("welsh_miner", "a retired Welsh miner, slow and polite", "Emrys", 1.15,
     "If it's no bother to you, that is."),
    ("night_nurse", "a nurse coming off a night shift, tired", "Bernadette", 1.1,
     "Sorry, I've just done twelve hours on the ward."),
    ("market_trader", "a market trader shouting over the stalls", "Vinnie", 0.97,
     "Two for a fiver, love! Sorry, not you. Where was I?"),
    ("teen_with_parent", "a teenage first-account holder, a parent listening", "Jayden", 1.0,
     "My dad's here as well, he's listening in."),
    ("wedding_planner", "a wedding planner in a hurry", "Portia", 0.96,
     "I've got a rehearsal in twenty minutes, so if we can be quick."),
    ("farmer_tractor", "a farmer calling from a tractor, dropouts", "Gethin", 1.05,
     "You're breaking up a bit, I'm out in the top field."),
    ("precise_accountant", "a Nigerian-British accountant, precise with numbers", "Folake",
     1.0, "To be exact about the figures, as I always am."),
]
# (key, description, pronoun agents use, caller self word, gender, speed, touch)
VI_PROFILES = [
    ("quang_nam_fisher", "ngư dân Quảng Nam (mô, răng, tê, chi)", "anh", "tui", "m", 1.05,
     "Chừ tui biết mần răng đây?"),
    ("saigon_food_seller", "chị bán hàng rong Sài Gòn (tui, hông, nghen, vậy đó)", "chị", "tui",
     "f", 0.97, "Vậy đó, tui hông biết tính sao nghen."),
    ("haiphong_docker", "công nhân bốc xếp cảng Hải Phòng, cộc lốc", "anh", "anh", "m", 0.95,
     "Làm nhanh hộ cái."),
    ("thanh_hoa_grandma", "bà cụ Thanh Hoá, nói chậm, hay nhắc lại", "bà", "bà", "f", 1.15,
     "Bà nói lại cho rõ nhá, bà già rồi."),
    ("can_tho_trader", "chú buôn ghe ở Cần Thơ", "chú", "chú", "m", 1.05,
     "Chú đang trên ghe, sóng hơi lớn."),
    ("hanoi_office", "cô nhân viên văn phòng trẻ ở Hà Nội, nói nhanh, chêm tiếng Anh", "chị",
     "mình", "f", 0.95, "Mình đang có meeting nên nói nhanh nhé."),
    ("pagoda_monk", "thầy trụ trì gọi cho tài khoản của chùa, rất điềm tĩnh", "thầy", "thầy",
     "m", 1.1, "Thầy cũng không vội, mô Phật."),
    ("coffee_grower", "anh trồng cà phê ở Tây Nguyên", "anh", "anh", "m", 1.0,
     "Đang mùa hái cà phê nên anh gọi tranh thủ."),
]
EN_FEMALE = {"Bernadette", "Portia", "Folake"}
EN_SURNAMES = ["Abara", "Quennell", "Tranter", "Okpara"]
VI_NAMES = {"f": [("Lụa", "Trần Thị Lụa"), ("Huệ", "Phạm Thị Huệ")],
            "m": [("Tín", "Lê Văn Tín"), ("Lành", "Đỗ Văn Lành")]}

# ---------------------------------------------------------------------------------------------
# Scenarios: (key, categories, topic, problem, restatement, resolution, decoy tag or "")
# ---------------------------------------------------------------------------------------------

EN_IN = [
    ("venue_deposit", ["refund"], "the venue deposit",
     "Our wedding venue's gone into administration, and we'd paid them a two thousand pound "
     "deposit on my debit card. Honestly, the owners are a pair of crooks. I want that money "
     "back.",
     "So the venue has gone under, and you'd like the two thousand pound deposit you put on "
     "your debit card returned.",
     "I'm raising a chargeback for the two thousand today, and a letter with the case number "
     "goes out tomorrow; the money should be back within ten working days.",
     "strong_words_about_third_party_calm"),
    ("care_home_order", ["payment"], "the care home",
     "My mum's care home rang. The standing order to them stopped last month and I need to "
     "pay the fourteen hundred that's missing, today if I can.",
     "So the standing order for your mum's care home stopped, and you want to pay them the "
     "missing fourteen hundred today.",
     "I've sent the fourteen hundred to the care home just now as a faster payment, and the "
     "standing order is set up again from the first of next month.", ""),
    ("car_auction", [], "the auction payment",
     "I bought a car at an auction this morning and the payment's stuck, it says held for "
     "checks. The auction house won't release the car till it clears.",
     "So your payment to the car auction is held for checks, and they won't let the car go "
     "until it's through.",
     "I've cleared the checks on that payment; it reaches the auction house within the hour "
     "and I'll text you once it lands.", ""),
    ("charity_reader", ["billing", "refund"], "the charity shop charge",
     "I bought a lamp in a charity shop and their card reader took the money twice, twelve "
     "pounds fifty both times. I'd like the second one back.",
     "So the charity shop's reader charged you twelve fifty twice, and you want the extra one "
     "refunded.",
     "I've disputed the second twelve fifty and it'll be back in your account in three to five "
     "working days.", ""),
    ("concert_prepaid", ["card_lost"], "the prepaid card",
     "My lad's fifteen and he lost his prepaid card at a concert last night. There's about "
     "sixty quid on it.",
     "So your son's prepaid card went missing at the concert, with roughly sixty pounds on it.",
     "I've frozen his card so the sixty pounds is safe, and a new card will reach your address "
     "in four to six days.", ""),
    ("app_update_logout", ["outage"], "the app",
     "Every time your app updates it logs me out and then won't let me back in. Third time "
     "this month.",
     "So after each update the app throws you out and you can't get back in.",
     "I've reset your app registration; delete the app, reinstall it, then log in with the "
     "one-time passcode I'm texting you now.", ""),
    ("marketplace_bike", ["refund"], "the bike",
     "I paid two hundred and forty pounds for a bike on one of those online marketplaces and "
     "it never came. The seller's vanished. Can I get my money back?",
     "So you paid two hundred and forty for a bike online, it never turned up, and you'd like "
     "the money back.",
     "I'm opening a purchase claim for the two forty; once you email us the seller's messages, "
     "we'll decide within fifteen working days.", "resolution_needs_customer_action"),
    ("surveyor_fee", ["billing"], "the surveyor's fee",
     "There's a three hundred pound surveyor's fee on my statement, but I withdrew the "
     "mortgage application before anyone surveyed anything. It hasn't gone out yet, I just "
     "want it taken off.",
     "So a three hundred pound survey fee has been put on your statement for a mortgage "
     "application you'd already withdrawn.",
     "I've cancelled that fee so it will never be taken, and the corrected statement comes "
     "through by Monday.", ""),
    ("marriage_merge", [], "the two accounts",
     "I got married in May and changed my surname, and somehow I've now got two accounts, one "
     "in each name. Can you make them one?",
     "So since your name change you've ended up with two accounts, old name and new, and you "
     "want them combined.",
     "I've booked the merge; once you send us a copy of the marriage certificate, we'll move "
     "everything into the new-name account within five days.",
     "resolution_needs_customer_action"),
    ("expat_dormant", [], "the dormant account",
     "I've been working in Dubai for eight years and my old account here has gone dormant. "
     "I'm back for good and can't use it.",
     "So your account went dormant while you were abroad, and you'd like it working again now "
     "you're home.",
     "I've reactivated the account; bring your passport into any branch this week and the "
     "card will work the same day.", ""),
    ("crew_wages", [], "the crew's wages",
     "I skipper a fishing boat and my crew's wages were meant to land on Friday. It's Tuesday "
     "and they still haven't got them.",
     "So the crew's wages you sent for Friday still haven't reached them, four days on.",
     "The payment was stuck in a batch; I've released it and the crew will have the money by "
     "three o'clock today.", ""),
    ("house_move", ["address_change"], "the new address",
     "We move house on the fifth, and I'd like all my post going to the new place from then.",
     "So you're moving on the fifth and want the new address on the account from that date.",
     "I've put the new address on from the fifth, and a confirmation letter will reach you "
     "there the week after.", ""),
    ("branch_closed", ["complaint"], "the branch",
     "You shut our branch on the high street, the nearest one now is twenty miles off, and "
     "the staff there were short with me. I want to make a formal complaint.",
     "So you'd like to complain about the branch closing and about how you were treated at "
     "the next nearest one.",
     "I've logged the complaint, reference 4017, and a complaints handler will phone you "
     "within five working days.", "resolution_reference_and_time"),
    ("sole_trader_close", ["cancellation"], "the business account",
     "I'm retiring at the end of the month, so I'd like to close my sole trader business "
     "account.",
     "So you're retiring and want the business account closed.",
     "I've started the closure; the balance goes across to your personal account on Friday "
     "and the business account closes that same day.", ""),
    ("euro_order", [], "the euros",
     "I need four hundred euros for a holiday next week. Can I order them through you?",
     "So you want four hundred euros in hand before you go away next week.",
     "I've ordered the four hundred euros to your home address; they'll come by special "
     "delivery on Thursday.", ""),
    ("fake_parking_site", ["fraud"], "the parking fine",
     "I paid a parking fine on a website that turned out to be fake, and now there are three "
     "payments on my card I never made.",
     "So after you paid the fine on a fake site, three payments you don't recognise have gone "
     "out on your card.",
     "I've blocked the card and disputed all three payments; a new card is on its way and "
     "you'll hear about the dispute within ten days.", ""),
    ("cheque_twice", [], "the cheque",
     "I think I paid the same cheque in twice by mistake, once on the app and once at the "
     "counter.",
     "So the one cheque has gone in twice, once by the app and once over the counter.",
     "I've stopped the second one before it cleared; it drops off your pending list tonight "
     "and nothing more is needed from you.", ""),
    ("paperless_fee", ["billing"], "the paper statement charge",
     "I'm being charged two pounds a month for paper statements, but I went paperless in "
     "January.",
     "So you're still paying two pounds a month for paper statements after switching to "
     "paperless in January.",
     "I've switched the paper statements off properly and waived the charge from this month "
     "on, so you won't see it again.", ""),
    ("swimming_locker", ["card_lost"], "the card",
     "Someone got into my locker at the swimming baths and my purse has gone, card and all.",
     "So your purse was taken from the locker at the pool, with your card in it.",
     "I've cancelled that card, ordered a replacement for Wednesday, and added a note so any "
     "attempt to use the old one is declined.", ""),
    ("blank_bill_page", ["outage", "payment"], "the electricity bill",
     "Your website goes to a blank page every time I try to pay my electricity bill, and it's "
     "due tomorrow.",
     "So the website goes blank when you try to pay the electricity bill, and it's due "
     "tomorrow.",
     "I've taken the eighty-two pounds to the electricity company over the phone for you now, "
     "and the web team have the blank page fault logged.", ""),
    ("builder_invoice", ["payment"], "the builder's invoice",
     "I need to pay my builder's invoice, eight thousand, but the app won't let me go over "
     "five thousand in a day.",
     "So you need to pay the builder eight thousand, and the app caps you at five thousand a "
     "day.",
     "I've raised your limit for today only, so you can send the full eight thousand from the "
     "app straight after this call.", ""),
    ("prague_hotel", ["fraud"], "the Prague charges",
     "There are two charges from a hotel in Prague on my card. I've never been to Prague in "
     "my life.",
     "So two hotel charges from Prague are on your card, and you've never been there.",
     "I've stopped the card, disputed both hotel charges, and a new card goes out by first "
     "class post today.", ""),
    ("ferry_card", ["card_lost"], "the card",
     "I think my card slipped out of my pocket on the ferry over to Belfast.",
     "So you believe your card fell out of your pocket on the Belfast ferry.",
     "I've cancelled the card and a new one will be at your hotel by Thursday, since you're "
     "staying on.", ""),
    ("narrowboat", ["address_change"], "the address",
     "I've sold the house and moved onto a narrowboat, so my address is now the marina office.",
     "So you've moved onto a narrowboat and your post should go to the marina office now.",
     "I've changed your address to the marina office, and your next statement goes there.",
     ""),
    ("three_pence", ["billing"], "the overdraft fee",
     "You've charged me a fifteen pound overdraft fee for going three pence overdrawn. Three "
     "pence.",
     "So you were charged fifteen pounds for being three pence over your limit.",
     "I've taken the fifteen pound fee off before it posts, and I've set a text alert for when "
     "you get near zero.", ""),
    ("credit_card_close", ["cancellation"], "the credit card",
     "I've moved my credit card to another provider, so I'd like to cancel yours, please.",
     "So you've switched providers and want your credit card with us cancelled.",
     "The balance is zero, so I've closed the card today; cut it up, and a closure letter "
     "will follow within a week.", ""),
    ("atm_short", ["refund"], "the cash machine",
     "The cash machine at the station gave me twenty pounds less than I asked for, and I want "
     "the twenty back.",
     "So the station cash machine gave you twenty short, and you'd like the twenty returned.",
     "I've logged a cash machine claim; the machine is counted on Thursday, and the twenty "
     "comes back to you the next day if it's over.", ""),
    ("contactless_dead", ["outage"], "contactless",
     "Contactless isn't working on my card anywhere. Three shops today, all declined.",
     "So your card's been declined on contactless in every shop today.",
     "There's a fault on a batch of cards; I've ordered you a new one for tomorrow and turned "
     "on chip and PIN only until it comes.", ""),
    ("fee_seen_fine", [], "the daily limit",
     "I saw the two pound fee for the cash withdrawal abroad, that's fine, I knew about it. I "
     "just want to know how to raise my daily cash limit.",
     "So you're happy with the fee; what you want is a higher daily cash limit.",
     "I've raised your daily cash limit to five hundred pounds, and it works from midnight.",
     "fee_mentioned_not_disputed"),
    ("app_slow_once", [], "the savings pot",
     "The app was really slow yesterday, but it's fine now. I'm ringing to set up a savings "
     "pot for my daughter.",
     "So the app's working again, and you'd like a savings pot set up for your daughter.",
     "I've opened the pot; it's in your app now, and the first transfer can go in today.",
     "app_slow_once_now_fine"),
    ("refund_received", [], "the refund",
     "The shop refunded me last week and it's already in my account. I just need a letter "
     "showing it for my tax return.",
     "So the refund has already come in, and you need a letter confirming it.",
     "I've ordered the letter showing that refund, and it'll be posted to you tomorrow.",
     "refund_already_received"),
    ("dd_magazine", ["cancellation"], "the direct debit",
     "Can you cancel my direct debit to the magazine company? I don't read it any more.",
     "So you want the direct debit to the magazine company cancelled.",
     "I've cancelled that direct debit; nothing more will go out to them from today.",
     "cancel_direct_debit_third_party"),
    ("scam_call_no_loss", [], "the call",
     "Someone rang pretending to be you and asked for my PIN. I hung up, I didn't give them "
     "anything, nothing's gone out. I just wanted you to know.",
     "So you had a call from someone posing as us, you gave nothing away and no money's "
     "gone.",
     "I've put a note on your account and passed the caller's number to our security team; "
     "there's nothing you need to do.", "suspicious_call_no_loss"),
    ("complaint_dropped", [], "the phone number",
     "I was going to complain about waiting on hold, but actually, forget it, you've been "
     "quick. I need to update my mobile number.",
     "So you're not complaining after all; you want your mobile number updated.",
     "I've updated your mobile number, and a test text is on its way to it now.",
     "complaint_withdrawn_same_call"),
    ("sister_month", ["address_change"], "the post",
     "I'm staying at my sister's for a month while the kitchen's ripped out. Can my post go "
     "there until the end of March?",
     "So for a month you'd like your post sent to your sister's, up to the end of March.",
     "I've set a temporary address at your sister's until the thirty-first of March, and it "
     "switches back by itself after that.", "temporary_address_one_month"),
    ("card_found_coat", [], "the card",
     "I reported my card lost yesterday, but it was in my coat pocket all along. Can you "
     "switch it back on?",
     "So the card you reported lost has turned up in your coat, and you want it working "
     "again.",
     "The old card can't be switched back on once it's reported, but your new one is already "
     "posted and arrives on Friday.", "card_found_after_report"),
]

VI_IN = [
    ("coc_nha_tro", ["refund"], "khoản tiền cọc",
     "{T} chuyển ba triệu tiền cọc thuê nhà trọ mà gõ nhầm số tài khoản, giờ {T} muốn lấy lại "
     "số tiền đó.",
     "Dạ, tức là {P} chuyển ba triệu tiền cọc nhà trọ sang nhầm một số tài khoản lạ, và {P} muốn "
     "đòi lại khoản đó.",
     "{E} đã gửi yêu cầu tra soát ngay lúc này, số hồ sơ 7208; trong năm ngày làm việc bên {E} "
     "nhắn kết quả cho {P}.", "resolution_reference_and_time"),
    ("phi_sms_da_huy", ["billing", "cancellation"], "phí SMS",
     "{T} huỷ SMS banking từ tháng trước rồi, vậy mà tháng này vẫn bị trừ phí. Kiểm tra rồi "
     "huỷ hẳn cho {T}.",
     "Dạ, {P} đã huỷ SMS banking từ tháng trước nhưng vẫn bị thu phí, và {P} muốn dịch vụ bị "
     "huỷ hẳn.",
     "{E} đã tắt hẳn dịch vụ SMS trên hệ thống, từ hôm nay không còn phí nữa, và phí tháng này "
     "bên {E} hoàn về trong ngày.", ""),
    ("the_me_bi_khoa", [], "thẻ của mẹ",
     "Thẻ ATM của mẹ {T} bị khoá vì bà bấm sai mã PIN ba lần. Bà lớn tuổi rồi, giờ mở lại "
     "sao?",
     "Dạ, thẻ của mẹ {P} bị khoá sau ba lần nhập sai mã PIN, và {P} muốn mở lại cho bà.",
     "{E} đã mở khoá thẻ; bà mang căn cước ra quầy gần nhà để đặt mã PIN mới, chừng mười lăm "
     "phút là xong.", ""),
    ("livestream", ["fraud"], "hai giao dịch lạ",
     "{T} mua quần áo trên livestream, chuyển khoản xong thì tài khoản bị trừ thêm hai lần, "
     "mỗi lần hai triệu, {T} không hề làm.",
     "Dạ, sau khi mua hàng qua livestream thì tài khoản {P} bị trừ thêm hai lần hai triệu mà "
     "{P} không thực hiện.",
     "{E} đã khoá tài khoản điện tử và mở hồ sơ tranh chấp hai giao dịch đó; trong mười ngày "
     "bên {E} gọi lại báo kết quả.", ""),
    ("van_tay", ["outage"], "đăng nhập vân tay",
     "Ứng dụng ngân hàng không cho {T} đăng nhập bằng vân tay nữa, cứ báo lỗi từ hôm qua tới "
     "giờ.",
     "Dạ, từ hôm qua ứng dụng báo lỗi và không cho {P} đăng nhập bằng vân tay.",
     "{E} đã xoá đăng ký vân tay cũ; {P} đăng nhập bằng mật khẩu một lần, rồi vào cài đặt bật "
     "lại vân tay là dùng được.", ""),
    ("hoc_phi_con", ["payment"], "học phí của con",
     "{T} cần đóng học phí đại học cho con ở Sài Gòn, mười hai triệu, hạn chót thứ sáu này.",
     "Dạ, {P} cần đóng mười hai triệu học phí đại học cho con ở Sài Gòn trước thứ sáu.",
     "{E} đã chuyển mười hai triệu vào tài khoản của trường ngay bây giờ, biên nhận gửi qua "
     "tin nhắn cho {P} trong vài phút.", ""),
    ("ve_tau", ["refund"], "tiền vé tàu",
     "Chuyến tàu Thống Nhất của {T} bị huỷ, nhà ga nói hoàn tiền về thẻ mà mười ngày rồi chưa "
     "thấy. {T} muốn lấy lại tiền vé.",
     "Dạ, chuyến tàu Thống Nhất bị huỷ, tiền vé hoàn về thẻ chưa tới sau mười ngày, và {P} "
     "muốn nhận lại tiền.",
     "{E} đã tra được lệnh hoàn tiền từ đường sắt; tiền vé vào thẻ {P} chậm nhất sáng thứ "
     "hai.", ""),
    ("nhan_vien_quat", ["complaint"], "cô nhân viên",
     "{T} muốn khiếu nại cô nhân viên ở phòng giao dịch đường Trần Phú, nói chuyện cộc cằn, "
     "còn lớn tiếng với người già.",
     "Dạ, {P} muốn khiếu nại thái độ của nhân viên phòng giao dịch Trần Phú vì nói năng cộc "
     "cằn với khách lớn tuổi.",
     "{E} đã ghi nhận khiếu nại, số 5531; trưởng phòng giao dịch sẽ gọi cho {P} trong ba ngày "
     "làm việc.", ""),
    ("cho_noi", ["card_lost"], "cái thẻ",
     "Sáng nay đi chợ nổi Cái Răng, {T} làm rớt thẻ xuống sông mất rồi.",
     "Dạ, {P} đánh rơi thẻ xuống sông ở chợ nổi Cái Răng sáng nay.",
     "{E} đã khoá thẻ đó, thẻ mới làm xong trong năm ngày và gửi về chi nhánh Ninh Kiều cho {P} "
     "nhận.", ""),
    ("sao_ke_ve_que", ["address_change"], "địa chỉ sao kê",
     "{T} về quê ở hẳn rồi, muốn đổi địa chỉ nhận sao kê về Quảng Ngãi.",
     "Dạ, {P} đã về quê và muốn sao kê gửi về địa chỉ mới ở Quảng Ngãi.",
     "{E} đã cập nhật địa chỉ mới ở Quảng Ngãi, kỳ sao kê tới sẽ gửi về đó.", ""),
    ("vay_nuoi_tom", [], "khoản vay",
     "{T} muốn hỏi vay vốn nuôi tôm cho vụ tới, khoảng hai trăm triệu.",
     "Dạ, {P} cần vay chừng hai trăm triệu để nuôi tôm vụ tới.",
     "{E} đã đặt lịch cho cán bộ tín dụng tới ao của {P} sáng thứ năm; {P} chuẩn bị sổ đỏ và "
     "căn cước giúp {E}.", ""),
    ("bao_lanh_uc", [], "giấy xác nhận",
     "Con {T} sắp sang Úc du học, cần giấy xác nhận số dư của ngân hàng để làm hồ sơ.",
     "Dạ, con {P} đi du học Úc nên cần giấy xác nhận số dư để nộp hồ sơ.",
     "{E} đã lập yêu cầu, giấy xác nhận song ngữ có sau hai ngày làm việc, {P} nhận ở chi "
     "nhánh gần nhà.", ""),
    ("trung_cccd", [], "tài khoản bị phong toả",
     "Tài khoản {T} bị phong toả, nhân viên nói số căn cước trùng với người khác.",
     "Dạ, tài khoản {P} bị phong toả vì hệ thống ghi số căn cước trùng với căn cước của "
     "người ta.",
     "{E} đã gửi hồ sơ sửa thông tin; {P} chụp hai mặt căn cước gửi qua ứng dụng, rồi trong "
     "ngày mai tài khoản được mở lại.", "resolution_needs_customer_action"),
    ("mung_cuoi", [], "tiền mừng cưới",
     "{T} chuyển tiền mừng cưới cho đứa cháu hôm qua mà giao dịch cứ treo ở chữ đang xử lý.",
     "Dạ, khoản tiền mừng cưới {P} chuyển hôm qua vẫn treo ở trạng thái đang xử lý.",
     "{E} đã đẩy lại giao dịch đó, tiền vào tài khoản người nhận trong vòng một tiếng.", ""),
    ("phi_quan_ly", ["billing"], "phí quản lý",
     "Tháng nào cũng bị trừ mười nghìn phí quản lý tài khoản, mà {T} đâu có nhớ đăng ký cái "
     "đó.",
     "Dạ, mỗi tháng tài khoản {P} bị trừ mười nghìn phí quản lý mà {P} không nhớ đã đăng ký.",
     "Phí đó áp cho tài khoản dưới hai triệu; {E} đã chuyển {P} sang gói miễn phí, từ tháng "
     "sau không trừ nữa.", ""),
    ("the_phu_spouse", ["cancellation"], "thẻ phụ",
     "{T} muốn huỷ cái thẻ phụ đứng tên {SP} {T}, giờ không xài nữa.",
     "Dạ, {P} muốn huỷ thẻ phụ của {SP} {P} vì không dùng nữa.",
     "{E} đã huỷ thẻ phụ đó, từ giờ thẻ không giao dịch được, thẻ chính của {P} vẫn dùng bình "
     "thường.", ""),
    ("luong_xuong", [], "tiền lương",
     "Lương công nhân xưởng {T} chuyển từ thứ sáu mà tới giờ anh em vẫn chưa nhận được.",
     "Dạ, lương công nhân của xưởng chuyển từ thứ sáu nhưng người lao động chưa nhận được.",
     "Lô lương bị giữ để đối chiếu; {E} đã duyệt, công nhân nhận tiền trước ba giờ chiều "
     "nay.", ""),
    ("le_chua", ["card_lost"], "cái thẻ",
     "Hôm qua đi lễ chùa đông quá, {T} bị mất cái ví có thẻ tín dụng trong đó.",
     "Dạ, {P} mất ví có thẻ tín dụng khi đi lễ chùa hôm qua.",
     "{E} đã khoá thẻ tín dụng, chưa có giao dịch lạ nào, thẻ mới gửi về nhà {P} trong bảy "
     "ngày.", ""),
    ("phi_rut_thai", ["billing", "refund"], "phí rút tiền",
     "Đi Thái Lan về, {T} thấy phí rút tiền bị tính gấp đôi biểu phí. Phần dư đó {T} muốn "
     "được trả lại.",
     "Dạ, phí rút tiền ở Thái Lan bị thu gấp đôi mức niêm yết và {P} muốn lấy lại phần thu "
     "dư.",
     "{E} đã lập lệnh hoàn phần phí thu dư, tiền về tài khoản {P} trong ba ngày làm việc.", ""),
    ("web_trang", ["outage"], "trang web",
     "{T} vào trang web ngân hàng xem sao kê thì nó cứ hiện một trang trắng trơn.",
     "Dạ, trang web ngân hàng chỉ hiện trang trắng mỗi lần {P} mở sao kê.",
     "Bên kỹ thuật đang sửa lỗi trang sao kê; {E} đã gửi sao kê ba tháng qua email cho {P} "
     "ngay bây giờ.", ""),
    ("tra_no_ghe", ["payment"], "kỳ trả nợ",
     "{T} muốn trả trước một kỳ tiền vay mua ghe, năm triệu, cho khỏi quên.",
     "Dạ, {P} muốn trả trước năm triệu, tức một kỳ của khoản vay mua ghe.",
     "{E} đã trích năm triệu từ tài khoản thanh toán trả cho kỳ tới, biên nhận gửi tin nhắn "
     "liền.", ""),
    ("ve_han_quoc", ["fraud"], "vé máy bay",
     "Thẻ {T} có giao dịch mua vé máy bay đi Hàn Quốc, mười một triệu, mà {T} đâu có mua.",
     "Dạ, thẻ {P} bị trừ mười một triệu tiền vé máy bay đi Hàn Quốc mà {P} không mua.",
     "{E} đã khoá thẻ, mở tranh chấp giao dịch mười một triệu, thẻ mới phát hành trong năm "
     "ngày.", ""),
    ("len_da_lat", ["address_change"], "địa chỉ",
     "{T} mới chuyển lên Đà Lạt trồng hoa, cần đổi địa chỉ trên tài khoản.",
     "Dạ, {P} đã chuyển lên Đà Lạt và cần cập nhật địa chỉ mới.",
     "{E} đã đổi địa chỉ sang Đà Lạt, tin nhắn xác nhận gửi tới {P} ngay đây.", ""),
    ("huy_tiet_kiem", ["cancellation"], "sổ tiết kiệm online",
     "{T} muốn tất toán rồi đóng luôn tài khoản tiết kiệm online.",
     "Dạ, {P} muốn tất toán và đóng tài khoản tiết kiệm trực tuyến.",
     "{E} đã tất toán, tiền gốc và lãi về tài khoản thanh toán của {P} ngay, tài khoản tiết "
     "kiệm đóng trong hôm nay.", ""),
    ("atm_khong_nha", ["refund"], "khoản tiền rút",
     "{T} rút hai triệu ở cây ATM, máy không nhả tiền mà tài khoản vẫn bị trừ. Trả lại cho "
     "{T}.",
     "Dạ, cây ATM không ra tiền nhưng tài khoản {P} vẫn bị trừ hai triệu, và {P} muốn nhận "
     "lại.",
     "{E} đã lập yêu cầu hoàn, số 6094; sau khi kiểm quỹ máy, tiền về tài khoản {P} trong "
     "hai ngày làm việc.", "resolution_reference_and_time"),
    ("dien_chua", ["payment"], "tiền điện",
     "{T} muốn đóng tiền điện tháng này cho chùa từ tài khoản của chùa.",
     "Dạ, {P} muốn thanh toán tiền điện tháng này của chùa từ tài khoản nhà chùa.",
     "{E} đã thanh toán hoá đơn điện một triệu tám, biên lai gửi qua email của chùa.", ""),
    ("phi_thay_ok", [], "hạn mức",
     "Cái phí rút tiền hai nghìn thì {T} biết rồi, không sao. {T} chỉ muốn nâng hạn mức rút "
     "trong ngày.",
     "Dạ, phí thì {P} đồng ý rồi, {P} chỉ cần nâng hạn mức rút tiền mỗi ngày.",
     "{E} đã nâng hạn mức rút lên mười triệu một ngày, có hiệu lực từ nửa đêm nay.",
     "fee_mentioned_not_disputed"),
    ("app_cham_1_lan", [], "tài khoản tiết kiệm",
     "Hôm qua ứng dụng chậm một bữa, giờ chạy ngon rồi. {T} gọi để mở thêm sổ tiết kiệm.",
     "Dạ, ứng dụng đã chạy lại bình thường, {P} muốn mở thêm một sổ tiết kiệm.",
     "{E} đã mở sổ tiết kiệm sáu tháng, {P} vào ứng dụng nạp tiền là bắt đầu tính lãi.",
     "app_slow_once_now_fine"),
    ("da_duoc_hoan", [], "giấy xác nhận",
     "Cửa hàng hoàn tiền cho {T} tuần trước rồi, tiền về rồi. {T} chỉ cần giấy xác nhận để "
     "nộp công ty.",
     "Dạ, tiền hoàn đã về rồi, {P} cần một giấy xác nhận khoản hoàn đó.",
     "{E} đã lập giấy xác nhận, {P} nhận bản điện tử qua email ngay chiều nay.",
     "refund_already_received"),
    ("huy_trich_bao_hiem", ["cancellation"], "trích nợ tự động",
     "Huỷ giúp {T} cái lệnh trích nợ tự động cho công ty bảo hiểm xe, {T} không mua tiếp.",
     "Dạ, {P} muốn huỷ lệnh trích nợ tự động trả cho công ty bảo hiểm xe.",
     "{E} đã huỷ lệnh trích nợ đó, từ kỳ sau không trích nữa.",
     "cancel_direct_debit_third_party"),
    ("cuoc_goi_gia", [], "cuộc gọi lạ",
     "Có người gọi xưng là nhân viên ngân hàng hỏi mã OTP, {T} cúp máy liền, chưa mất đồng "
     "nào. {T} báo cho biết thôi.",
     "Dạ, có kẻ giả danh ngân hàng gọi hỏi OTP, {P} không đưa gì và chưa mất tiền.",
     "{E} đã ghi chú vào tài khoản và chuyển số máy đó cho bộ phận an ninh, {P} không phải làm "
     "thêm việc gì.", "suspicious_call_no_loss"),
    ("thoi_khong_khieu_nai", [], "số điện thoại",
     "Lúc nãy chờ máy lâu {T} định khiếu nại, mà thôi, không khiếu nại nữa. {T} cần đổi số "
     "điện thoại.",
     "Dạ, {P} không khiếu nại nữa, {P} cần đổi số điện thoại trên tài khoản.",
     "{E} đã đổi số điện thoại, tin nhắn thử đang gửi tới số mới của {P}.",
     "complaint_withdrawn_same_call"),
    ("tam_tru_mot_thang", ["address_change"], "địa chỉ tạm",
     "Tháng này {T} ở nhờ nhà em gái để sửa nhà, gửi thư về đó giúp {T} tới cuối tháng.",
     "Dạ, trong một tháng {P} muốn thư từ gửi về nhà em gái {P}, tới cuối tháng.",
     "{E} đã đặt địa chỉ tạm tới ngày ba mươi, sau đó tự chuyển về địa chỉ cũ.",
     "temporary_address_one_month"),
    ("tim_lai_the", [], "cái thẻ",
     "Hôm qua {T} báo mất thẻ, nay tìm thấy trong túi áo. Mở lại được không?",
     "Dạ, thẻ {P} báo mất hôm qua nay đã tìm lại được, {P} muốn dùng lại.",
     "Thẻ đã báo mất thì không mở lại được, nhưng thẻ mới đã in, thứ sáu này tới tay {P}.",
     "card_found_after_report"),
]

# Outbound: (key, categories, purpose, customer reply, agent detail, decoy tag or "")
EN_OUT = [
    ("madrid_flag", ["fraud"],
     "I'm calling because we've stopped a card payment of nine hundred euros to an "
     "electronics shop in Madrid.",
     "Madrid? I've never been. That's not me.",
     "Then I've declined it for good and blocked the card; a replacement arrives by Friday.",
     ""),
    ("car_loan_missed", ["payment"],
     "The reason for my call is this month's car loan payment, which didn't go through.",
     "Oh no, I changed banks for my wages. Can I pay it now?",
     "Yes, I've taken the two hundred and ten pounds from your savings just now, so you're up "
     "to date.", ""),
    ("letters_back", ["address_change"],
     "I'm ringing because our letters to you have been coming back marked not known at this "
     "address.",
     "Ah, I moved in the summer. It's fourteen Orchard Row now.",
     "I've put fourteen Orchard Row on your account, and your next letter goes there.", ""),
    ("late_fee_error", ["billing", "refund"],
     "I'm calling about a twelve pound late fee we added to your credit card in error.",
     "I did wonder about that. I paid on time. I'd like it back.",
     "It's already reversed today, so the twelve pounds shows on your next statement as a "
     "credit.", ""),
    ("branch_complaint_follow", ["complaint"],
     "I'm following up the complaint you made about the branch closure last month.",
     "Yes, I'm still not happy about it, to be honest.",
     "The mobile branch van will now stop in your village every Tuesday, and I'm sending you "
     "the timetable today.", ""),
    ("replacement_check", ["card_lost"],
     "I'm calling to check the replacement for the card you lost at the weekend has reached "
     "you.",
     "It hasn't, no. Nothing's come.",
     "Then I've cancelled that one in case it went astray, and a new card goes out by "
     "tracked post today.", ""),
    ("app_outage_follow", ["outage"],
     "I'm calling about the app outage on Monday, when you rang us and couldn't log in.",
     "It's working now, but I missed a bill because of it.",
     "I've taken off the late charge for that bill, and there's a note on your file about the "
     "outage.", ""),
    ("fixed_saver", [],
     "I'm ringing because your one-year fixed saver matures on the ninth.",
     "Right, I'd forgotten about that. What are my options?",
     "I'll roll it into the new eighteen-month saver on the ninth unless you tell us "
     "otherwise by the eighth.", ""),
    ("travel_cover_end", ["cancellation"],
     "I'm calling because you asked to cancel the travel insurance on your account.",
     "Yes, I'd like it stopped, I've got my own cover now.",
     "It's cancelled from today, and the last monthly premium won't be taken.", ""),
    ("statement_fee_change", ["billing"],
     "I'm ringing to explain the change to our fee for paper statements from next month.",
     "Is it going up again?",
     "It goes to two pounds a month, but I've switched you to paperless so you won't pay it.",
     ""),
    ("mortgage_review", [],
     "I'm calling to book your mortgage review, since your fixed rate ends in June.",
     "Oh, yes, I was meaning to sort that.",
     "I've booked you in for Thursday at ten at the Market Street branch, and a reminder text "
     "goes out the day before.", ""),
    ("wrong_number", [],
     "I'm calling about a payment on your account.",
     "I think you've got the wrong number, love. There's no account with you here.",
     "Oh, I'm so sorry to bother you. I'll take this number off our records.",
     "wrong_number_ends_fast"),
]
VI_OUT = [
    ("giao_dich_dubai", ["fraud"],
     "{E} gọi vì bên {E} vừa chặn một giao dịch mười tám triệu ở một cửa hàng điện máy tại "
     "Dubai.",
     "Dubai hả? {T} có đi đâu, không phải {T}.",
     "Dạ vậy {E} đã từ chối giao dịch và khoá thẻ, thẻ mới tới tay {P} trong năm ngày.", ""),
    ("tre_ky_gop", ["payment"],
     "{E} gọi về kỳ góp xe tháng này chưa thanh toán được ạ.",
     "Chết, tài khoản hết tiền. Giờ {T} đóng liền được không?",
     "Dạ được, {E} đã trích ba triệu hai từ tài khoản tiết kiệm, kỳ này coi như đã đóng.",
     ""),
    ("thu_tra_ve", ["address_change"],
     "{E} gọi vì thư ngân hàng gửi {P} bị bưu điện trả về mấy lần.",
     "À, {T} dọn nhà rồi, giờ ở số mười hai đường Hai Bà Trưng.",
     "Dạ {E} đã cập nhật số mười hai Hai Bà Trưng, thư sau gửi về đó.", ""),
    ("phi_nham", ["billing", "refund"],
     "{E} gọi để báo bên {E} thu nhầm của {P} phí chậm trả năm mươi nghìn.",
     "Vậy trả lại cho {T} nha.",
     "Dạ {E} đã hoàn năm mươi nghìn vào thẻ {P} rồi, kỳ sao kê tới sẽ thấy.", ""),
    ("theo_doi_khieu_nai", ["complaint"],
     "{E} gọi để phản hồi khiếu nại của {P} về phòng giao dịch đóng cửa sớm.",
     "Ừ, {T} vẫn còn bực chuyện đó.",
     "Dạ từ tuần sau phòng giao dịch mở tới năm giờ chiều, {E} gửi thông báo cho {P} qua tin "
     "nhắn.", ""),
    ("the_thay_the", ["card_lost"],
     "{E} gọi kiểm tra thẻ thay thế cho thẻ {P} làm mất tuần trước đã tới chưa.",
     "Chưa thấy gì hết.",
     "Dạ vậy {E} khoá thẻ đang gửi cho an toàn và phát hành thẻ mới, gửi bảo đảm ngay hôm "
     "nay.", ""),
    ("app_sap_hom_truoc", ["outage"],
     "{E} gọi về sự cố ứng dụng hôm thứ hai mà {P} đã báo.",
     "Giờ chạy rồi, mà hôm đó {T} trễ hạn đóng tiền điện.",
     "Dạ {E} đã miễn phí trễ hạn cho {P} và ghi chú sự cố vào hồ sơ.", ""),
    ("so_dao_han", [],
     "{E} gọi vì sổ tiết kiệm mười hai tháng của {P} đáo hạn ngày mười lăm.",
     "Ờ, {T} quên mất. Giờ tính sao?",
     "Dạ nếu {P} không báo gì trước ngày mười bốn, sổ tự tái tục kỳ hạn mười hai tháng với "
     "lãi suất mới.", ""),
    ("huy_bao_hiem_the", ["cancellation"],
     "{E} gọi xác nhận yêu cầu huỷ bảo hiểm thẻ mà {P} gửi hôm qua.",
     "Đúng rồi, {T} muốn huỷ.",
     "Dạ {E} đã huỷ từ hôm nay, phí bảo hiểm tháng sau sẽ không thu.", ""),
    ("bieu_phi_moi", ["billing"],
     "{E} gọi để báo biểu phí duy trì tài khoản thay đổi từ tháng sau.",
     "Lại tăng nữa hả?",
     "Dạ phí lên mười lăm nghìn, nhưng tài khoản {P} đủ số dư nên {E} đã chuyển sang diện "
     "miễn phí.", ""),
    ("hen_vay_nha", [],
     "{E} gọi để hẹn lịch xem lại khoản vay mua nhà, vì lãi suất cố định sắp hết.",
     "Ừ, {T} cũng đang định hỏi.",
     "Dạ {E} đặt lịch cho {P} chín giờ sáng thứ năm ở chi nhánh Ninh Kiều, có tin nhắn nhắc "
     "trước một ngày.", ""),
    ("nham_so", [],
     "{E} gọi về một khoản thanh toán trên tài khoản.",
     "Nhầm số rồi, ở đây không ai có tài khoản bên đó hết.",
     "Dạ {E} xin lỗi đã làm phiền, {E} sẽ xoá số này khỏi hồ sơ.", "wrong_number_ends_fast"),
]

# ---------------------------------------------------------------------------------------------
# Lines that do not depend on the scenario
# ---------------------------------------------------------------------------------------------

EN_ANGER = [
    "This is the third time I've rung about this and nobody at your bank ever does a thing!",
    "I'm absolutely livid. Your lot have made a proper mess of this.",
    "Forty minutes I was on hold to get to you. Forty! It's a joke of a bank.",
    "Why is it always me chasing you? It's your mistake, not mine!",
    "I'm sick to the back teeth of this bank, I really am.",
    "You're useless, the lot of you. Completely useless.",
    "I've had enough of being fobbed off by you people!",
    "It's not good enough from a bank. Not good enough at all!",
]
EN_SARCASM = "Oh, great. Brilliant. Thanks a lot, really, that's just marvellous, that is."
EN_ANGRY_FIRST = "Finally! Do you know how long it takes to get a human at this bank?"
VI_ANGER = [
    "Gọi lên mấy lần rồi mà ngân hàng cứ hứa rồi bỏ đó, bực mình thật sự!",
    "Ngân hàng làm ăn kiểu gì vậy? Tiền của {T} chứ đâu phải tiền cho không!",
    "Chờ máy bốn mươi phút, ngân hàng gì mà tệ hết chỗ nói!",
    "Lỗi của ngân hàng mà bắt {T} chạy tới chạy lui hoài!",
    "Chán cái ngân hàng này lắm rồi, nói thật!",
    "Cứ đẩy qua đẩy lại, bên ngân hàng không ai chịu trách nhiệm hết trơn!",
    "Vô lý hết sức, tiền mất mà ngân hàng cứ bảo chờ, chờ tới bao giờ?",
    "Dịch vụ gì mà dở ẹc, {T} nói thiệt là hết muốn xài!",
]
VI_SARCASM = "Ồ, hay quá ha. Cảm ơn ngân hàng nhiều lắm luôn đó, tuyệt vời thiệt."
VI_ANGRY_FIRST = "Trời đất, gọi cả buổi mới có người bắt máy, ngân hàng gì kỳ cục vậy!"

EN_BLAME = [
    ("As I said before, you should have rung us the day it happened.", "as_i_said_before"),
    ("Well, that's what happens when you click on links in texts.", ""),
    ("If you'd read the letter we sent, you'd have known all this.", ""),
    ("You gave the wrong sort code, so that one's on you really.", ""),
    ("You can't blame us when you never updated your details.", ""),
    ("It's your own fault for leaving it this late, honestly.", ""),
    ("That's not our mistake, you're the one who pressed confirm.", ""),
    ("As I said before, sending the form was your job, not ours.", "as_i_said_before"),
    ("People who keep the PIN in the wallet are asking for it.", ""),
]
VI_BLAME = [
    ("{E} nói rồi mà, {P} phải ra quầy từ hôm đó mới đúng.", "em_noi_roi_ma"),
    ("Tại {P} bấm vào đường link lạ chứ bên {E} đâu có lỗi.", ""),
    ("Thư gửi rồi mà {P} không chịu đọc thì chịu thôi.", ""),
    ("{P} nhập sai số tài khoản thì {P} tự chịu chứ.", ""),
    ("Lỗi là do {P} không cập nhật thông tin, đâu phải do ngân hàng.", ""),
    ("Ai biểu {P} để sát ngày mới gọi.", ""),
    ("{P} tự bấm xác nhận mà, giờ trách ai.", ""),
    ("{E} nói rồi mà, giấy tờ là phần {P} phải nộp.", "em_noi_roi_ma"),
    ("Ghi mã PIN lên thẻ thì mất tiền là phải rồi.", ""),
]
EN_RUDE = [
    ("Are you even listening to me?", "are_you_even_listening"),
    ("Well, that's a first.", "agent_sarcasm"),
    ("I haven't got all day, you know.", ""),
    ("Look, just let me talk, will you.", ""),
    ("That's a daft question.", ""),
    ("Yeah, yeah, I heard you the first time.", ""),
    ("Try and keep up.", ""),
    ("Not my problem, to be honest.", ""),
    ("Oh, for goodness' sake. Go on, then.", ""),
]
VI_RUDE = [
    ("{P} nghe cho kỹ này.", "nghe_cho_ky"),
    ("Hỏi gì mà hỏi hoài vậy.", ""),
    ("Thôi, {P} để {E} nói xong đã.", ""),
    ("Chuyện có vậy mà cũng không biết.", ""),
    ("{E} đâu có rảnh mà ngồi giải thích mãi.", ""),
    ("Rồi rồi, nghe rồi, khỏi nhắc.", ""),
    ("Ôi dào, lại chuyện này.", ""),
    ("Cái đó đâu phải việc của {E}.", ""),
    ("Trời đất, vậy mà cũng hỏi.", ""),
]
# (line, decoy tag); decided: damn, hell and sod all count as swearing
EN_SWEAR = [
    ("Damn thing's frozen on me again.", "swear_damn"),
    ("What the hell is this screen doing?", "swear_hell"),
    ("Sod this system, honestly.", "swear_sod"),
    ("Oh, shit, it's logged me out.", ""),
    ("This bloody computer's crawling today.", ""),
    ("Bugger, wrong account, hang on.", ""),
    ("Piss-poor system we've got here.", ""),
    ("What a crap screen this is.", ""),
    ("Arse, it's timed out again.", ""),
]
VI_STRICT = [
    ("Máy đéo chạy gì hết trơn.", ""),
    ("Vãi thật, hệ thống lại treo rồi.", "vai_about_situation"),
    ("Địt, lại văng ra rồi.", ""),
    ("Cái máy lồn này chậm quá.", ""),
    ("Đụ, mất kết nối rồi.", ""),
    ("Đéo hiểu sao nó báo lỗi.", ""),
    ("Chậm vãi, {P} chờ chút.", "vai_about_situation"),
    ("Địt mẹ, treo nữa rồi.", ""),
    ("Cái hệ thống đéo gì mà lag vậy.", ""),
]
# plain swears (fail forbidden/profanity only): decided to count; 3 in the set
VI_PLAIN = [
    ("dm cái máy này lại đơ rồi", "unmarked_dm"),
    ("chậm vl, {P} đợi xíu", "unmarked_vl"),
    ("Mẹ nó, lại mất mạng.", "me_no_plain_swear"),
]
EN_SWEAR_REACT = ["Sorry? What was that?", "Charming.", "Everything alright there?"]
VI_SWEAR_REACT = ["Hả? Nói gì vậy?", "Ủa, sao nói vậy?", "Gì kỳ vậy?"]
EN_CONDUCT_REACT = ["Excuse me?", "There's no need for that.", "Well, I'm trying to explain."]
VI_CONDUCT_REACT = ["Nói vậy là sao?", "Sao nói chuyện kỳ vậy?", "Thì {T} đang nói đây."]

EN_FILLERS = [
    ("Can I just check your date of birth?", "Third of June, nineteen seventy-one."),
    ("And the first line of your address?", "Eleven Clover Lane."),
    ("Is the mobile ending 42 still the best way to reach you?", "Yes, that's the one."),
    ("Are you still getting our texts?", "I am, yes."),
    ("Bear with me while that loads.", "No rush."),
    ("Do you bank online at all, or mainly in a branch?", "Mostly the app these days."),
    ("Just confirming, is this your main current account?", "It is, yes."),
    ("Would you like the confirmation by email or by post?", "Email's fine."),
]
VI_FILLERS = [
    ("{P} cho {E} xin ngày sinh để xác minh ạ.", "Mười hai tháng tư năm bảy tám."),
    ("Địa chỉ thường trú của {P} vẫn như cũ phải không ạ?", "Ừ, vẫn vậy."),
    ("{P} vẫn dùng số điện thoại đuôi 58 phải không ạ?", "Đúng rồi."),
    ("{P} chờ {E} một chút cho hệ thống tải ạ.", "Ừ, cứ từ từ."),
    ("{P} có hay dùng ứng dụng không ạ?", "Cũng thường thường."),
    ("{P} muốn nhận xác nhận qua tin nhắn hay email ạ?", "Tin nhắn đi."),
    ("Tài khoản này là tài khoản chính của {P} đúng không ạ?", "Đúng."),
    ("{P} còn giữ số điện thoại bàn cũ không ạ?", "Bỏ lâu rồi."),
]
EN_SECURITY = [
    ("Before anything, can I take your full name?", "It's {FN}."),
    ("And your postcode?", "L4 0TH."),
    ("And the last amount paid in?", "Around three hundred, I think."),
]
VI_SECURITY = [
    ("Trước hết {P} cho {E} xin họ tên đầy đủ ạ.", "{FN}."),
    ("Dạ, số căn cước của {P} ạ?", "Để {T} đọc, cái này dài lắm."),
    ("Giao dịch gần nhất của {P} là khoản nào ạ?", "Hình như rút tiền hôm thứ hai."),
]

# ---------------------------------------------------------------------------------------------
# Pieces and segments
# ---------------------------------------------------------------------------------------------


def pc(text, *tags, cats=(), protect=False):
    return {"text": text, "tags": list(tags), "cats": list(cats), "protect": protect}


def sg(sp, pieces, **kw):
    d = {"sp": sp, "pieces": pieces, "neg": False, "pos": False, "raised": False,
         "interrupt": False, "min_start": None, "min_after_anger": None, "gap": None}
    d.update(kw)
    return d


class Ctx:
    """Who is speaking and how: agent, caller, pronouns, style."""

    def __init__(self, lang, agent, profile, title):
        self.lang = lang
        self.full, self.name, self.style = agent
        self.profile = profile
        self.title, self.fullname = title
        if lang == "en":
            self.cname = profile[2]
            self.P = self.E = self.T = self.SP = ""
        else:
            self.cname = ""
            self.P, self.T, gender = profile[2], profile[3], profile[4]
            self.E = "em"
            self.SP = "chồng" if gender == "f" else "vợ"
            if self.style == "con_cochu":
                self.E = "con"
                if self.P not in ("bà", "thầy"):
                    self.P = "cô" if gender == "f" else "chú"
            elif self.style == "minh_both":
                self.E = "mình"
                self.P = "mình"

    def f(self, text):
        out = (text.replace("{P}", self.P).replace("{E}", self.E).replace("{T}", self.T)
               .replace("{SP}", self.SP).replace("{CN}", self.cname).replace("{AN}", self.name)
               .replace("{TI}", self.title).replace("{FN}", self.fullname))
        out = " ".join(out.split())
        return out[:1].upper() + out[1:] if out else out


# Agent style lines ----------------------------------------------------------------------------

EN_GREET = {
    "slow_numbers": "Good morning.", "apologiser": "Hello, sorry to keep you waiting.",
    "first_name": "Hi {CN}!", "hedger": "Hello there.", "numbered": "Good afternoon.",
    "irish": "Hello there, how are ye.",
}
EN_OFFER = {
    "slow_numbers": "How can I help you today?", "apologiser": "How can I help?",
    "first_name": "What can I do for you, {CN}?",
    "hedger": "What can I probably help you with today?",
    "numbered": "How can I help you?", "irish": "What can I do for you?",
}
EN_RESTATE_LEAD = {
    "slow_numbers": "Let me say that back to you, slowly.", "apologiser": "Oh, sorry about that.",
    "first_name": "Right, {CN}.", "hedger": "Okay, I think I follow.",
    "numbered": "First, let me check I've understood.", "irish": "Grand, so.",
}
EN_RESOLVE_LEAD = {
    "slow_numbers": "Right, here's what I've done.", "apologiser": "Sorry for the bother with it.",
    "first_name": "Good news, {CN}.", "hedger": "I think this should probably sort it.",
    "numbered": "Second, here's what happens now.", "irish": "Right so, here's the story.",
}
EN_RESOLVE_TAIL = {
    "slow_numbers": "I'll say that once more, slowly, so you have it.",
    "apologiser": "Sorry it took a while.", "first_name": "Sound okay, {CN}?",
    "hedger": "I'm fairly sure that's right.", "numbered": "Third, you'll get a text to confirm.",
    "irish": "That's you sorted, so it is.",
}
EN_ANYELSE = {
    "slow_numbers": "Is there anything else I can do for you?",
    "apologiser": "Sorry, is there anything else at all?",
    "first_name": "Anything else, {CN}?", "hedger": "Is there probably anything else?",
    "numbered": "Finally, is there anything else I can help with?",
    "irish": "Anything else I can do for you while I have you?",
}
EN_THANKS = {
    "slow_numbers": "Thank you for calling Acme Bank.", "apologiser": "Thanks for bearing with me.",
    "first_name": "Thanks, {CN}!", "hedger": "Thanks very much for calling, I think that's us.",
    "numbered": "Thank you for your time today.", "irish": "Thanks a million.",
}
EN_BYE = {
    "slow_numbers": "Goodbye.", "apologiser": "Bye now.", "first_name": "Take care, {CN}.",
    "hedger": "Bye for now.", "numbered": "Goodbye.", "irish": "Bye bye now.",
}
EN_EMPATHY = {
    "slow_numbers": "I'm sorry, that sounds really stressful.",
    "apologiser": "Oh, I'm so sorry about all of this.",
    "first_name": "I'm really sorry, {CN}, that's not fair on you.",
    "hedger": "I'm sorry, I think I'd be upset too.",
    "numbered": "I understand, that's frustrating.", "irish": "Ah, that's awful, I'm sorry.",
}

VI_GREET = {
    "con_cochu": "Dạ con chào {P}.", "da_vang": "Dạ vâng, xin chào {P}.",
    "southern": "Dạ em chào {P} nha.",
    "formal_script": "Kính chào {P}.",
    "summariser": "Dạ chào {P}.", "minh_both": "Chào {P} nha.",
}
VI_OFFER = {
    "con_cochu": "{P} cần con giúp gì ạ?", "da_vang": "Dạ vâng, {E} có thể giúp gì cho {P} ạ?",
    "southern": "{P} cần em hỗ trợ gì nè?",
    "formal_script": "Xin {P} vui lòng cho biết {E} có thể hỗ trợ {P} việc gì trong hôm nay ạ?",
    "summariser": "{P} cần {E} hỗ trợ việc gì ạ?", "minh_both": "Mình cần mình giúp gì nè?",
}
VI_RESTATE_LEAD = {
    "con_cochu": "Dạ con nghe rồi.", "da_vang": "Dạ vâng.", "southern": "Dạ, em nghe rồi nha.",
    "formal_script": "Dạ, {E} xin phép được nhắc lại nội dung {P} vừa trình bày.",
    "summariser": "Dạ, {E} tóm lại ý {P} nhé.", "minh_both": "Ok, mình nghe rồi.",
}
VI_RESOLVE_LEAD = {
    "con_cochu": "Dạ con làm xong rồi ạ.", "da_vang": "Dạ vâng.",
    "southern": "Dạ xong rồi nha {P}.",
    "formal_script": "Dạ, sau khi kiểm tra trên hệ thống, {E} xin thông báo kết quả như sau.",
    "summariser": "Dạ, {E} tóm lại bước tiếp theo.", "minh_both": "Rồi nha, mình làm rồi.",
}
VI_RESOLVE_TAIL = {
    "con_cochu": "{P} yên tâm nha.", "da_vang": "Dạ vâng, vậy là ổn rồi ạ.",
    "southern": "Vậy là ổn rồi hen.",
    "formal_script": "Nếu cần thêm thông tin, {P} có thể liên hệ tổng đài bất kỳ lúc nào.",
    "summariser": "Như vậy là đã xử lý xong phần của {P} ạ.", "minh_both": "Mình yên tâm nha.",
}
VI_ANYELSE = {
    "con_cochu": "{P} còn cần con làm gì khác nữa không ạ?",
    "da_vang": "Dạ vâng, {P} còn cần hỗ trợ gì khác không ạ?",
    "southern": "{P} còn cần gì nữa hông nè?",
    "formal_script": "{P} còn có yêu cầu nào khác cần {E} hỗ trợ trong cuộc gọi này không ạ?",
    "summariser": "Dạ, {P} còn việc gì khác không ạ?", "minh_both": "Mình còn cần gì khác hông?",
}
VI_THANKS = {
    "con_cochu": "Con cảm ơn {P} đã gọi ạ.", "da_vang": "Dạ vâng, em cảm ơn {P} ạ.",
    "southern": "Cảm ơn {P} nhiều nha.",
    "formal_script": "Xin chân thành cảm ơn {P} đã tin dùng dịch vụ của Ngân hàng ABC.",
    "summariser": "Em cảm ơn {P} ạ.", "minh_both": "Cảm ơn mình nha.",
}
VI_BYE = {
    "con_cochu": "Con chào {P}.", "da_vang": "Dạ vâng, em chào {P} ạ.",
    "southern": "Em chào {P} nha.", "formal_script": "Xin chào và hẹn gặp lại {P}.",
    "summariser": "Chào {P} ạ.", "minh_both": "Chào mình nha.",
}
VI_EMPATHY = {
    "con_cochu": "Dạ con xin lỗi {P}, con hiểu {P} đang rất bực.",
    "da_vang": "Dạ vâng, em rất xin lỗi {P} về chuyện này.",
    "southern": "Dạ em xin lỗi {P} nha, em hiểu mà.",
    "formal_script": "Dạ, {E} thành thật xin lỗi và rất thông cảm với sự bất tiện {P} gặp phải.",
    "summariser": "Dạ em xin lỗi, em hiểu {P} đang khó chịu.",
    "minh_both": "Mình xin lỗi nha, mình hiểu mà.",
}


def style_line(ctx, table):
    return ctx.f(table[ctx.style])

# ---------------------------------------------------------------------------------------------
# Call assembly
# ---------------------------------------------------------------------------------------------

EN_TEAMS = ["cards desk", "payments team", "customer care line", "accounts team"]
VI_TEAMS = ["bộ phận thẻ", "tổng đài chăm sóc khách hàng", "phòng dịch vụ tài khoản"]
EN_WRONG = "So, if I've got this right, this is about a new loan?"
VI_WRONG = "Dạ, vậy là {P} gọi để hỏi mở thẻ tín dụng mới phải không ạ?"
EN_YESNO = ["Was that on your current account?", "And that was this week?",
            "Was it the debit card?"]
VI_YESNO = ["Tài khoản thanh toán phải không ạ?", "Chuyện này mới tuần này hả {P}?",
            "Thẻ ghi nợ đúng không ạ?"]


def opening_en(ctx, faults, shape, dec):
    """Return list of agent pieces for the English inbound opening."""
    nog = "inbound/greeting" in faults
    noc = "inbound/company_name" in faults
    non = "inbound/self_intro" in faults
    noo = "inbound/offer_help" in faults
    st = ctx.style
    greet = ctx.f(EN_GREET[st])
    if shape == "morning_only" and not nog:
        greet = "Morning!"
        dec.append("greeting_time_of_day_only")
    company = "You're through to Acme Bank."
    if shape == "acme_spelled" and not noc:
        company = "This is A.C.M.E. Bank."
        dec.append("company_abbreviated_spelled")
    elif noc:
        company = "You're through to the " + EN_TEAMS[len(ctx.name) % len(EN_TEAMS)] + "."
        dec.append("team_name_only")
    name = ctx.f("{AN} speaking.") if st != "irish" else ctx.f("You've got {AN}.")
    if shape == "name_in_sentence" and not non:
        name = ctx.f("You're speaking with {AN} on the cards desk.")
        dec.append("name_inside_sentence")
    offer = ctx.f(EN_OFFER[st])
    if shape == "reason_question" and not noo:
        offer = "What's the reason for your call today?"
        dec.append("offer_as_reason_question")
    out = []
    if shape == "company_first" and not nog and not noc:
        dec.append("company_before_greeting")
        out.append(pc(company.replace("You're through to ", "").replace("This is ", ""),
                      "company"))
        out.append(pc(greet, "greet"))
    elif shape == "greet_offer_one" and not nog and not noo:
        dec.append("greeting_and_offer_one_sentence")
        out.append(pc("Hello, and how can I help you today?", "greet", "offer"))
        noo = True  # already placed
        out.append(pc(company, *([] if noc else ["company"])))
    else:
        if not nog:
            out.append(pc(greet, "greet"))
        else:
            dec.append("opening_without_greeting")
        out.append(pc(company, *([] if noc else ["company"])))
    if not non:
        out.append(pc(name, "name"))
    if not noo:
        out.append(pc(offer, "offer"))
    return out


def opening_vi(ctx, faults, shape, dec):
    nog = "inbound/greeting" in faults
    noc = "inbound/company_name" in faults
    non = "inbound/self_intro" in faults
    noo = "inbound/offer_help" in faults
    st = ctx.style
    greet = ctx.f(VI_GREET[st])
    company = "Đây là Ngân hàng ABC."
    if shape == "acme_spelled" and not noc:
        company = "Đây là ngân hàng A B C."
        dec.append("company_abbreviated_spelled")
    elif shape == "ben_abc" and not noc:
        company = ctx.f("{E} bên ABC đây ạ.")
        dec.append("company_as_ben_abc")
    elif noc:
        company = "Đây là " + VI_TEAMS[len(ctx.name) % len(VI_TEAMS)] + "."
        dec.append("team_name_only")
    name = ctx.f("{E} là {AN}.") if ctx.E != "mình" else ctx.f("Mình là {AN}.")
    if st == "formal_script":
        name = ctx.f("{E} tên là {AN}, rất hân hạnh được phục vụ {P}.")
    if shape == "name_in_sentence" and not non:
        name = ctx.f("Chuyên viên {AN} đang nghe máy đây ạ.")
        dec.append("name_after_title")
    offer = ctx.f(VI_OFFER[st])
    if shape == "reason_question" and not noo:
        offer = ctx.f("{P} gọi có việc chi vậy ạ?")
        dec.append("offer_as_reason_question")
    out = []
    if shape == "company_first" and not nog and not noc:
        dec.append("company_before_greeting")
        out.append(pc("Ngân hàng ABC.", "company"))
        out.append(pc(greet, "greet"))
    elif shape == "greet_offer_one" and not nog and not noo:
        dec.append("greeting_and_offer_one_sentence")
        out.append(pc(ctx.f("Xin chào, {P} cần hỗ trợ gì ạ?"), "greet", "offer"))
        noo = True
        out.append(pc(company, *([] if noc else ["company"])))
    else:
        if not nog:
            out.append(pc(greet, "greet"))
        else:
            dec.append("opening_without_greeting")
        out.append(pc(company, *([] if noc else ["company"])))
    if not non:
        out.append(pc(name, "name"))
    if not noo:
        out.append(pc(offer, "offer"))
    return out


def card_number(r):
    digits = [r.choice("45")] + [str(r.randrange(10)) for _ in range(15)]
    return "".join(digits)


EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
           "ninety"]
VI_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def en_pair(dd):
    a, b = int(dd[0]), int(dd[1])
    if a == 0:
        return "oh-" + EN_UNITS[b]
    if a == 1:
        return EN_TEENS[b]
    return EN_TENS[a] + ("-" + EN_UNITS[b] if b else "")


def groups(num):
    return [num[i:i + 4] for i in range(0, 16, 4)]


def en_card_fail(kind, num, cvv):
    g = groups(num)
    if kind == "groups":
        return ["Let me read that back: " + " ".join(g) + "."]
    if kind == "pairs":
        return ["So that's " + ", ".join(" ".join(en_pair(x[i:i + 2]) for i in (0, 2))
                                        for x in g) + "."]
    if kind == "words":
        return ["Reading it back: " + ", ".join(" ".join(EN_UNITS[int(c)] for c in x)
                                               for x in g) + "."]
    if kind == "expiry":
        return [" ".join(g) + ", expiring oh-eight twenty-nine, is that right?"]
    if kind == "split":
        return ["I've got " + " ".join(g[:2]) + "...", " ".join(g[2:]) + ", yes?"]
    if kind == "cvv_digits":
        return ["Long number matches. And the CVV was " + " ".join(cvv) + ", yes?"]
    if kind == "cvv_words":
        return ["So the security code is " + " ".join(EN_UNITS[int(c)] for c in cvv)
                + ", lovely."]
    if kind == "double":
        words = []
        for x in g:
            out, i = [], 0
            while i < 4:
                if i < 3 and x[i] == x[i + 1]:
                    out.append("double " + EN_UNITS[int(x[i])])
                    i += 2
                else:
                    out.append(EN_UNITS[int(x[i])])
                    i += 1
            words.append(" ".join(out))
        return ["That's " + ", ".join(words) + "."]
    # mixed
    return ["So: " + en_pair(g[0][:2]) + " " + en_pair(g[0][2:]) + ", " + g[1] + " " + g[2]
            + ", " + en_pair(g[3][:2]) + " " + en_pair(g[3][2:]) + "."]


def vi_card_fail(kind, num, cvv, ctx):
    g = groups(num)
    if kind == "groups":
        return ["{E} đọc lại số thẻ nha: " + " ".join(g) + "."]
    if kind == "pairs":
        return ["Số thẻ là " + ", ".join(num[i:i + 2] for i in range(0, 16, 2)) + ", đúng không ạ?"]
    if kind == "words":
        return ["Dạ số thẻ: " + ", ".join(" ".join(VI_UNITS[int(c)] for c in x) for x in g) + "."]
    if kind == "expiry":
        return ["Thẻ số " + " ".join(g) + ", hết hạn tháng 08 năm 29 phải không ạ?"]
    if kind == "split":
        return ["Dạ, " + " ".join(g[:2]) + "...", " ".join(g[2:]) + ", đúng chưa ạ?"]
    if kind == "cvv_digits":
        return ["Dạ, mã CVV là " + " ".join(cvv) + " đúng không {P}?"]
    if kind == "cvv_words":
        return ["Mã bảo mật " + " ".join(VI_UNITS[int(c)] for c in cvv) + ", {E} ghi lại rồi."]
    if kind == "double":
        return ["Số thẻ " + " ".join(num) + " ạ."]
    return ["Dạ " + "-".join(g) + " đúng không ạ?"]


CARD_FAIL_KINDS = ["groups", "pairs", "words", "expiry", "split", "cvv_digits", "cvv_words",
                   "double", "mixed"]
CARD_PASS_KINDS = ["matched", "last_four", "cvv_asked", "sort_account"]


def card_block(ctx, kind, r, dec):
    en = ctx.lang == "en"
    num, cvv = card_number(r), "".join(str(r.randrange(10)) for _ in range(3))
    segs = [sg("agent", [pc(ctx.f("Can you read me the long number on the card?" if en else
                                  "{P} đọc số thẻ cho {E} nha."))]),
            sg("customer", [pc(" ".join(groups(num)) + ".", protect=True)])]
    dec.append("customer_reads_card_number")
    if kind.startswith("fail:"):
        k = kind[5:]
        dec.append("card_" + k)
        if k.startswith("cvv"):
            segs.append(sg("agent", [pc("And the three digits on the back?" if en else
                                        ctx.f("Ba số mặt sau thẻ của {P} ạ?"))]))
            segs.append(sg("customer", [pc(" ".join(cvv) + ".", protect=True)]))
        lines = en_card_fail(k, num, cvv) if en else vi_card_fail(k, num, cvv, ctx)
        if len(lines) == 2:
            segs.append(sg("agent", [pc(ctx.f(lines[0]), "card", protect=True)]))
            segs.append(sg("customer", [pc("Yes." if en else "Ừ.")]))
            segs.append(sg("agent", [pc(ctx.f(lines[1]), protect=True)]))
        else:
            segs.append(sg("agent", [pc(ctx.f(lines[0]), "card", protect=True)]))
        segs.append(sg("customer", [pc("That's right." if en else "Đúng rồi.")]))
        return segs
    dec.append("card_pass_" + kind)
    if kind == "matched":
        segs.append(sg("agent", [pc("That matches what I've got here." if en else
                                    "Dạ khớp với hệ thống rồi ạ.")]))
    elif kind == "last_four":
        segs.append(sg("agent", [pc(("The card ending " if en else "Thẻ có đuôi ")
                                    + num[-4:] + (", yes?" if en else " phải không ạ?"))]))
        segs.append(sg("customer", [pc("Yes." if en else "Ừ.")]))
    elif kind == "cvv_asked":
        segs.append(sg("agent", [pc("And the three digits on the back?" if en else
                                    ctx.f("Ba số mặt sau thẻ của {P} ạ?"))]))
        segs.append(sg("customer", [pc(" ".join(cvv) + ".", protect=True)]))
        segs.append(sg("agent", [pc("Okay, that's matched." if en else "Dạ khớp rồi ạ.")]))
    else:
        segs.append(sg("agent", [pc(("And it's linked to sort code 20-45-77, account number "
                                     "31558402, correct?") if en else
                                    ("Thẻ liên kết với tài khoản số 0071004588 ở chi "
                                     "nhánh Cần Thơ, đúng không ạ?"), protect=True)]))
        segs.append(sg("customer", [pc("Correct." if en else "Đúng rồi.")]))
    return segs


def anger_block(ctx, plan, r, dec):
    """Customer anger and the agent's reply; returns segments."""
    en = ctx.lang == "en"
    faults = plan["faults"]
    if plan["anger_kind"] == "sarcasm":
        line = EN_SARCASM if en else VI_SARCASM
        dec.append("sarcasm_only_anger")
    else:
        pool = EN_ANGER if en else VI_ANGER
        line = pool[plan["anger_idx"] % len(pool)]
        if "angry_caller/no_interrupting_angry_customer" in faults:
            line = line + " " + pool[(plan["anger_idx"] + 3) % len(pool)]
    segs = [sg("customer", [pc(ctx.f(line), protect=True)], neg=True,
               raised=plan["raised"])]
    interrupt = "angry_caller/no_interrupting_angry_customer" in faults
    if interrupt:
        dec.append("agent_interrupts_angry_customer")
    go_on = ctx.f("Let me get this sorted for you right now." if en else
                  "{E} xử lý ngay cho {P} đây ạ.")
    if "angry_caller/empathy" in faults:
        if plan["empathy_fail_kind"] == "late":
            dec.append("empathy_after_window")
            segs.append(sg("agent", [pc(ctx.f("One moment while I look." if en else
                                              "{P} đợi {E} xem đã."))], interrupt=interrupt))
            segs.append(sg("agent", [pc(ctx.f("I'm sorry, I should have said, that's a rotten "
                                              "thing to go through." if en else
                                              "Dạ {E} xin lỗi {P}, chuyện này thật phiền."),
                                        "empathy")], min_after_anger=23.5))
        else:
            dec.append("no_empathy_straight_to_process")
            segs.append(sg("agent", [pc(ctx.f("Can I have the account number again?" if en else
                                              "{P} đọc lại số tài khoản cho {E} nhé."))],
                           interrupt=interrupt))
    else:
        k = plan["empathy_kind"]
        if k == "oh_no":
            emp = "Oh no." if en else "Trời ơi."
            dec.append("empathy_short_exclamation")
        elif k == "hear_you":
            emp = "I hear you. I hear you." if en else ctx.f("{E} hiểu mà, {E} hiểu mà.")
            dec.append("empathy_i_hear_you_repeated")
        else:
            emp = style_line(ctx, EN_EMPATHY if en else VI_EMPATHY)
        segs.append(sg("agent", [pc(emp, "empathy"), pc(go_on)], interrupt=interrupt))
    segs.append(sg("customer", [pc("Fine. Okay." if en else "Ừ, thôi được.")]))
    return segs


def conduct_block(ctx, kind, line, r):
    en = ctx.lang == "en"
    if kind == "swear":
        react = (EN_SWEAR_REACT if en else VI_SWEAR_REACT)[r.randrange(3)]
    else:
        react = (EN_CONDUCT_REACT if en else VI_CONDUCT_REACT)[r.randrange(3)]
    tag = {"blame": "blame", "rude": "rude", "swear": "swear", "strict": "swear_strict",
           "plain": "swear_plain"}[kind]
    return [sg("agent", [pc(ctx.f(line), tag, protect=True)]),
            sg("customer", [pc(ctx.f(react))])]


def hold_block(ctx, r):
    en = ctx.lang == "en"
    return [sg("agent", [pc(ctx.f("Can I pop you on hold while I check that?" if en else
                                  "{P} chờ máy {E} một lát nha."))]),
            sg("customer", [pc("Sure." if en else "Ừ.")]),
            sg("agent", [pc(ctx.f("Thanks for holding." if en else "Cảm ơn {P} đã chờ máy."),
                            "thanks_mid"),
                         pc("I've got it up now." if en else ctx.f("{E} xem được rồi."))],
               gap=r.uniform(8, 16))]


def line_drop_block(ctx):
    en = ctx.lang == "en"
    return [sg("agent", [pc("Hello? Are you still with me?" if en else
                            ctx.f("Alô, {P} còn nghe máy không ạ?"))], gap=4.0),
            sg("customer", [pc("Sorry, lost you for a second." if en else
                               "Xin lỗi, mất sóng chút.")]),
            sg("agent", [pc(ctx.f("Hello again, it's still {AN} at Acme Bank." if en else
                                  "Dạ chào {P}, vẫn là {AN} của Ngân hàng ABC đây ạ."))])]


def closing_pieces(ctx, plan, dec):
    en = ctx.lang == "en"
    f = plan["faults"]
    thanks = style_line(ctx, EN_THANKS if en else VI_THANKS)
    bye = style_line(ctx, EN_BYE if en else VI_BYE)
    not_, nob = "inbound/thanks" in f, "inbound/goodbye" in f
    if not_ and nob:
        dec.append("closing_without_thanks_or_goodbye")
        return [pc("Right, that's all done, then." if en else ctx.f("Dạ vậy là xong rồi ạ."))]
    if not_:
        if plan["closing_kind"] == "third_party":
            dec.append("thanks_to_third_party_only")
            return [pc("Do thank your husband for me, he found the letter." if en else
                       ctx.f("Nhớ cảm ơn giùm {E} người nhà {P} nha."), "thanks3p"),
                    pc(bye, "bye")]
        dec.append("closing_without_thanks")
        return [pc("Right, all done." if en else "Dạ xong rồi ạ."), pc(bye, "bye")]
    if nob:
        dec.append("closing_without_goodbye")
        return [pc(thanks, "thanks"), pc("That's everything sorted on my side." if en else
                                          ctx.f("Vậy là ổn rồi nha {P}."))]
    if "inbound/thanks_before_goodbye" in f:
        dec.append("goodbye_before_thanks")
        if plan["closing_kind"] == "mixed":
            dec.append("several_thanks_goodbyes_mixed")
            return [pc("Bye now." if en else ctx.f("Chào {P} nha."), "bye"),
                    pc("Thanks again." if en else ctx.f("Cảm ơn {P} lần nữa."), "thanks"),
                    pc("Bye." if en else "Chào nha.", "bye")]
        return [pc(bye, "bye"), pc("Oh, and thanks for calling." if en else
                                   ctx.f("À, cảm ơn {P} đã gọi nha."), "thanks")]
    k = plan["closing_kind"]
    if k == "inside":
        dec.append("thanks_inside_goodbye")
        return [pc("Thanks," if en else ctx.f("Cảm ơn {P},"), "thanks"),
                pc("bye now." if en else "chào nha.", "bye")]
    if k == "good_one":
        dec.append("goodbye_as_wish")
        return [pc(thanks, "thanks"), pc("Have a good one." if en else
                                         ctx.f("Chúc {P} một ngày tốt lành."), "bye")]
    if k == "hang_up":
        dec.append("goodbye_as_hanging_up")
        return [pc(thanks, "thanks"), pc("I'll let you go now." if en else
                                         ctx.f("Thôi {E} cúp máy nha."), "bye")]
    if k == "mixed":
        dec.append("several_thanks_goodbyes_mixed")
        return [pc("Thanks so much." if en else ctx.f("Cảm ơn {P} nhiều."), "thanks"),
                pc("Bye now." if en else ctx.f("Chào {P}."), "bye"),
                pc("Thanks again, take care." if en else ctx.f("Cảm ơn lần nữa nha."),
                   "thanks"), pc("Bye." if en else "Chào.", "bye")]
    return [pc(thanks, "thanks"), pc(bye, "bye")]


def build_inbound(ctx, sc, plan, r, dec):
    en = ctx.lang == "en"
    f = plan["faults"]
    key, cats, topic, problem, restate, resolve, sdec = sc
    if sdec:
        dec.append(sdec)
    segs = []
    cf = plan["cust_first"]
    problem_said = False
    prob_text = ctx.f(problem)
    if plan["touch"]:
        prob_text = prob_text + " " + ctx.f(ctx.profile[-1])
    if cf == "gbr_quick":
        dec.append("answer_before_greeting")
        segs += [sg("customer", [pc("Quick one before anything: have my wages come in yet?"
                                    if en else "Cho hỏi lẹ cái, lương tháng này về chưa vậy?")]),
                 sg("agent", [pc("Yes, they landed at six this morning." if en else
                                 "Dạ lương về lúc sáu giờ sáng nay rồi ạ.", "resolve")]),
                 sg("customer", [pc("Great." if en else "Ừ.")])]
    elif cf == "hello":
        dec.append("customer_speaks_first")
        segs.append(sg("customer", [pc("Hello? Is this the bank?" if en else
                                       "Alô, ngân hàng phải không?")]))
    elif cf == "name":
        dec.append("customer_gives_name_first")
        segs.append(sg("customer", [pc(ctx.f("Hi, it's {CN} here."))]))
    elif cf == "problem_first":
        dec.append("offer_after_problem_stated")
        segs.append(sg("customer", [pc(prob_text, cats=cats)]))
        problem_said = True
    elif cf == "angry_first":
        dec.append("angry_from_first_word")
        segs.append(sg("customer", [pc(ctx.f(EN_ANGRY_FIRST if en else VI_ANGRY_FIRST),
                                       protect=True)], neg=True, raised=plan["raised"]))
    if plan["cutoff"]:
        dec.append("first_turn_cut_off_repeated")
        segs += [sg("agent", [pc("Hello, you're through to Ac" if en else
                                 "Dạ xin chào, đây là Ngân", "greet")]),
                 sg("customer", [pc("Sorry, you broke up there." if en else
                                    "Alô, nghe không rõ.")])]
    op = opening_en(ctx, f, plan["shape"], dec) if en else opening_vi(ctx, f, plan["shape"], dec)
    if plan["transferred"]:
        dec.append("transferred_in")
        note = (ctx.f("{TI}? I've had you passed across from the loans team.") if en else
                ctx.f("Dạ {TI} phải không ạ, bên tín dụng vừa chuyển máy qua cho {E}."))
        idx = 1 if op and "greet" in op[0]["tags"] and plan["shape"] != "greet_offer_one" else 0
        op.insert(idx, pc(note))
    if cf == "angry_first":
        op.insert(0, pc("Oh, I'm sorry about the wait." if en else
                        ctx.f("Dạ {E} xin lỗi vì để {P} chờ lâu."), "empathy"))
    if cf == "problem_first" and "inbound/offer_help" not in f:
        for p in op:
            if "offer" in p["tags"] and "greet" not in p["tags"]:
                p["text"] = ("Let me help you with that." if en else
                             ctx.f("Dạ để {E} giúp {P} chuyện này."))
    late_offer = "inbound/offer_help" in f and plan["offer_fail_kind"] == "late"
    segs.append(sg("agent", op))
    if late_offer:
        dec.append("offer_after_window")
        for q, a in (EN_SECURITY if en else VI_SECURITY):
            segs += [sg("agent", [pc(ctx.f(q))], gap=r.uniform(0.35, 0.8)),
                     sg("customer", [pc(ctx.f(a))], gap=r.uniform(0.35, 0.8))]
        segs.append(sg("agent", [pc("Let me just pull your details up." if en else
                                    ctx.f("{P} đợi {E} mở hồ sơ."))]))
        segs.append(sg("agent", [pc("Right, you're verified. Now, how can I help?" if en else
                                    ctx.f("Dạ xong rồi, {P} cần {E} hỗ trợ gì ạ?"), "offer")],
                       min_start=48.5))
    elif "inbound/offer_help" in f:
        dec.append("no_offer_of_help")
    if plan["handover"]:
        dec.append("phone_handed_to_someone_else")
        segs.append(sg("customer", [pc("Hang on, I'll pass you to my daughter, she's got the "
                                       "details." if en else
                                       ctx.f("Để {T} đưa máy cho đứa con nói nha."))]))
        prob_text = ("Hi, I'm her daughter. " if en else "Dạ, cháu nói thay nha. ") + prob_text
    if not problem_said:
        segs.append(sg("customer", [pc(prob_text, cats=cats)]))
    # restatement
    lead = style_line(ctx, EN_RESTATE_LEAD if en else VI_RESTATE_LEAD)
    rk = plan["restate_kind"]
    yes = "Yes, that's it." if en else "Đúng rồi."
    fix = ("No, no, nothing like that. It's " + topic + ", like I said.") if en else \
        ("Không phải, là chuyện " + topic + " mà.")
    if rk == "normal":
        segs += [sg("agent", [pc(lead), pc(ctx.f(restate), "restate")]),
                 sg("customer", [pc(yes)])]
    elif rk == "changes":
        dec.append("restatement_wrong_then_corrected_then_right")
        segs += [sg("agent", [pc(ctx.f(EN_WRONG if en else VI_WRONG))]),
                 sg("customer", [pc(ctx.f(fix))]),
                 sg("agent", [pc("Sorry, my mistake." if en else ctx.f("Dạ {E} nhầm.")),
                              pc(ctx.f(restate), "restate")]),
                 sg("customer", [pc(yes)])]
    elif rk == "ack":
        dec.append("bare_ack_no_restatement")
        segs.append(sg("agent", [pc("Okay." if en else "Dạ.")]))
    elif rk == "yesno":
        dec.append("restatement_yes_no_one_detail")
        segs += [sg("agent", [pc(ctx.f((EN_YESNO if en else VI_YESNO)[plan["yesno_idx"]]))]),
                 sg("customer", [pc("Yes." if en else "Ừ.")])]
    else:
        dec.append("restatement_wrong_not_redone")
        segs += [sg("agent", [pc(ctx.f(EN_WRONG if en else VI_WRONG))]),
                 sg("customer", [pc(ctx.f(fix))]),
                 sg("agent", [pc("Okay, noted." if en else ctx.f("Dạ, {E} ghi nhận."))])]
    # middle blocks
    blocks = []
    if plan["angry"] and cf != "angry_first":
        blocks.append(anger_block(ctx, plan, r, dec))
    for kind, line in plan["conduct"]:
        blocks.append(conduct_block(ctx, kind, line, r))
    if plan["card"]:
        blocks.append(card_block(ctx, plan["card"], r, dec))
    for _ in range(plan["holds"]):
        blocks.append(hold_block(ctx, r))
    if plan["holds"]:
        dec.append("put_on_hold_twice" if plan["holds"] == 2 else "put_on_hold_once")
    if plan["line_drop"]:
        dec.append("line_drop_greeting_repeated")
        blocks.append(line_drop_block(ctx))
    first = blocks[:1] if (blocks and plan["angry"] and cf != "angry_first") else []
    rest = blocks[len(first):]
    r.shuffle(rest)
    for b in first + rest:
        segs += b
    # resolution
    res_segs = []
    rlead = style_line(ctx, EN_RESOLVE_LEAD if en else VI_RESOLVE_LEAD)
    rtail = style_line(ctx, EN_RESOLVE_TAIL if en else VI_RESOLVE_TAIL)
    if "inbound/resolution" in f:
        if plan["resolve_fail_kind"] == "apology":
            dec.append("apology_without_action")
            res_segs.append(sg("agent", [pc("I'm really sorry that's happened to you." if en else
                                            ctx.f("{E} rất lấy làm tiếc về chuyện này ạ."))]))
        else:
            dec.append("no_concrete_step")
            res_segs.append(sg("agent", [pc("Someone will probably look at it at some point." if
                                            en else ctx.f("Để bên {E} xem xem rồi tính sau."))]))
    else:
        if plan["resolve_kind"] == "withdrawn":
            dec.append("resolution_withdrawn_and_replaced")
            res_segs += [sg("agent", [pc("I'll just put that straight back for you now. "
                                         "Actually, no, I can't do that from this screen." if en
                                         else ctx.f("{E} làm liền cho {P} nha. À không, màn "
                                                    "hình này {E} không làm được."))]),
                         sg("customer", [pc("Oh?" if en else "Hả?")])]
        res_segs.append(sg("agent", [pc(rlead), pc(ctx.f(resolve), "resolve"), pc(rtail)]))
    res_segs.append(sg("customer", [pc("Okay, brilliant." if en else "Ừ, vậy được.")]))
    end = []
    if plan["survey"]:
        dec.append("survey_request_at_end")
        end += [sg("agent", [pc("Before you go, would you stay on for a two-question survey "
                                "after the call?" if en else
                                ctx.f("Sau cuộc gọi, {P} làm giúp {E} khảo sát hai câu hỏi "
                                      "được không ạ?"))]),
                sg("customer", [pc("Go on, then." if en else "Ừ, được.")])]
    if "inbound/anything_else" in f:
        dec.append("no_anything_else")
    else:
        if plan["anyelse_kind"] == "everything":
            dec.append("anything_else_as_is_that_everything")
            ae = "Is that everything for today?" if en else ctx.f("Vậy là xong hết chưa {P}?")
        else:
            ae = style_line(ctx, EN_ANYELSE if en else VI_ANYELSE)
        end += [sg("agent", [pc(ae, "anyelse")]),
                sg("customer", [pc("No, that's all." if en else "Hết rồi.")])]
    gap = None
    if plan["long_silence"]:
        dec.append("long_silence_then_goodbye")
        gap = r.uniform(7.0, 10.0)
    end.append(sg("agent", closing_pieces(ctx, plan, dec), gap=gap))
    end.append(sg("customer", [pc("Thanks, bye." if en else "Cảm ơn nha, chào.")], pos=True))
    return segs, res_segs, end


EN_CONSENT = [("Is that okay with you?", ""), ("Any objection to that?", "consent_unusual"),
              ("Are you happy for me to carry on on that basis?", "consent_unusual"),
              ("Shall I keep going, or would you rather we didn't record?", "consent_unusual")]
VI_CONSENT = [("{P} có đồng ý không ạ?", ""),
              ("{P} thấy có ổn không, để {E} nói tiếp nha?", "consent_unusual"),
              ("{P} có phiền gì không ạ?", "consent_unusual"),
              ("Ghi âm lại vậy được hông {P}?", "consent_unusual")]


def build_outbound(ctx, sc, plan, r, dec):
    en = ctx.lang == "en"
    f = plan["faults"]
    key, cats, purpose, reply, detail, sdec = sc
    if sdec:
        dec.append(sdec)
    segs = [sg("customer", [pc("Hello?" if en else "Alô?")])]
    op = [pc("Hello," if en else ctx.f("Dạ chào {P},"))]
    if "outbound/identify_self" not in f:
        op.append(pc(ctx.f("this is {AN}" if en else "{E} là {AN}"), "name"))
    else:
        dec.append("no_self_identification")
    if "outbound/identify_company" not in f:
        op.append(pc("from Acme Bank." if en else "gọi từ Ngân hàng ABC.", "company"))
    else:
        dec.append("no_company_named")
        op.append(pc("calling from the customer team." if en else "gọi từ bộ phận khách hàng."))
    op.append(pc(ctx.f("Am I speaking to {TI}?" if en else "{TI} đúng không ạ?")))
    segs.append(sg("agent", op))
    wrong = key in ("wrong_number", "nham_so")
    segs.append(sg("customer", [pc(("Who's that?" if en else "Ai vậy?") if wrong else
                                   ("Yes, speaking." if en else "Ừ, đúng rồi."))]))
    notice = ("This call is recorded for quality and training." if en else
              "Cuộc gọi này được ghi âm để đảm bảo chất lượng dịch vụ.")
    if plan["notice_alt"]:
        notice = ("Just so you know, I'm recording this call." if en else
                  ctx.f("{E} xin phép báo là cuộc gọi đang được ghi âm."))
    ctext, ctag = (EN_CONSENT if en else VI_CONSENT)[plan["consent_idx"]]
    rec_fault = "outbound/recording_disclosure" in f
    con_fault = "outbound/consent" in f
    pur_late = "outbound/purpose" in f
    rec_late = rec_fault and plan["rec_fail_kind"] == "late"
    first = []
    later = []
    if not pur_late:
        first.append(pc(ctx.f(purpose), "purpose"))
    if not rec_fault:
        first.append(pc(notice, "record"))
        if not con_fault:
            first.append(pc(ctx.f(ctext), "consent"))
            if ctag:
                dec.append(ctag)
    if rec_fault:
        dec.append("recording_notice_after_window" if rec_late else "no_recording_notice")
    if con_fault:
        dec.append("consent_after_window" if plan["con_fail_kind"] == "late" else
                   "notice_without_consent")
    if pur_late:
        dec.append("purpose_after_window")
        first.append(pc("Before I go on, I need to run through a few security questions." if en
                        else ctx.f("Trước khi nói tiếp, {E} cần xác minh vài thông tin.")))
    if first:
        segs.append(sg("agent", first))
        segs.append(sg("customer", [pc(("Yes, that's fine." if en else "Ừ, được.")
                                       if any("consent" in p["tags"] for p in first) else
                                       ("Okay." if en else "Ừ."))]))
    if pur_late:
        for q, a in (EN_SECURITY if en else VI_SECURITY):
            segs += [sg("agent", [pc(ctx.f(q))], gap=r.uniform(0.35, 0.8)),
                     sg("customer", [pc(ctx.f(a))], gap=r.uniform(0.35, 0.8))]
        later.append(sg("agent", [pc("Thanks, that's all verified." if en else
                                     "Dạ xác minh xong rồi ạ."),
                                  pc(ctx.f(purpose), "purpose")], min_start=63.5))
    if rec_late:
        pcs = [pc("I should have said, " + notice[0].lower() + notice[1:] if en else
                  ctx.f("{E} quên báo, ") + notice[0].lower() + notice[1:], "record")]
        if not con_fault:
            pcs.append(pc(ctx.f(ctext), "consent"))
        later.append(sg("agent", pcs, min_start=63.5))
        later.append(sg("customer", [pc("Fine." if en else "Ừ.")]))
    segs += later
    if wrong:
        segs += [sg("customer", [pc(ctx.f(reply))]),
                 sg("agent", [pc(ctx.f("Is that not {TI}?" if en else "Không phải {TI} ạ?"))]),
                 sg("customer", [pc("No, this is a chip shop in Wigan." if en else
                                    "Không, đây là tiệm sửa xe.")]),
                 sg("agent", [pc("Let me just check the number I've dialled." if en else
                                 ctx.f("Để {E} kiểm tra lại số vừa gọi."))]),
                 sg("agent", [pc(ctx.f(detail))], min_start=38.0),
                 sg("customer", [pc("No bother." if en else "Không sao.")])]
        return segs, [], [sg("agent", [pc("Thanks, bye now." if en else
                                          ctx.f("Cảm ơn {P}, chào {P}."))]),
                          sg("customer", [pc("Bye." if en else "Chào.")], pos=True)]
    mid = [sg("customer", [pc(ctx.f(reply), cats=cats)])]
    if con_fault and plan["con_fail_kind"] == "late":
        mid.append(sg("agent", [pc(ctx.f("And is it alright that this call is recorded?" if en
                                         else "À, {P} đồng ý cho ghi âm cuộc gọi chứ ạ?"),
                                   "consent")], min_start=93.5))
        mid.append(sg("customer", [pc("I suppose so." if en else "Ừ, cũng được.")]))
    blocks = []
    if plan["angry"]:
        blocks.append(anger_block(ctx, plan, r, dec))
    for kind, line in plan["conduct"]:
        blocks.append(conduct_block(ctx, kind, line, r))
    if plan["card"]:
        blocks.append(card_block(ctx, plan["card"], r, dec))
    r.shuffle(blocks)
    for b in blocks:
        mid += b
    res = [sg("agent", [pc(ctx.f(detail), "resolve")]),
           sg("customer", [pc("Great, thanks." if en else "Ừ, cảm ơn.")])]
    end = [sg("agent", [pc("Thanks for your time today." if en else
                           ctx.f("{E} cảm ơn {P} đã nghe máy."), "thanks"),
                        pc("Goodbye." if en else ctx.f("Chào {P} ạ."), "bye")]),
           sg("customer", [pc("Bye." if en else "Chào em.")], pos=True)]
    return segs + mid, res, end


# ---------------------------------------------------------------------------------------------
# Recogniser noise (new lists for this set)
# ---------------------------------------------------------------------------------------------

EN_HOMO = {"through": "threw", "days": "daze", "find": "fined", "raise": "rays",
           "sent": "scent", "where": "wear", "which": "witch", "board": "bored"}
EN_SPLIT = {"address": "a dress", "cancel": "can sell", "wedding": "wed ding",
            "application": "app lication", "business": "busy ness", "forward": "for ward"}
EN_JOIN = [("don't you", "dontcha"), ("won't you", "wontcha"), ("must have", "musta"),
           ("lot of", "lotta"), ("had to", "hadda"), ("tell you", "tellya")]
EN_FILL = ["now then", "anyhow", "yeah no", "oh right", "see"]
EN_ACME = ["hack me", "ag me", "ackum"]
VI_JOIN = [("nhà trọ", "nhàtrọ"), ("vân tay", "vântay"), ("đăng nhập", "đăngnhập"),
           ("tiền cọc", "tiềncọc"), ("phong toả", "phongtoả"), ("học phí", "họcphí"),
           ("mã pin", "mãpin"), ("nuôi tôm", "nuôitôm")]
VI_FILL = ["đại khái là", "cơ mà", "ờ ha", "thì đó"]
VI_ABC = ["a bê sê", "ây bờ sê", "ê bi cê"]
PUNCT = ".,!?;:\"…"


def drop_punct(s):
    return " ".join("".join(" " if c in PUNCT else c for c in s).split())


def noise_piece(text, lang, level, r, protect):
    """Lower case, drop punctuation, then word noise; protected pieces only lower/strip."""
    t = drop_punct(text.lower())
    if protect:
        return t
    if lang == "en":
        words = t.split()
        out = []
        for w in words:
            if w in EN_HOMO and r.random() < 0.5:
                out.append(EN_HOMO[w])
            elif w in EN_SPLIT and r.random() < 0.5:
                out.append(EN_SPLIT[w])
            elif w == "acme" and r.random() < 0.45:
                out.append(EN_ACME[r.randrange(len(EN_ACME))])
            else:
                out.append(w)
        t = " ".join(out)
        for a, b in EN_JOIN:
            if (" " + a + " ") in (" " + t + " ") and r.random() < 0.5:
                t = (" " + t + " ").replace(" " + a + " ", " " + b + " ", 1).strip()
        if level >= 2 and r.random() < 0.15:
            t = EN_FILL[r.randrange(len(EN_FILL))] + " " + t
        return t
    words = t.split()
    if r.random() < 0.12:
        words = [strip_marks(w) for w in words]
    else:
        words = [strip_marks(w) if r.random() < 0.08 else w for w in words]
    t = " ".join(words)
    for a, b in VI_JOIN:
        if (" " + a + " ") in (" " + t + " ") and r.random() < 0.5:
            t = (" " + t + " ").replace(" " + a + " ", " " + b + " ", 1).strip()
    if " abc " in " " + t + " " and r.random() < 0.45:
        t = (" " + t + " ").replace(" abc ", " " + VI_ABC[r.randrange(len(VI_ABC))] + " ",
                                    1).strip()
    if level >= 2 and r.random() < 0.15:
        t = VI_FILL[r.randrange(len(VI_FILL))] + " " + t
    return t


NOISE_P = [0.45, 0.65, 0.85, 0.95]


def apply_noise(segs, lang, level, r):
    for s in segs:
        for p in s["pieces"]:
            if s["neg"] or p["protect"]:
                if r.random() < NOISE_P[level]:
                    p["text"] = noise_piece(p["text"], lang, level, r, True)
            elif r.random() < NOISE_P[level]:
                p["text"] = noise_piece(p["text"], lang, level, r, False)


# ---------------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------------


def word_cs(w, speed, lang, r):
    base = 15 + 4.5 * len(w)
    if lang == "vi":
        base *= 1.2
    cs = int(base * speed * r.uniform(0.9, 1.1))
    return max(15, min(65 if lang == "en" else 78, cs))


def time_call(segs, lang, agent_speed, cust_speed, r):
    """Give each word a time in centiseconds; returns timed segments or None."""
    end_max = 0
    prev = None
    anger_start = None
    interrupts = []
    for s in segs:
        speed = agent_speed if s["sp"] == "agent" else cust_speed
        gap = s["gap"] if s["gap"] is not None else r.uniform(0.6, 2.2)
        start = end_max + int(gap * 100)
        if s["min_start"] is not None:
            start = max(start, int((s["min_start"] + r.uniform(0, 1.5)) * 100))
        if s["min_after_anger"] is not None and anger_start is not None:
            start = max(start, anger_start + int((s["min_after_anger"] + r.uniform(0, 1.5))
                                                 * 100))
        if s["interrupt"]:
            if prev is None or prev["sp"] != "customer":
                return None
            ps, pe = prev["t0"], prev["t1"]
            start = min(ps + int((pe - ps) * r.uniform(0.70, 0.85)),
                        pe - 150 - r.randrange(0, 60))
            if start - ps < 100:
                return None
        t = start
        words = []
        for i, p in enumerate(s["pieces"]):
            if i:
                t += r.randrange(10, 41)
            p["t0"] = None
            for j, w in enumerate(p["text"].split()):
                if j or i:
                    t += r.randrange(5, 17)
                d = word_cs(w, speed, lang, r)
                if p["t0"] is None:
                    p["t0"] = t
                words.append([t, t + d, w])
                t += d
        s["words"] = words
        s["t0"], s["t1"] = start, words[-1][1]
        if s["interrupt"]:
            interrupts.append(s)
            if s["t0"] >= prev["t1"]:
                return None
        if s["neg"] and s["sp"] == "customer" and anger_start is None:
            anger_start = start
        end_max = max(end_max, s["t1"])
        prev = s
    return interrupts


# ---------------------------------------------------------------------------------------------
# Truth from tags and times
# ---------------------------------------------------------------------------------------------

WIN_IN = {"greet": ("inbound/greeting", 20), "company": ("inbound/company_name", 20),
          "name": ("inbound/self_intro", 30), "offer": ("inbound/offer_help", 45)}
WIN_OUT = {"name": ("outbound/identify_self", 30), "company": ("outbound/identify_company", 30),
           "purpose": ("outbound/purpose", 60), "record": ("outbound/recording_disclosure", 60),
           "consent": ("outbound/consent", 90)}


def compute_truth(segs, direction, lang, interrupts):
    """Returns (truth dict, list of edge problems)."""
    tagged = {}
    seg_of = {}
    for s in segs:
        if s["sp"] != "agent":
            continue
        for p in s["pieces"]:
            for tg in p["tags"]:
                tagged.setdefault(tg, []).append(p["t0"] / 100)
                seg_of.setdefault(tg, []).append(s["t0"] / 100)
    end = max(s["t1"] for s in segs) / 100
    last = end - 25
    neg = [s for s in segs if s["sp"] == "customer" and s["neg"]]
    t = {k: "not_applicable" for k in RULES}
    edges = []

    def first(tg):
        return min(tagged[tg]) if tg in tagged else None

    def within(tg, lim):
        if tg not in tagged:
            return False
        for ts, ss in zip(tagged[tg], seg_of[tg], strict=True):
            if abs(ts - lim) < 2 or (ts < lim) != (ss < lim):
                edges.append(tg)
        return first(tg) < lim

    if direction == "inbound":
        for tg, (rule, lim) in WIN_IN.items():
            t[rule] = "pass" if within(tg, lim) else "fail"
        t["inbound/confirm_problem"] = "pass" if "restate" in tagged else "fail"
        t["inbound/resolution"] = "pass" if "resolve" in tagged else "fail"
        t["inbound/anything_else"] = "pass" if "anyelse" in tagged else "fail"
        for tg in ("thanks", "bye"):
            for ts, ss in zip(tagged.get(tg, []), seg_of.get(tg, []), strict=True):
                if abs(ts - last) < 2 or (ts < last) != (ss < last):
                    edges.append(tg)
        for ts in tagged.get("thanks_mid", []):
            if ts > end - 28:
                edges.append("thanks_mid")
        th = [x for x in tagged.get("thanks", []) if x >= last]
        by = [x for x in tagged.get("bye", []) if x >= last]
        t["inbound/thanks"] = "pass" if th else "fail"
        t["inbound/goodbye"] = "pass" if by else "fail"
        g, rz = first("greet"), first("resolve")
        if g is not None and rz is not None:
            t["inbound/greeting_before_resolution"] = "pass" if g < rz else "fail"
        if th and by:
            t["inbound/thanks_before_goodbye"] = "pass" if min(th) < min(by) else "fail"
    else:
        for tg, (rule, lim) in WIN_OUT.items():
            if tg == "consent":
                continue
            t[rule] = "pass" if within(tg, lim) else "fail"
        if "record" in tagged:
            t["outbound/consent"] = "pass" if within("consent", 90) else "fail"
    if neg:
        a0 = neg[0]["t0"] / 100
        em = tagged.get("empathy", [])
        for x in em:
            if abs(x - a0) < 2 or abs(x - (a0 + 20)) < 2:
                edges.append("empathy")
        t["angry_caller/empathy"] = "pass" if any(a0 <= x <= a0 + 20 for x in em) else "fail"
        bad = False
        for s in interrupts:
            for n in neg:
                if n["t0"] <= s["t0"] < n["t1"]:
                    bad = True
        t["angry_caller/no_interrupting_angry_customer"] = "fail" if bad else "pass"
    t["angry_caller/no_blame"] = "fail" if "blame" in tagged else "pass"
    swear = any(k in tagged for k in ("swear", "swear_strict", "swear_plain"))
    t["forbidden/profanity"] = "fail" if swear else "pass"
    if lang == "vi":
        t["forbidden/profanity_vi_strict"] = "fail" if "swear_strict" in tagged else "pass"
    t["forbidden/rude"] = "fail" if "rude" in tagged else "pass"
    t["forbidden/no_card_readback"] = "fail" if "card" in tagged else "pass"
    return t, edges


# ---------------------------------------------------------------------------------------------
# Independent text check: reads only the finished row (words, times, sentiment, metadata,
# metrics, truth), never the tags
# ---------------------------------------------------------------------------------------------

SEP = ".,!?;:\"…-/()"


def toks(word):
    w = nfc(word.lower())
    return "".join(" " if c in SEP else c for c in w).split()


def tmatch(tok, kw):
    if tok == kw:
        return True
    return tok == strip_marks(tok) and tok == strip_marks(kw)


def agent_stream(row, t_from=None, t_to=None):
    out = []
    for s in row["segments"]:
        if s["speaker"] != "agent":
            continue
        for a, _b, w in s["words"]:
            if (t_from is None or a >= t_from) and (t_to is None or a < t_to):
                out.extend(toks(w))
    return out


def has_kw(stream, kws):
    for kw in kws:
        parts = kw.split()
        n = len(parts)
        for i in range(len(stream) - n + 1):
            if all(tmatch(stream[i + j], parts[j]) for j in range(n)):
                return True
    return False


def has_exact(stream, kws):
    return any(tok in kws for tok in stream)


KW = {
    "greet_en": ["hello", "hi", "hiya", "hey", "morning", "afternoon", "evening"],
    "greet_vi": ["chào"],
    "company_en": ["acme", "acmé", "a c m e", "hack me", "ag me", "ackum"],
    "company_vi": ["abc", "a b c", "a bê sê", "ây bờ sê", "ê bi cê"],
    "offer_en": ["help", "assist", "how can", "what can", "do for you", "reason for",
                 "what brings"],
    "offer_vi": ["giúp", "hỗ trợ", "có việc", "cần gì", "việc chi"],
    "record_en": ["recorded", "recording", "record"],
    "record_vi": ["ghi âm"],
    "bye_en": ["bye", "goodbye", "take care", "good one", "cheerio", "see you"],
    "bye_vi": ["chào", "tạm biệt", "cúp máy", "tốt lành"],
    "else_en": ["else", "anything more", "that everything", "further"],
    "else_vi": ["khác", "gì nữa", "gì thêm", "xong hết", "còn gì"],
    "empathy_en": ["sorry", "apologise", "understand", "hear you", "oh no", "frustrating",
                   "awful", "terrible"],
    "empathy_vi": ["xin lỗi", "thông cảm", "hiểu", "trời ơi", "tiếc"],
}
EN_SWEARS = {"shit", "fuck", "fucking", "bloody", "crap", "damn", "hell", "sod", "bugger",
             "piss", "arse", "bollocks"}
VI_STRICT_W = {"đéo", "địt", "đụ", "vãi", "lồn"}
VI_PLAIN_W = {"deo", "dit", "dm", "đm", "vl"}
NUM1 = {"zero": 1, "oh": 1, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1, "six": 1,
        "seven": 1, "eight": 1, "nine": 1}
for _w in EN_TEENS:
    NUM1[_w] = 2
for _w in VI_UNITS:
    NUM1[_w] = 1
    NUM1[strip_marks(_w)] = 1
TENS = set(EN_TENS[2:])
UNITS_EN = set(EN_UNITS[1:])


def digit_runs(stream):
    """Yield (start index, digit count) of runs of consecutive digit tokens or number words."""
    runs = []
    i, n = 0, len(stream)
    cur, cur_start = 0, None
    while i < n:
        w = stream[i]
        c = 0
        step = 1
        if w.isdigit():
            c = len(w)
        elif w in TENS:
            c = 2
            if i + 1 < n and stream[i + 1] in UNITS_EN:
                step = 2
        elif w == "double" and i + 1 < n and stream[i + 1] in NUM1:
            c, step = 2, 2
        elif w in NUM1:
            c = NUM1[w]
        if c:
            if cur_start is None:
                cur_start = i
            cur += c
        else:
            if cur:
                runs.append((cur_start, cur))
            cur, cur_start = 0, None
        i += step
    if cur:
        runs.append((cur_start, cur))
    return runs


def card_readback(stream):
    runs = digit_runs(stream)
    if any(c >= 12 for _s, c in runs):
        return True
    keys = [i for i, w in enumerate(stream) if w in ("code", "cvv", "mã")]
    for k in keys:
        for s, c in runs:
            if k < s <= k + 6 and c == 3:
                return True
    return False


def thanks_in(stream, lang):
    for i, w in enumerate(stream):
        nxt = stream[i + 1] if i + 1 < len(stream) else ""
        if lang == "en":
            if w in ("thanks", "cheers", "ta", "appreciate") or (w == "thank" and nxt == "you"):
                return True
        elif (tmatch(w, "cảm") or tmatch(w, "cám")) and tmatch(nxt, "ơn"):
            nn = stream[i + 2] if i + 2 < len(stream) else ""
            if not (tmatch(nn, "giùm") or tmatch(nn, "hộ")):
                return True
    return False


def text_check(row):
    """Returns a list of problems; empty when the row's labels agree with its text."""
    probs = []
    lang = row["language"]
    d = row["metadata"]["direction"]
    tr = row["truth"]
    end = max(w[1] for s in row["segments"] for w in s["words"])
    name = row["context"].split("; agent ")[1].split(" (")[0].lower()
    negs = [s for s, lab in zip(row["segments"], row["sentiment"], strict=True)
            if s["speaker"] == "customer" and lab == "negative"]
    win = 21 if d == "inbound" else 31
    if tr["inbound/greeting"] == "fail" and has_kw(agent_stream(row, 0, 21),
                                                    KW["greet_" + lang]):
        probs.append("greeting word in a greeting-fail row")
    comp = tr["inbound/company_name"] if d == "inbound" else tr["outbound/identify_company"]
    if comp == "fail" and has_kw(agent_stream(row, 0, win), KW["company_" + lang]):
        probs.append("company form in a company-fail row")
    selfk = tr["inbound/self_intro"] if d == "inbound" else tr["outbound/identify_self"]
    if selfk == "fail" and has_kw(agent_stream(row, 0, 31), [name]):
        probs.append("agent name in a self-intro-fail row")
    if tr["inbound/offer_help"] == "fail" and has_kw(agent_stream(row, 0, 46),
                                                      KW["offer_" + lang]):
        probs.append("offer word in an offer-fail row")
    if tr["outbound/recording_disclosure"] == "fail" and has_kw(agent_stream(row, 0, 61),
                                                                 KW["record_" + lang]):
        probs.append("recording word in a recording-fail row")
    tail = agent_stream(row, end - 26, None)
    if tr["inbound/thanks"] == "fail" and thanks_in(tail, lang):
        probs.append("thanks in a thanks-fail row")
    if tr["inbound/goodbye"] == "fail" and has_kw(tail, KW["bye_" + lang]):
        probs.append("goodbye in a goodbye-fail row")
    if tr["inbound/anything_else"] == "fail" and has_kw(agent_stream(row), KW["else_" + lang]):
        probs.append("anything-else words in an anything-else-fail row")
    if negs:
        a0 = negs[0]["start"]
        if tr["angry_caller/empathy"] == "fail" and has_kw(agent_stream(row, a0, a0 + 21),
                                                            KW["empathy_" + lang]):
            probs.append("empathy words in an empathy-fail row")
        bad = any(i["speaker"] == "agent" and any(n["start"] <= i["start_s"] < n["end"]
                                                  for n in negs)
                  for i in row["metrics"]["interruptions"])
        if (tr["angry_caller/no_interrupting_angry_customer"] == "fail") != bad:
            probs.append("interrupting label disagrees with metrics")
    else:
        if tr["angry_caller/empathy"] != "not_applicable" or \
                tr["angry_caller/no_interrupting_angry_customer"] != "not_applicable":
            probs.append("anger labels without anger")
    allag = agent_stream(row)
    if lang == "en":
        if (tr["forbidden/profanity"] == "fail") != has_exact(allag, EN_SWEARS):
            probs.append("English swear words disagree with profanity")
    else:
        strict = has_exact(allag, VI_STRICT_W)
        plain = has_exact(allag, VI_PLAIN_W) or has_kw(allag, ["mẹ nó"])
        if (tr["forbidden/profanity_vi_strict"] == "fail") != strict:
            probs.append("strict words disagree with profanity_vi_strict")
        if (tr["forbidden/profanity"] == "fail") != (strict or plain):
            probs.append("swear words disagree with profanity")
    if (tr["forbidden/no_card_readback"] == "fail") != card_readback(allag):
        probs.append("card digits disagree with no_card_readback")
    return probs


# ---------------------------------------------------------------------------------------------
# Planning
# ---------------------------------------------------------------------------------------------

ORDER_FIRST = ["inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
               "outbound/consent", "outbound/recording_disclosure"]
APART = [("inbound/greeting_before_resolution", "inbound/greeting"),
         ("inbound/greeting_before_resolution", "inbound/resolution"),
         ("inbound/thanks_before_goodbye", "inbound/thanks"),
         ("inbound/thanks_before_goodbye", "inbound/goodbye"),
         ("outbound/consent", "outbound/recording_disclosure")]
ANGER_RULES = ("angry_caller/empathy", "angry_caller/no_interrupting_angry_customer")


def cycle_take(r, items, n):
    seq = []
    while len(seq) < n:
        block = list(items)
        r.shuffle(block)
        seq += block
    return seq[:n]


def make_plans(lang):
    r = rng_for(lang + "/plan")
    base = 0 if lang == "en" else 150
    ins, outs = (EN_IN, EN_OUT) if lang == "en" else (VI_IN, VI_OUT)
    agents = EN_AGENTS if lang == "en" else VI_AGENTS
    profiles = EN_PROFILES if lang == "en" else VI_PROFILES
    dirs = ["inbound"] * 110 + ["outbound"] * 40
    r.shuffle(dirs)
    in_sc = cycle_take(r, range(len(ins)), 110)
    out_plain = [i for i in range(len(outs)) if outs[i][0] not in ("wrong_number", "nham_so")]
    wrong_i = [i for i in range(len(outs)) if outs[i][0] in ("wrong_number", "nham_so")][0]
    out_sc = cycle_take(r, out_plain, 37) + [wrong_i] * 3
    r.shuffle(out_sc)
    ag = cycle_take(r, range(12), 150)
    pr = cycle_take(r, range(len(profiles)), 150)
    plans = []
    ii = oi = 0
    for k in range(150):
        d = dirs[k]
        if d == "inbound":
            sc = ins[in_sc[ii]]
            ii += 1
        else:
            sc = outs[out_sc[oi]]
            oi += 1
        plans.append({"id": f"{lang}-heldout20-{base + k:03d}", "lang": lang, "direction": d,
                      "sc": sc, "agent": agents[ag[k]], "profile": profiles[pr[k]],
                      "tokens": [], "load": 0})
    decoy_like = [p for p in plans if p["sc"][-1]]
    wrongs = [p for p in plans if p["sc"][0] in ("wrong_number", "nham_so")]
    res_in = [p for p in plans if p["direction"] == "inbound"]
    res_out = [p for p in plans if p["direction"] == "outbound" and p not in wrongs]
    r.shuffle(res_in)
    r.shuffle(res_out)
    reserved = res_in[:17] + wrongs + res_out[:6 - len(wrongs)]
    for p in reserved:
        p["reserved"] = True
    tokens = []
    for rule in IN_RULES:
        tokens += [("inbound", rule, None)] * 9
    for rule in OUT_RULES:
        tokens += [("outbound", rule, None)] * 9
    for rule in GEN_RULES:
        var = "strict" if (lang == "vi" and rule == "forbidden/profanity") else None
        tokens += [("inbound", rule, var)] * 7 + [("outbound", rule, var)] * 2
    if lang == "vi":
        tokens += [("inbound", "forbidden/profanity", "plain")] * 3
    r.shuffle(tokens)
    tokens.sort(key=lambda t: 0 if t[1] in ORDER_FIRST else 1)
    for d, rule, var in tokens:
        cost = 2 if var == "strict" else 1
        cands = []
        for p in plans:
            if p["direction"] != d or p.get("reserved"):
                continue
            have = [t[1] for t in p["tokens"]]
            if rule in have or p["load"] + cost > 3:
                continue
            if any((rule == a and b in have) or (rule == b and a in have) for a, b in APART):
                continue
            if rule in ANGER_RULES and p in decoy_like:
                continue
            cands.append(p)
        low = min(p["load"] for p in cands)
        best = [p for p in cands if p["load"] == low]
        p = best[r.randrange(len(best))]
        p["tokens"].append((d, rule, var))
        p["load"] += cost
    # anger
    angry = [p for p in plans if any(t[1] in ANGER_RULES for t in p["tokens"])]
    pool = [p for p in plans if p["direction"] == "inbound" and p not in angry
            and p not in decoy_like]
    r.shuffle(pool)
    angry += pool[:32 - len(angry)]
    for p in angry:
        p["angry"] = True
    # conduct lines handed out in order
    lines = {"blame": list(EN_BLAME if lang == "en" else VI_BLAME),
             "rude": list(EN_RUDE if lang == "en" else VI_RUDE),
             "swear": list(EN_SWEAR if lang == "en" else []),
             "strict": list(VI_STRICT if lang == "vi" else []),
             "plain": list(VI_PLAIN if lang == "vi" else [])}
    card_kinds = list(CARD_FAIL_KINDS)
    tix = 0
    for p in plans:
        pr_ = rng_for(p["id"] + "/options")
        faults = []
        conduct = []
        card = None
        for _d, rule, var in p["tokens"]:
            faults.append(rule)
            if rule == "angry_caller/no_blame":
                line, tag = lines["blame"].pop(0)
                conduct.append(("blame", line))
                p.setdefault("extra_dec", []).append(tag)
            elif rule == "forbidden/rude":
                line, tag = lines["rude"].pop(0)
                conduct.append(("rude", line))
                p.setdefault("extra_dec", []).append(tag)
            elif rule == "forbidden/profanity":
                kind = var or "swear"
                line, tag = lines[kind].pop(0)
                conduct.append((kind, line))
                p.setdefault("extra_dec", []).append(tag)
                if var == "strict":
                    faults.append("forbidden/profanity_vi_strict")
            elif rule == "forbidden/no_card_readback":
                card = "fail:" + card_kinds.pop(0)
        p["faults"] = [k for k in RULES if k in faults]
        p["conduct"] = conduct
        st = p["agent"][2]
        ang = p.get("angry", False)
        opening_fault = any(k in p["faults"] for k in IN_RULES[:4])
        if card is None and pr_.random() < 0.14:
            card = CARD_PASS_KINDS[tix % 4]
            tix += 1
        p["card"] = card
        shapes = ["plain"] * 4 + ["company_first", "greet_offer_one", "acme_spelled",
                                  "name_in_sentence", "reason_question"]
        shapes.append("morning_only" if lang == "en" else "ben_abc")
        p["shape"] = shapes[pr_.randrange(len(shapes))]
        gbr = "inbound/greeting_before_resolution" in p["faults"]
        nofaultang = ang and not any(k in p["faults"] for k in ANGER_RULES)
        cf = "none"
        x = pr_.random()
        if gbr:
            cf = "gbr_quick"
        elif st == "first_name":
            cf = "name"
        elif x < 0.15:
            cf = "hello"
        elif x < 0.25 and "inbound/offer_help" not in p["faults"]:
            cf = "problem_first"
        elif x < 0.45 and nofaultang:
            cf = "angry_first"
        p["cust_first"] = cf
        p["cutoff"] = (not opening_fault and cf in ("none", "hello") and pr_.random() < 0.07)
        p["transferred"] = (pr_.random() < 0.08 and cf in ("none", "hello", "name")
                            and not p["cutoff"])
        p["offer_fail_kind"] = "late" if pr_.random() < 0.5 else "none"
        p["handover"] = cf != "problem_first" and pr_.random() < 0.07
        if "inbound/confirm_problem" in p["faults"]:
            p["restate_kind"] = ["ack", "yesno", "wrong_kept"][pr_.randrange(3)]
        else:
            p["restate_kind"] = "changes" if pr_.random() < 0.12 else "normal"
        p["yesno_idx"] = pr_.randrange(3)
        h = pr_.random()
        p["holds"] = 2 if h < 0.09 else (1 if h < 0.22 else 0)
        p["line_drop"] = not opening_fault and pr_.random() < 0.07
        p["resolve_fail_kind"] = ("apology" if "angry_caller/empathy" not in p["faults"]
                                  and pr_.random() < 0.5 else "vague")
        p["resolve_kind"] = "withdrawn" if pr_.random() < 0.08 else "normal"
        p["survey"] = pr_.random() < 0.1
        p["anyelse_kind"] = "everything" if pr_.random() < 0.15 else "normal"
        p["long_silence"] = pr_.random() < 0.07
        if "inbound/thanks" in p["faults"]:
            p["closing_kind"] = "third_party" if pr_.random() < 0.34 else "none"
        elif "inbound/thanks_before_goodbye" in p["faults"]:
            p["closing_kind"] = "mixed" if pr_.random() < 0.34 else "plain"
        else:
            y = pr_.random()
            p["closing_kind"] = ("normal" if y < 0.52 else "inside" if y < 0.64 else
                                 "good_one" if y < 0.76 else
                                 ("hang_up" if lang == "vi" else "good_one") if y < 0.86
                                 else "mixed")
        p["anger_kind"] = "sarcasm" if pr_.random() < 0.12 else "plain"
        p["anger_idx"] = pr_.randrange(8)
        p["raised"] = pr_.random() < 0.5
        e = pr_.random()
        p["empathy_kind"] = "oh_no" if e < 0.15 else ("hear_you" if e < 0.3 else "style")
        p["empathy_fail_kind"] = "late" if pr_.random() < 0.34 else "none"
        p["touch"] = pr_.random() < 0.6 and cf != "problem_first"
        if cf == "problem_first":
            p["shape"] = "company_first"
        p["notice_alt"] = pr_.random() < 0.4
        c = pr_.random()
        p["consent_idx"] = 0 if c < 0.4 else 1 + pr_.randrange(3)
        p["rec_fail_kind"] = "late" if pr_.random() < 0.4 else "none"
        p["con_fail_kind"] = "late" if pr_.random() < 0.4 else "none"
        p["long"] = pr_.random() < 0.2
        p["level"] = [0, 1, 1, 2, 2, 3][pr_.randrange(6)]
        if lang == "en":
            sn = EN_SURNAMES[pr_.randrange(4)]
            fem = p["profile"][2] in EN_FEMALE
            p["title"] = (("Mrs " if fem else "Mr ") + sn, p["profile"][2] + " " + sn)
        else:
            given, full = VI_NAMES[p["profile"][4]][pr_.randrange(2)]
            p["title"] = (p["profile"][2] + " " + given, full)
        p["angry"] = ang
    return plans


# ---------------------------------------------------------------------------------------------
# Building rows
# ---------------------------------------------------------------------------------------------

DRAWS = {}


def empathy_guard(segs, lang):
    kws = KW["empathy_" + lang]
    for s in segs:
        if s["sp"] != "agent":
            continue
        for p in s["pieces"]:
            if not p["tags"] and has_kw(toks(p["text"]), kws):
                p["text"] = "Right." if lang == "en" else "Dạ."


def count_fixed(plan):
    ctx = Ctx(plan["lang"], plan["agent"], plan["profile"], plan["title"])
    r = rng_for(plan["id"] + "/count")
    build = build_inbound if plan["direction"] == "inbound" else build_outbound
    a, res, end = build(ctx, plan["sc"], plan, r, [])
    return len(a) + len(res) + len(end)


TRIM = [("survey", False), ("line_drop", False), ("holds", 0), ("handover", False),
        ("resolve_kind", "normal"), ("restate_kind", "normal"), ("card", None),
        ("cutoff", False), ("transferred", False)]


def trim_plan(plan):
    """A short plan keeps optional structures only while it fits in 15 segments."""
    if plan["long"] or count_fixed(plan) <= 15:
        return plan
    plan = dict(plan)
    for key, val in TRIM:
        if key == "restate_kind" and plan[key] != "changes":
            continue
        if key == "card" and (plan[key] is None or plan[key].startswith("fail:")):
            continue
        plan[key] = val
        if count_fixed(plan) <= 15:
            break
    return plan


def build_row(plan):
    plan = trim_plan(plan)
    lang = plan["lang"]
    en = lang == "en"
    prof = plan["profile"]
    for attempt in range(400):
        r = rng_for(plan["id"] + "/try/" + str(attempt))
        ctx = Ctx(lang, plan["agent"], prof, plan["title"])
        dec = list(plan.get("extra_dec", []))
        if plan["direction"] == "inbound":
            a, res, end = build_inbound(ctx, plan["sc"], plan, r, dec)
        else:
            a, res, end = build_outbound(ctx, plan["sc"], plan, r, dec)
        fixed = len(a) + len(res) + len(end)
        wrong = plan["sc"][0] in ("wrong_number", "nham_so")
        long_ = plan["long"] or fixed > 15
        target = r.randint(22, 30) if long_ else r.randint(10, 15)
        fill = []
        pool = EN_FILLERS if en else VI_FILLERS
        k = r.randrange(len(pool))
        while not wrong and fixed + len(fill) + 2 <= target:
            q, ans = pool[k % len(pool)]
            k += 1
            fill += [sg("agent", [pc(ctx.f(q))]), sg("customer", [pc(ctx.f(ans))])]
        segs = a + fill + res + end
        if "angry_caller/empathy" in plan["faults"]:
            empathy_guard(segs, lang)
        apply_noise(segs, lang, plan["level"], r)
        sp_a = {"slow_numbers": 1.05, "hedger": 1.0, "apologiser": 0.98, "first_name": 0.92,
                "numbered": 0.97, "irish": 0.95, "con_cochu": 1.0, "da_vang": 0.98,
                "southern": 0.93, "formal_script": 1.02, "summariser": 0.97,
                "minh_both": 0.9}[ctx.style]
        sp_c = prof[3] if en else prof[5]
        inter = time_call(segs, lang, sp_a, sp_c, r)
        why = None
        if inter is None:
            why = "interruption"
        else:
            truth, edges = compute_truth(segs, plan["direction"], lang, inter)
            fails = [k2 for k2 in RULES if truth[k2] == "fail"]
            length = max(s["t1"] for s in segs) / 100
            n = len(segs)
            if fails != plan["faults"]:
                why = "plan mismatch"
            elif edges:
                why = "edge (" + edges[0] + ")"
            elif not 50 <= length <= 240:
                why = "length"
            elif not (9 <= n <= 15 or 21 <= n <= 34):
                why = "segment count"
            else:
                row = make_row(plan, ctx, segs, inter, truth, dec, long_, r)
                probs = text_check(row)
                if probs:
                    why = "text check (" + probs[0] + ")"
                else:
                    DRAWS["ok"] = DRAWS.get("ok", 0) + 1
                    return row
        DRAWS[why] = DRAWS.get(why, 0) + 1
    raise SystemExit(f"could not build {plan['id']}: last reason {why}")


def make_row(plan, ctx, segs, inter, truth, dec, long_, r):
    lang = plan["lang"]
    cats = set()
    for s in segs:
        for p in s["pieces"]:
            cats.update(p["cats"])
    if any(s["neg"] for s in segs):
        cats.add("complaint")
    sc = plan["sc"]
    queue = sc[1][0] if sc[1] else "general"
    seg_out, sent = [], []
    raised = []
    for s in segs:
        words = [[round(a / 100, 2), round(b / 100, 2), w] for a, b, w in s["words"]]
        seg_out.append({"speaker": s["sp"], "start": round(s["t0"] / 100, 2),
                        "end": round(s["t1"] / 100, 2),
                        "text": " ".join(w[2] for w in words), "words": words})
        sent.append("negative" if s["neg"] else ("positive" if s["pos"] else "neutral"))
        if s["neg"] and s["raised"]:
            a = s["t0"] + int((s["t1"] - s["t0"]) * r.uniform(0.1, 0.3))
            b = s["t1"] - int((s["t1"] - s["t0"]) * r.uniform(0.05, 0.25))
            raised.append({"speaker": "customer", "start_s": round(a / 100, 2),
                           "end_s": round(b / 100, 2),
                           "above_median_db": round(r.uniform(7.0, 14.0), 1)})
    inters = []
    for s in inter:
        idx = segs.index(s)
        prev = segs[idx - 1]
        inters.append({"speaker": "agent", "interrupted": "customer",
                       "start_s": round(s["t0"] / 100, 2),
                       "overlap_s": round((min(s["t1"], prev["t1"]) - s["t0"]) / 100, 2)})
    prof = plan["profile"]
    pdesc = prof[1]
    angry = any(s["neg"] for s in segs)
    context = (f"{plan['direction']}/{sc[0]}; caller: {pdesc}; agent {ctx.name} "
               f"({STYLE_TEXT[ctx.style]}); {'long' if long_ else 'short'}; "
               f"noise level {plan['level']}; {'angry' if angry else 'calm'}")
    return {
        "id": plan["id"], "split": SPLIT, "language": lang,
        "metadata": {"direction": plan["direction"], "queue": queue,
                     "agent_name": ctx.full, "language": lang},
        "faults": [k for k in RULES if truth[k] == "fail"],
        "decoys": sorted(set(x for x in dec if x)),
        "context": context,
        "segments": seg_out,
        "sentiment": sent,
        "metrics": {"speaker_separated": True, "interruptions": inters,
                    "raised_voice": raised},
        "truth": {k: truth[k] for k in RULES},
        "categories": sorted(cats),
    }


# ---------------------------------------------------------------------------------------------
# Validator, tables, planting test, main
# ---------------------------------------------------------------------------------------------

ROW_KEYS = ["id", "split", "language", "metadata", "faults", "decoys", "context", "segments",
            "sentiment", "metrics", "truth", "categories"]


def on_grid(x):
    return abs(round(x * 100) - x * 100) < 1e-6


def validate(rows):
    errs = []
    ids = [r["id"] for r in rows]
    if len(rows) != 300 or len(set(ids)) != 300:
        errs.append("size")
    for row in rows:
        rid = row["id"]
        if list(row) != ROW_KEYS:
            errs.append(rid + " keys")
        if list(row["metadata"]) != ["direction", "queue", "agent_name", "language"]:
            errs.append(rid + " metadata keys")
        if list(row["truth"]) != RULES:
            errs.append(rid + " truth keys")
        if any(v not in ("pass", "fail", "not_applicable") for v in row["truth"].values()):
            errs.append(rid + " truth values")
        if row["faults"] != [k for k in RULES if row["truth"][k] == "fail"]:
            errs.append(rid + " faults")
        segs = row["segments"]
        if len(row["sentiment"]) != len(segs):
            errs.append(rid + " sentiment count")
        n = len(segs)
        if not (9 <= n <= 15 or 21 <= n <= 34):
            errs.append(rid + " segment count")
        end = max(s["end"] for s in segs)
        if not 50 <= end <= 240:
            errs.append(rid + " length")
        istarts = {i["start_s"] for i in row["metrics"]["interruptions"]}
        last_end = 0
        for i, s in enumerate(segs):
            if list(s) != ["speaker", "start", "end", "text", "words"]:
                errs.append(rid + " segment keys")
            if " ".join(w[2] for w in s["words"]) != s["text"]:
                errs.append(rid + " words != text")
            prevw = s["start"]
            for a, b, _w in s["words"]:
                if not (on_grid(a) and on_grid(b)) or a < prevw - 1e-9 or b <= a:
                    errs.append(rid + " word times")
                prevw = b
            if abs(s["words"][0][0] - s["start"]) > 1e-9 or \
                    abs(s["words"][-1][1] - s["end"]) > 1e-9:
                errs.append(rid + " segment bounds")
            if i and s["start"] < segs[i - 1]["start"]:
                errs.append(rid + " segment order")
            if s["start"] < last_end - 1e-9 and s["start"] not in istarts:
                errs.append(rid + " unrecorded overlap")
            last_end = max(last_end, s["end"])
        for it in row["metrics"]["interruptions"]:
            if list(it) != ["speaker", "interrupted", "start_s", "overlap_s"] or \
                    it["overlap_s"] <= 0:
                errs.append(rid + " interruption entry")
        negs = [s for s, lab in zip(segs, row["sentiment"], strict=False)
                if lab == "negative"]
        for rv in row["metrics"]["raised_voice"]:
            if list(rv) != ["speaker", "start_s", "end_s", "above_median_db"] or not any(
                    n_["start"] <= rv["start_s"] < rv["end_s"] <= n_["end"] for n_ in negs):
                errs.append(rid + " raised voice")
        if any(s["speaker"] != "customer" for s in negs):
            errs.append(rid + " negative agent segment")
        if row["categories"] != sorted(set(row["categories"])) or \
                any(c not in CATS for c in row["categories"]):
            errs.append(rid + " categories")
        if row["language"] == "en" and row["truth"]["forbidden/profanity_vi_strict"] != \
                "not_applicable":
            errs.append(rid + " strict on English")
        d = row["metadata"]["direction"]
        other = OUT_RULES if d == "inbound" else IN_RULES
        if any(row["truth"][k] != "not_applicable" for k in other):
            errs.append(rid + " direction keys")
        for p in text_check(row):
            errs.append(rid + " text check: " + p)
    for lang in ("en", "vi"):
        lr = [r for r in rows if r["language"] == lang]
        if len(lr) != 150 or sum(r["metadata"]["direction"] == "inbound" for r in lr) != 110:
            errs.append(lang + " balance")
        for k in RULES:
            if lang == "en" and k == "forbidden/profanity_vi_strict":
                continue
            if sum(r["truth"][k] == "fail" for r in lr) < 9:
                errs.append(f"{lang} fails {k}")
        if sum(not r["faults"] for r in lr) < 15:
            errs.append(lang + " fault-free")
    for c in CATS:
        if sum(c in r["categories"] for r in rows) < 15:
            errs.append("category " + c)
    return errs


def tables(rows):
    out = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
           "|---|---|---|---|---|---|---|"]
    for k in RULES:
        cells = []
        for lang in ("en", "vi"):
            lr = [r for r in rows if r["language"] == lang]
            for v in ("fail", "pass", "not_applicable"):
                cells.append(str(sum(r["truth"][k] == v for r in lr)))
        out.append(f"| {k} | " + " | ".join(cells) + " |")
    out += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for c in CATS + ["(none)"]:
        f = (lambda r, c=c: c in r["categories"]) if c != "(none)" else \
            (lambda r: not r["categories"])
        en = sum(f(r) for r in rows if r["language"] == "en")
        vi = sum(f(r) for r in rows if r["language"] == "vi")
        out.append(f"| {c} | {en} | {vi} | {en + vi} |")
    nf = {}
    for r in rows:
        nf[len(r["faults"])] = nf.get(len(r["faults"]), 0) + 1
    out.append("")
    out.append("Faults per call: " + ", ".join(f"{k} in {nf[k]}" for k in sorted(nf)))
    for lang in ("en", "vi"):
        lr = [r for r in rows if r["language"] == lang]
        ang = [r for r in lr if "negative" in r["sentiment"]]
        out.append(f"{lang}: fault-free {sum(not r['faults'] for r in lr)}, angry {len(ang)} "
                   f"({sum(r['metadata']['direction'] == 'inbound' for r in ang)} inbound), "
                   f"long {sum(len(r['segments']) >= 21 for r in lr)}, raised voice "
                   f"{sum(bool(r['metrics']['raised_voice']) for r in lr)}, interruptions "
                   f"{sum(len(r['metrics']['interruptions']) for r in lr)}")
    lens = [max(s["end"] for s in r["segments"]) for r in rows]
    ns = [len(r["segments"]) for r in rows]
    out.append(f"Length {min(lens):.1f}-{max(lens):.1f} s; segments {min(ns)}-{max(ns)}")
    dc = {}
    for r in rows:
        for d in r["decoys"]:
            dc[d] = dc.get(d, 0) + 1
    out.append("Decoy tags: " + ", ".join(f"{k} {dc[k]}" for k in sorted(dc)))
    out.append("Draws: " + ", ".join(f"{k} {DRAWS[k]}" for k in sorted(DRAWS)))
    return "\n".join(out)


def plant_words(row, where, words, speaker="agent", at_end=False):
    """Copy the row and plant words into the first or last agent segment."""
    r2 = json.loads(json.dumps(row))
    segs = [s for s in r2["segments"] if s["speaker"] == speaker]
    s = segs[-1] if at_end else segs[0]
    if at_end:
        t = s["words"][-1][1]
        for w in words:
            s["words"].append([t, t, w])
    else:
        t = s["words"][0][0]
        s["words"] = [[t, t, w] for w in words] + s["words"]
    s["text"] = " ".join(w[2] for w in s["words"])
    del where
    return r2


def plant_test(rows):
    res = []

    def run(name, sel, words, at_end=False):
        chosen = [r for r in rows if sel(r)]
        flagged = 0
        for r in chosen:
            w = words(r) if callable(words) else words
            if text_check(plant_words(r, None, w, at_end=at_end)):
                flagged += 1
        res.append(f"{name}: {flagged} of {len(chosen)} flagged")

    def lw(en, vi):
        return lambda r: en if r["language"] == "en" else vi

    run("greeting word into greeting-fail rows", lambda r: r["truth"]["inbound/greeting"] ==
        "fail", lw(["hello"], ["chào"]))
    run("company into company-fail rows", lambda r: "fail" in (
        r["truth"]["inbound/company_name"], r["truth"]["outbound/identify_company"]),
        lw(["acme"], ["abc"]))
    run("spelled company into company-fail rows", lambda r: "fail" in (
        r["truth"]["inbound/company_name"], r["truth"]["outbound/identify_company"]),
        lw(["a.c.m.e."], ["a", "b", "c"]))
    run("offer into offer-fail rows", lambda r: r["truth"]["inbound/offer_help"] == "fail",
        lw(["help"], ["giúp"]))
    run("thanks into thanks-fail rows (end)", lambda r: r["truth"]["inbound/thanks"] == "fail",
        lw(["thanks"], ["cảm", "ơn"]), at_end=True)
    run("third-party thanks into thanks-fail rows (end)",
        lambda r: r["truth"]["inbound/thanks"] == "fail",
        lw(["thank", "your", "wife"], ["cảm", "ơn", "giùm"]), at_end=True)
    run("goodbye into goodbye-fail rows (end)", lambda r: r["truth"]["inbound/goodbye"] ==
        "fail", lw(["have", "a", "good", "one"], ["cúp", "máy", "nha"]), at_end=True)
    run("anything-else into anything-else-fail rows", lambda r: r["truth"][
        "inbound/anything_else"] == "fail", lw(["is", "that", "everything"], ["còn", "gì"]))
    run("swear into fault-free rows", lambda r: not r["faults"], lw(["sod"], ["đéo"]))
    run("16 digits into rows without a card fail", lambda r: r["truth"][
        "forbidden/no_card_readback"] == "pass", ["4929", "1150", "3382", "7716"])
    run("pairs as words into rows without a card fail", lambda r: r["truth"][
        "forbidden/no_card_readback"] == "pass",
        ["forty-nine", "twenty-nine", "eleven", "fifty", "thirty-three", "eighty",
         "seventy-seven", "sixteen"])
    run("unmarked dm into vi rows without a profanity fail", lambda r: r["language"] == "vi"
        and r["truth"]["forbidden/profanity"] == "pass", ["dm"])
    run("unmarked vai into vi rows without a profanity fail (not a swear)",
        lambda r: r["language"] == "vi" and r["truth"]["forbidden/profanity"] == "pass",
        ["vai"])
    return res


def build_all():
    rows = []
    for lang in ("en", "vi"):
        for plan in make_plans(lang):
            rows.append(build_row(plan))
    return rows


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def main():
    rows = build_all()
    data = dump(rows)
    errs = validate(rows)
    if errs:
        print("\n".join(errs[:40]))
        raise SystemExit(f"{len(errs)} validation errors")
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_bytes() == data
        print("byte-identical:", same)
        if not same:
            raise SystemExit(1)
    else:
        OUT.write_bytes(data)
    print(tables(rows))
    print("sha256", hashlib.sha256(data).hexdigest())
    if "--plant" in sys.argv:
        print("\n".join(plant_test(rows)))


if __name__ == "__main__":
    main()
