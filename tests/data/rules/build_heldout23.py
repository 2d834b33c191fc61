#!/usr/bin/env python3
"""Build heldout23: a blind held-out set for aqm's compliance rules and call drivers.

Standard library only; every wording is written by hand in this file. All draws come from
generators seeded with a SHA-256 of ``heldout23-20261206`` plus a label, so the output is the
same bytes under any PYTHONHASHSEED. ``--check`` rebuilds in memory and compares with the file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = "heldout23-20261206"
SPLIT = "heldout23"
HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout23.jsonl"

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
IN_KEYS = KEYS[:11]
OUT_KEYS = KEYS[11:16]
DRIVERS = ["address_change", "billing", "cancellation", "card_lost", "complaint", "fraud",
           "outage", "payment", "refund"]


def rng_for(label: str) -> random.Random:
    digest = hashlib.sha256(f"{SEED}|{label}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def strip_marks(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


# ----------------------------------------------------------------------------------------
# Agents and styles
# ----------------------------------------------------------------------------------------

AGENTS = {
    "en": [
        ("Morag Sinclair", "Morag", "scottish"), ("Callum Drummond", "Callum", "scottish"),
        ("Bethan Pritchard", "Bethan", "welsh"), ("Rhodri Llewellyn", "Rhodri", "welsh"),
        ("Kelsey Barnard", "Kelsey", "chatty"), ("Danny Foulkes", "Danny", "chatty"),
        ("Priya Natarajan", "Priya", "clipped"), ("Martin Cobb", "Martin", "clipped"),
        ("Tyler Brooks", "Tyler", "american"), ("Jasmine Reyes", "Jasmine", "american"),
        ("Rosalind Amery", "Rosalind", "soft"), ("Tobias Wren", "Tobias", "soft"),
    ],
    "vi": [
        ("Tôn Nữ Diệu Xoan", "Xoan", "central"), ("Hồ Văn Phước", "Phước", "central"),
        ("Võ Ngọc Quỳnh", "Quỳnh", "loanword"), ("Lưu Minh Khiêm", "Khiêm", "loanword"),
        ("Ngô Thị Uyển", "Uyển", "formal"), ("Tạ Quang Duệ", "Duệ", "formal"),
        ("Phùng Thị Ngạn", "Ngạn", "warm"), ("Lương Văn Thịnh", "Thịnh", "warm"),
        ("Châu Thị Diệp", "Diệp", "fast"), ("Kha Văn Sỹ", "Sỹ", "fast"),
        ("Đàm Thị Thơm", "Thơm", "questions"), ("Ông Văn Hách", "Hách", "questions"),
    ],
}

STYLE_DESC = {
    "scottish": "Scottish, aye / wee / no bother", "welsh": "Welsh, lovely / now in a minute",
    "chatty": "chatty, fills silence", "clipped": "clipped and efficient",
    "american": "American-trained, awesome / you bet", "soft": "soft-spoken, apologises a lot",
    "central": "Central, dạ / rứa / hỉ", "loanword": "English banking words",
    "formal": "very formal, quý khách / xin phép", "warm": "warm older agent, cháu",
    "fast": "fast, runs items together", "questions": "asks everything as questions",
}

S = {
    "scottish": dict(
        greet=["Hello there.", "Good morning to you."],
        company=["You're through to Acme Bank.", "This is Acme Bank."],
        name=["It's {n} here.", "{n} speaking."],
        offer=["What can I do for you the day?", "How can I help?"],
        ack=["Aye, no bother.", "Aye, right you are."],
        empathy=["Och, that's rotten, I'm sorry.", "Ach, I'm sorry, that's no fun at all."],
        anyelse=["Anything else I can help with while you're on?", "Is there anything else, "
                 "while I've got you?"],
        thanks=["Thanks for phoning.", "Thanks very much for calling."],
        bye=["Bye just now.", "Bye the now."],
    ),
    "welsh": dict(
        greet=["Hello, good afternoon.", "Good morning."],
        company=["Acme Bank, lovely to hear from you.", "You've rung Acme Bank."],
        name=["{n} here, now.", "My name's {n}."],
        offer=["What can I help you with, lovely?", "How can I help you today?"],
        ack=["Lovely, now in a minute I'll have that up.", "Right you are, lovely."],
        empathy=["Oh, I am sorry, that's horrible for you.", "Oh no, there's awful, I'm so "
                 "sorry."],
        anyelse=["Anything else I can do for you, lovely?", "Is there anything else today?"],
        thanks=["Thank you ever so much for calling."],
        bye=["Bye now, lovely.", "Take care, bye."],
    ),
    "chatty": dict(
        greet=["Hi there!", "Hey, good morning!"],
        company=["So yeah, you've got Acme Bank.", "This is Acme Bank, basically."],
        name=["I'm {n}, by the way.", "My name's {n}, so, yeah."],
        offer=["So, what can I help you with today?", "So, yeah, basically, how can I help?"],
        ack=["So, yeah, okay, got you.", "Right, so, yeah."],
        empathy=["Oh no, that's rotten, honestly, I'm sorry.", "Oh, I totally understand, "
                 "that's rubbish for you."],
        anyelse=["So, anything else while I've got you?", "Anything else I can help with, "
                 "basically?"],
        thanks=["So, yeah, thanks so much for calling."],
        bye=["Bye for now!", "Okay, bye bye!"],
    ),
    "clipped": dict(
        greet=["Morning.", "Afternoon."],
        company=["Acme Bank."],
        name=["{n} speaking."],
        offer=["How can I help?"],
        ack=["Noted.", "Understood."],
        empathy=["Sorry to hear that."],
        anyelse=["Anything else?"],
        thanks=["Thanks for calling."],
        bye=["Goodbye."],
    ),
    "american": dict(
        greet=["Hey there, good morning!", "Hi!"],
        company=["This is Acme Bank customer care."],
        name=["My name is {n}."],
        offer=["How can I help you out today?", "What can I do for you?"],
        ack=["Awesome.", "You bet."],
        empathy=["Oh no, I totally get it, I'm so sorry.", "Oh man, that's rough, I'm sorry."],
        anyelse=["Anything else I can help you with today?"],
        thanks=["Thanks so much for calling, I appreciate you."],
        bye=["Have an awesome day, bye!", "Bye now!"],
    ),
    "soft": dict(
        greet=["Hello, good afternoon.", "Hello."],
        company=["You're through to Acme Bank."],
        name=["My name is {n}, sorry, I should have said."],
        offer=["What can I help you with, if that's alright?", "How can I help?"],
        ack=["I see, yes.", "Okay, yes."],
        empathy=["I'm so sorry, that must be horrible.", "Oh, I'm really sorry about that."],
        anyelse=["Sorry, is there anything else I can do?"],
        thanks=["Thank you, and sorry again for the trouble."],
        bye=["Bye for now."],
    ),
    "central": dict(
        greet=["Dạ {em} chào {kh} hỉ.", "Dạ, xin chào {kh}."],
        company=["Ngân hàng ABC đây ạ.", "Đây là ABC, ngân hàng ABC ạ."],
        name=["{em} tên {n} ạ.", "{em} là {n} đây."],
        offer=["{kh} cần {em} giúp chi rứa?", "{em} giúp được chi cho {kh} hỉ?"],
        ack=["Dạ rứa hỉ.", "Dạ, {em} nghe rồi."],
        empathy=["Dạ tội {kh} quá, {em} xin lỗi nghe.", "Dạ {em} hiểu, răng mà khổ rứa."],
        anyelse=["{kh} còn cần chi nữa không hỉ?"],
        thanks=["Dạ {em} cảm ơn {kh} đã gọi ạ."],
        bye=["Dạ chào {kh} hỉ."],
    ),
    "loanword": dict(
        greet=["Dạ {em} chào {kh} ạ.", "Hi {kh}, {em} chào {kh}."],
        company=["Đây là hotline ABC ạ.", "Ngân hàng ABC xin nghe."],
        name=["{em} là {n}, bên support ạ."],
        offer=["{kh} cần {em} support gì ạ?", "{em} check giúp {kh} việc gì ạ?"],
        ack=["Dạ ok, {em} note lại nha.", "Ok {kh}."],
        empathy=["Dạ {em} xin lỗi {kh}, case này {em} hiểu mà."],
        anyelse=["{kh} còn cần check gì thêm không ạ?"],
        thanks=["Cảm ơn {kh} đã gọi cho ABC ạ."],
        bye=["Bye {kh} nha, chào {kh}."],
    ),
    "formal": dict(
        greet=["{em} xin chào {kh} ạ."],
        company=["{kh} đang gọi tới Ngân hàng ABC."],
        name=["{em} xin phép giới thiệu, {em} là {n}."],
        offer=["{em} có thể hỗ trợ {kh} việc gì ạ?"],
        ack=["Dạ vâng, {em} xin phép ghi nhận."],
        empathy=["{em} thành thật xin lỗi {kh} về sự bất tiện này."],
        anyelse=["{kh} còn cần {em} hỗ trợ thêm gì không ạ?"],
        thanks=["{em} xin chân thành cảm ơn {kh}."],
        bye=["{em} xin phép chào {kh}."],
    ),
    "warm": dict(
        greet=["Dạ {em} chào {kh} nè.", "Chào {kh} nha."],
        company=["Ngân hàng ABC đây {kh}."],
        name=["{em} là {n} nè."],
        offer=["{kh} cần gì cứ nói {em} nghe nha."],
        ack=["Dạ, từ từ nha {kh}.", "Ừ, {em} nghe đây."],
        empathy=["Tội {kh} quá, {em} thương ghê.", "Trời, {kh} đừng lo nha."],
        anyelse=["{kh} còn cần gì nữa không?"],
        thanks=["Cảm ơn {kh} nhiều nha."],
        bye=["Thôi {em} chào {kh} nha."],
    ),
    "fast": dict(
        greet=["Dạ chào {kh}"],
        company=["ngân hàng ABC"],
        name=["{em} là {n}"],
        offer=["{kh} cần gì ạ"],
        ack=["Dạ dạ dạ."],
        empathy=["Dạ {em} xin lỗi xin lỗi {kh} nha."],
        anyelse=["Còn gì nữa không {kh} không thì thôi ạ."],
        thanks=["cảm ơn {kh} nha"],
        bye=["chào {kh}"],
    ),
    "questions": dict(
        greet=["{em} chào {kh}, {kh} khoẻ không ạ?"],
        company=["{kh} gọi đúng Ngân hàng ABC rồi phải không ạ?"],
        name=["{em} là {n}, {kh} nhớ tên {em} chưa ạ?"],
        offer=["{kh} cần {em} giúp gì ạ?"],
        ack=["Vậy hả {kh}?", "Rồi sao nữa ạ?"],
        empathy=["Chắc {kh} bực lắm phải không ạ? {em} xin lỗi nha."],
        anyelse=["{kh} còn cần gì thêm không ạ?"],
        thanks=["{em} cảm ơn {kh} đã gọi nha?"],
        bye=["{em} chào {kh} nha?"],
    ),
}

# Hard-case forms of the opening and closing (decoy tag, wording).
FORMS = {
    "en": dict(
        greet_tod=("greeting_time_of_day_evening", "Evening."),
        company_web=("company_as_web_address", "You've come through to acmebank dot co dot uk."),
        company_generic=("generic_the_bank_only", "You're through to the bank."),
        name_again=("name_as_its_me_again", "It's me again, {n}."),
        offer_imp=("offer_as_imperative", "Tell me what's up."),
        offer_stmt=("offer_as_statement", "I'm here for whatever you need."),
        all_sorted=("anything_else_all_sorted", "Are we all sorted then?"),
        cheers_now=("goodbye_cheers_now", "Cheers now."),
        empathy_rotten=("empathy_oh_no_rotten", "Oh no, that's rotten."),
    ),
    "vi": dict(
        greet_tod=("greeting_time_of_day_only", "Buổi sáng tốt lành ạ."),
        company_web=("company_as_web_address", "abcbank chấm com chấm vn xin nghe ạ."),
        company_abbr=("company_spelled_a_b_c", "Đây là A. B. C. ạ."),
        company_generic=("generic_the_bank_only", "Bên ngân hàng xin nghe ạ."),
        name_again=("name_as_its_me_again", "Lại là {em} nè, {n} đây ạ."),
        offer_imp=("offer_as_imperative", "{kh} cứ kể {em} nghe."),
        offer_stmt=("offer_as_statement", "{em} ở đây lo mọi việc cho {kh} ạ."),
        all_sorted=("anything_else_con_gi_nua", "Còn gì nữa không ạ?"),
        cheers_now=("goodbye_thoi_em_chao", "Thôi {em} chào {kh}."),
        empathy_rotten=("empathy_toi_qua", "Tội {kh} quá."),
    ),
}

# ----------------------------------------------------------------------------------------
# Callers
# ----------------------------------------------------------------------------------------

CALLERS = {
    "en": [
        dict(desc="Glaswegian plumber", name="Gordon McFadyen",
             touch="See, pal, I'm between jobs with my hands full of pipe, "),
        dict(desc="Jamaican-British pastor", name="Pastor Winston Clarke",
             touch="Bless you, my dear, I won't keep you long, "),
        dict(desc="Liverpool hairdresser", name="Leanne Doherty",
             touch="Honest to God, it's doing my head in, "),
        dict(desc="deaf caller using a relay service (the relay operator's voice is the "
                  "customer)", name="Ruth Abernethy",
             touch="Relay operator here, reading for the caller, she types: "),
        dict(desc="tired new father with a crying baby", name="Owen Pritchett",
             touch="Sorry, the baby's screaming, I've had no sleep, "),
        dict(desc="Scottish island crofter", name="Iain Macaskill",
             touch="I'm out on the croft and the signal comes and goes, "),
        dict(desc="Polish-British lorry driver", name="Tomasz Wisniewski",
             touch="I am parked up in the cab now, so, "),
        dict(desc="very polite elderly Hong-Kong-born restaurateur", name="Mr Kwok Wing-hung",
             touch="So sorry to trouble you, I'm calling from the restaurant, "),
    ],
    "vi": [
        dict(desc="cô giáo ở Huế (dạ, mô, răng, rứa)", kh="cô", toi="cô", ban="con",
             name="Tôn Nữ Minh Hạnh", touch="Dạ cô hỏi chút, răng mà kỳ rứa con, "),
        dict(desc="thợ xây Nghệ An (tau, mi, chừ)", kh="anh", toi="tau", ban="mi",
             name="Hồ Sỹ Tuấn", touch="Chừ tau nói mi nghe, "),
        dict(desc="nông dân trồng dừa Bến Tre (tui, hổng, dzậy)", kh="chú", toi="tui",
             ban="con", name="Trần Văn Bảy", touch="Dzậy nè con, tui hổng rành mấy cái này, "),
        dict(desc="đại tá về hưu ở Hà Nội (trang trọng, câu dài)", kh="bác", toi="tôi",
             ban="cháu", name="Nguyễn Đình Khôi",
             touch="Tôi xin trình bày đầy đủ sự việc như sau để cháu nắm rõ, "),
        dict(desc="sinh viên Gen-Z ở Sài Gòn (kiểu, xỉu, chốt đơn)", kh="em", toi="em",
             ban="anh chị", name="Lý Gia Hân", touch="Kiểu là em xỉu luôn á, "),
        dict(desc="chị bầu đang xếp hàng ở bệnh viện", kh="chị", toi="chị", ban="em",
             name="Đặng Thu Trang", touch="Chị đang xếp hàng khám thai nên nói nhanh nha, "),
        dict(desc="người trồng cà phê ở Tây Nguyên", kh="anh", toi="tôi", ban="em",
             name="Y Bhin Niê", touch="Tôi đang ở rẫy cà phê, sóng yếu lắm, "),
        dict(desc="Việt kiều Pháp mới về (chen tiếng Pháp)", kh="cô", toi="tôi", ban="cháu",
             name="Lê Thị Hoa", touch="Bon, tôi mới về từ Lyon, nói hơi chậm, voilà, "),
    ],
}

# ----------------------------------------------------------------------------------------
# Scenarios: key, categories, decoy tag, problem, short, restatement, fix, team
# ----------------------------------------------------------------------------------------

IN_SCEN = {
    "en": [
        ("student_loan_wrong_account", ["refund"], None,
         "My student loan payment came out of my savings instead of my current account, "
         "and I want it put back.", "the student loan payment from the wrong account",
         "So the student loan payment was taken from your savings by mistake, and you want "
         "it returned there.", "I've reversed it into your savings and set the loan payment "
         "to come from your current account.", "payments"),
        ("charity_never_set_up", ["fraud"], None,
         "There's a monthly donation to an animal charity coming out that I never set up, I "
         "don't recognise it at all.", "a charity donation I never set up",
         "So a monthly charity debit is leaving your account and you never agreed to it.",
         "I've raised a fraud claim for all three debits and blocked that charity from "
         "taking any more.", "fraud"),
        ("landlord_deposit_bounced", ["payment"], None,
         "I sent my new landlord the deposit and it bounced back, and I need to pay it "
         "today.", "the deposit to my landlord",
         "So the deposit to your landlord came back and you need to send it again today.",
         "I've corrected the landlord's sort code and sent the deposit again just now.",
         "payments"),
        ("late_fee_bank_holiday", ["billing", "refund"], None,
         "I got a late payment fee because the due date fell on the bank holiday weekend, "
         "and I want that fee back.", "the late fee over the bank holiday",
         "So you were charged a late fee because the due date landed on the bank holiday, "
         "and you'd like it back.", "I've refunded the twelve pound fee, it'll show in two "
         "working days.", "charges"),
        ("speeding_fine", ["payment"], None,
         "I need to pay a speeding fine by bank transfer, can you talk me through sending "
         "it?", "paying my speeding fine",
         "So you'd like to pay your speeding fine straight from your account.",
         "I've set up the transfer to the council with the fine reference, it's gone today.",
         "payments"),
        ("shop_refund_closed_card", ["refund"], None,
         "An online shop refunded me to my old card, which is closed now, and the money's "
         "never reached me.", "a shop refund to my closed card",
         "So a shop refund went to a closed card and you haven't received the money.",
         "I've traced it, and I'm moving the refund across to your new card.", "cards"),
        ("market_card_reader", ["outage"], None,
         "My card reader at the farmers' market stall won't connect, nobody can pay me.",
         "my card reader at the market",
         "So your card reader at the market stall isn't connecting, and you can't take "
         "cards.", "There's a fault on our side with those readers; I've logged it and a "
         "replacement reader goes out by courier tomorrow.", "merchant services"),
        ("apple_pay_wont_add", ["outage"], None,
         "Apple Pay just won't add my Acme card, it keeps saying try again later.",
         "Apple Pay not adding my card", "So your card keeps failing to add to Apple Pay.",
         "There's a fault with adding cards today; it's being fixed tonight, so please try "
         "again tomorrow.", "digital wallet"),
        ("widow_closing_account", ["cancellation"], None,
         "My husband passed away last month and I need to close his account.",
         "closing my late husband's account",
         "So you need your late husband's account closed.",
         "I've opened a bereavement case; once the death certificate is in, the account "
         "closes and the balance is paid to you.", "bereavement"),
        ("house_fire_address", ["address_change"], None,
         "We had a fire at the house and we're living at my sister's now, so I need my "
         "address changed.", "my new address after the fire",
         "So after the fire you need your address updated to your sister's.",
         "I've updated your address to your sister's, and a new card will go there.",
         "customer records"),
        ("crypto_transfer_blocked", ["complaint"], None,
         "You blocked my transfer to a crypto exchange without asking me, and I want to make "
         "a formal complaint.", "the blocked crypto transfer",
         "So your transfer to a crypto exchange was stopped and you want to complain.",
         "I've logged a formal complaint, and the complaints team will reply in five working "
         "days.", "complaints"),
        ("premium_fee_after_downgrade", ["billing", "refund"], None,
         "I'm still being charged the premium account fee, but I downgraded months ago, I "
         "want that money back.", "the premium account fee",
         "So you're still paying the premium fee after downgrading and you want it back.",
         "I've moved you to the standard account and refunded three months of fees.",
         "accounts"),
        ("double_rent_order", ["cancellation", "refund"], None,
         "My rent standing order went out twice this month, I need one of them cancelled "
         "and the money back.", "the double rent standing order",
         "So there are two rent standing orders; you want the duplicate cancelled and the "
         "extra rent back.", "I've cancelled the duplicate order and started a recall of "
         "the extra payment.", "payments"),
        ("wallet_pinched_on_bus", ["card_lost"], None,
         "My wallet got pinched on the bus, and my debit card was in it.",
         "my card stolen on the bus", "So your card was stolen with your wallet on the bus.",
         "I've stopped the card, and a new one will be with you in three to five days.",
         "cards"),
        ("card_lost_car_boot", ["card_lost"], None,
         "I've lost my debit card somewhere at a car boot sale.", "my card lost at the "
         "car boot sale", "So your debit card went missing at the car boot sale.",
         "I've cancelled that card and ordered you a replacement.", "cards"),
        ("gaming_site_payments", ["fraud"], None,
         "There are three payments to a gaming website overnight that I didn't make.",
         "the gaming payments I didn't make",
         "So three overnight gaming payments went out that weren't you.",
         "I've blocked the card and raised a dispute on all three payments.", "fraud"),
        ("contactless_limit", [], None,
         "What's the contactless limit on my card these days?", "the contactless limit",
         "So you want to know how much you can tap with your card.",
         "The limit is one hundred pounds a tap, and you can lower it in the app.", "cards"),
    ],
    "vi": [
        ("tra_gop_tru_hai_ky", ["billing", "refund"], None,
         "{toi} trả góp cái điện thoại mà tháng này bị trừ hai kỳ, {toi} muốn lấy lại một "
         "kỳ.", "trả góp bị trừ hai kỳ",
         "Dạ vậy khoản trả góp điện thoại bị trừ hai kỳ và {kh} muốn hoàn lại một kỳ.",
         "{em} đã hoàn lại kỳ bị trừ dư, tiền về trong hai ngày làm việc.", "thẻ"),
        ("phi_thuong_nien", ["billing"], None,
         "Thẻ tín dụng của {toi} bị thu phí thường niên mà lúc mở được hứa miễn năm đầu.",
         "phí thường niên thẻ tín dụng",
         "Dạ thẻ tín dụng bị tính phí thường niên dù {kh} được hứa miễn năm đầu.",
         "{em} đã miễn phí thường niên cho năm đầu theo đúng cam kết.", "thẻ tín dụng"),
        ("nop_hoc_phi", ["payment"], None,
         "{toi} muốn nộp học phí cho con vào tài khoản của trường.", "nộp học phí cho con",
         "Dạ {kh} cần chuyển học phí cho con vào tài khoản nhà trường.",
         "{em} đã lập lệnh chuyển học phí, trường nhận trong hôm nay.", "thanh toán"),
        ("qr_quan_ca_phe", ["outage"], None,
         "App quét mã QR ở quán cà phê cứ báo lỗi, quét hoài không được.",
         "quét mã QR ở quán cà phê",
         "Dạ chức năng quét QR trong app bị lỗi khi {kh} dùng ở quán.",
         "Bên {em} đang sửa lỗi quét QR, tối nay xong, mai {kh} cập nhật app là dùng được.",
         "ngân hàng số"),
        ("atm_da_nang_nuot_the", ["outage"], None,
         "Cây ATM ở Đà Nẵng nuốt thẻ của {toi} luôn rồi, máy đứng im.", "cây ATM nuốt thẻ",
         "Dạ cây ATM ở Đà Nẵng bị lỗi và giữ thẻ của {kh} lại.",
         "{em} đã báo chi nhánh Đà Nẵng, {kh} mang căn cước ra nhận lại thẻ ngày mai.",
         "vận hành ATM"),
        ("mat_dien_thoai_co_app", [], None,
         "{toi} bị mất điện thoại, trong đó có app ngân hàng, còn thẻ thì vẫn còn.",
         "mất điện thoại có app",
         "Dạ {kh} mất điện thoại có cài app, còn thẻ vẫn giữ.",
         "{em} đã khoá đăng nhập app, {kh} cài lại trên máy mới là dùng được.",
         "ngân hàng số"),
        ("dia_chi_sao_ke", ["address_change"], None,
         "{toi} muốn đổi địa chỉ nhận sao kê về nhà mới.", "đổi địa chỉ nhận sao kê",
         "Dạ {kh} muốn cập nhật địa chỉ nhận sao kê sang nhà mới.",
         "{em} đã cập nhật địa chỉ, sao kê tháng sau gửi về nhà mới.", "hồ sơ khách hàng"),
        ("dong_so_tiet_kiem", ["cancellation"], None,
         "Sổ tiết kiệm của {toi} đáo hạn rồi, {toi} muốn đóng luôn.", "đóng sổ tiết kiệm",
         "Dạ sổ tiết kiệm đáo hạn và {kh} muốn tất toán đóng sổ.",
         "{em} đã tất toán, tiền gốc và lãi về tài khoản thanh toán rồi.", "tiền gửi"),
        ("hoan_tien_san_tmdt", ["refund"], None,
         "Tiền hoàn từ sàn thương mại điện tử hơn tuần rồi mà chưa về tài khoản {toi}.",
         "tiền hoàn từ sàn",
         "Dạ tiền hoàn từ sàn chưa về tài khoản của {kh}.",
         "{em} tra được rồi, tiền hoàn đang treo ở cổng thanh toán, thứ năm sẽ về.",
         "tra soát"),
        ("lua_dat_coc_thue_nha", ["refund"], None,
         "{toi} bị lừa chuyển tiền đặt cọc thuê nhà cho người lạ, {toi} muốn lấy lại tiền.",
         "tiền cọc thuê nhà bị lừa",
         "Dạ {kh} lỡ chuyển tiền cọc cho kẻ lừa đảo và muốn đòi lại.",
         "{em} đã gửi yêu cầu tra soát sang ngân hàng nhận để chặn và thu hồi khoản đó.",
         "tra soát"),
        ("khieu_nai_tong_dai_vien", ["complaint"], None,
         "Lần trước {toi} gọi, bạn tổng đài nói chuyện rất hỗn, {toi} muốn khiếu nại.",
         "thái độ tổng đài viên lần trước",
         "Dạ {kh} muốn khiếu nại thái độ của tổng đài viên lần trước.",
         "{em} đã ghi nhận khiếu nại, bộ phận chất lượng sẽ gọi lại trong ba ngày.",
         "chất lượng"),
        ("thanh_toan_tien_nuoc", ["payment"], None,
         "{toi} muốn thanh toán tiền nước tháng này qua ngân hàng.", "tiền nước",
         "Dạ {kh} cần đóng tiền nước tháng này.",
         "{em} đã thanh toán hoá đơn nước, biên nhận gửi qua tin nhắn.", "thanh toán"),
        ("huy_bao_hiem_nhan_tho", ["cancellation"], None,
         "Lúc vay tiền bên {ban} bán kèm bảo hiểm nhân thọ, giờ {toi} muốn huỷ nó.",
         "huỷ bảo hiểm nhân thọ",
         "Dạ {kh} muốn huỷ hợp đồng bảo hiểm nhân thọ đi kèm khoản vay.",
         "{em} đã gửi yêu cầu huỷ, tháng sau không trừ phí bảo hiểm nữa.", "bảo hiểm"),
        ("roi_vi_cho_hoa", ["card_lost"], None,
         "{toi} làm rơi ví ở chợ hoa, thẻ ABC nằm trong đó.", "rơi ví ở chợ hoa",
         "Dạ {kh} bị rơi ví có thẻ ở chợ hoa.",
         "{em} khoá thẻ rồi, thẻ mới gửi về nhà trong năm ngày.", "thẻ"),
        ("bi_giat_tui", ["card_lost"], None,
         "{toi} bị giật túi xách ngoài đường, mất luôn thẻ ghi nợ.", "bị giật túi mất thẻ",
         "Dạ túi xách bị giật và thẻ ghi nợ mất theo.",
         "{em} đã khoá thẻ ghi nợ và làm thẻ thay thế cho {kh}.", "thẻ"),
        ("the_game_nua_dem", ["fraud"], None,
         "Tài khoản {toi} có ba giao dịch mua thẻ game lúc nửa đêm, {toi} không hề làm.",
         "giao dịch thẻ game lạ",
         "Dạ có ba giao dịch thẻ game lúc nửa đêm mà {kh} không thực hiện.",
         "{em} đã khoá thẻ và mở tra soát cả ba giao dịch.", "chống gian lận"),
    ],
}

DECOYS = {
    "en": [
        ("card_found_in_coat", [], "card_found_in_coat_not_card_lost",
         "I thought I'd lost my card, but it turned up in my coat pocket, can you unfreeze "
         "it?", "unfreezing my card", "So the card's turned up, and you'd like the freeze "
         "taken off.", "I've unfrozen it, it works straight away.", "cards"),
        ("business_partner_address", [], "business_partner_address_not_address_change",
         "My business partner has moved house, do I need to do anything with his address on "
         "our payments?", "my partner's new address",
         "So your partner's moved and you're asking whether that touches your payments.",
         "No, his address is his own business, nothing changes on your side.", "business"),
        ("pay_next_month", [], "payment_promised_next_month_not_payment",
         "I can't clear my credit card this month, but I'll pay it in full next month, is "
         "that alright?", "paying next month", "So you'll clear the balance next month "
         "instead of this one.", "I've noted it; just make the minimum by the twentieth to "
         "keep things clean.", "cards"),
        ("cancelled_flight", [], "cancelled_flight_not_cancellation",
         "My flight to Malaga got cancelled by the airline, does that affect my travel money "
         "card?", "my cancelled flight", "So your flight's off and you want to know whether "
         "your travel card is affected.", "Nothing changes; the card and its euros stay "
         "as they are.", "cards"),
        ("weather_moan", [], "complaint_about_weather_not_complaint",
         "This rain is dreadful, I couldn't get down to the branch, can I just check my "
         "balance?", "my balance", "So the weather kept you from the branch and you'd like "
         "your balance.", "Your balance is four hundred and twelve pounds.", "accounts"),
        ("power_cut_home", [], "power_cut_home_not_outage",
         "We've had a power cut at home all day so I couldn't look at the app, did my wages "
         "come in?", "my wages", "So the power's off at home and you want to know if your "
         "wages arrived.", "They did, they landed at six this morning.", "accounts"),
        ("child_game_payment", [], "child_transaction_recognised_not_fraud",
         "There's a payment to a games shop I didn't clock at first, oh wait, that's my son, "
         "he used my card with my say-so.", "the games shop payment",
         "So the games shop payment was your son, and you're happy it's genuine.",
         "Great, I'll leave it as it is, there's nothing to dispute.", "cards"),
        ("refund_already_in", [], "refund_already_processed_not_refund",
         "I was going to chase a hotel for my money, but I can see it's already come back "
         "in.", "the hotel money", "So the hotel's money has already landed.",
         "Yes, it came in yesterday, so that's all done.", "accounts"),
        ("fee_before_agreeing", [], "fee_explained_before_agreeing_not_billing",
         "Before I agree to an overdraft, what would it cost me?", "the overdraft cost",
         "So you'd like the overdraft cost before you sign up.",
         "It's thirty nine point nine percent a year, and I'll send the terms to read first.",
         "lending"),
    ],
    "vi": [
        ("the_tim_thay_trong_ao", [], "card_found_in_coat_not_card_lost",
         "{toi} tưởng mất thẻ, ai dè nó nằm trong túi áo khoác, giờ mở khoá lại được không?",
         "mở khoá thẻ", "Dạ thẻ tìm lại được rồi và {kh} muốn mở khoá.",
         "{em} mở khoá xong rồi, {kh} dùng lại ngay được.", "thẻ"),
        ("dia_chi_nguoi_hun_von", [], "business_partner_address_not_address_change",
         "Người hùn vốn với {toi} mới chuyển nhà, {toi} có phải khai lại địa chỉ của ảnh "
         "không?", "địa chỉ người hùn vốn",
         "Dạ người hùn vốn chuyển nhà và {kh} hỏi có cần khai lại không.",
         "Dạ không cần, địa chỉ đó là của anh ấy, tài khoản {kh} giữ nguyên.", "doanh nghiệp"),
        ("hen_thang_sau_tra", [], "payment_promised_next_month_not_payment",
         "Tháng này {toi} kẹt tiền, tháng sau {toi} trả hết dư nợ thẻ một lần được không?",
         "trả dư nợ tháng sau", "Dạ tháng sau {kh} mới trả hết dư nợ thẻ.",
         "{em} ghi chú rồi, {kh} chỉ cần trả tối thiểu trước ngày hai mươi.", "thẻ tín dụng"),
        ("chuyen_bay_bi_huy", [], "cancelled_flight_not_cancellation",
         "Chuyến bay đi Phú Quốc bị hãng huỷ, thẻ du lịch của {toi} có sao không?",
         "chuyến bay bị huỷ", "Dạ chuyến bay bị huỷ và {kh} hỏi thẻ có ảnh hưởng không.",
         "Dạ thẻ vẫn bình thường, không thay đổi gì ạ.", "thẻ"),
        ("troi_mua_bao", [], "complaint_about_weather_not_complaint",
         "Trời mưa bão quá {toi} không ra chi nhánh được, cho {toi} hỏi số dư.", "số dư",
         "Dạ mưa quá {kh} không ra chi nhánh được và cần biết số dư.",
         "Dạ số dư hiện tại là tám triệu hai trăm nghìn.", "tài khoản"),
        ("nha_cup_dien", [], "power_cut_home_not_outage",
         "Nhà {toi} cúp điện từ sáng nên không xem app được, lương về chưa?", "lương về chưa",
         "Dạ nhà {kh} mất điện nên {kh} muốn biết lương đã về chưa.",
         "Dạ lương về lúc sáu giờ sáng nay rồi.", "tài khoản"),
        ("con_mua_do_choi", [], "child_transaction_recognised_not_fraud",
         "Có khoản mua đồ chơi thấy lạ, à mà chắc thằng con {toi} mua, nó có xin rồi.",
         "khoản mua đồ chơi", "Dạ khoản mua đồ chơi là do con {kh} mua, {kh} biết rồi.",
         "Dạ vậy {em} để nguyên, không cần tra soát ạ.", "thẻ"),
        ("hoan_ve_xe_da_ve", [], "refund_already_processed_not_refund",
         "{toi} định hỏi tiền hoàn vé xe, mà giờ thấy về rồi.", "tiền hoàn vé xe",
         "Dạ tiền hoàn vé xe đã về tài khoản {kh} rồi.",
         "Dạ đúng, tiền về hôm qua, xong rồi ạ.", "tài khoản"),
        ("hoi_phi_truoc_khi_mo", [], "fee_explained_before_agreeing_not_billing",
         "Trước khi mở thẻ tín dụng, cho {toi} hỏi phí bao nhiêu?", "phí mở thẻ",
         "Dạ {kh} muốn biết phí trước khi mở thẻ.",
         "Dạ phí thường niên là ba trăm nghìn, {em} gửi biểu phí để {kh} đọc trước.",
         "thẻ tín dụng"),
    ],
}

# Outbound: key, categories, purpose (agent), topic (callee), detail (agent)
OUT_SCEN = {
    "en": [
        ("branch_visit_survey", [], "I'm calling about your visit to our Harrogate branch "
         "last week, we'd like your feedback.", "Oh, the visit was fine, the lady at the "
         "counter was very patient with me.", "That's good to hear, I'll pass your comments "
         "to the branch manager."),
        ("login_from_abroad", ["fraud"], "I'm calling because we saw a sign-in to your app "
         "from abroad and a transfer we've stopped.", "That wasn't me, I haven't been abroad "
         "and I don't recognise that transfer at all.", "I've blocked that sign-in and "
         "cancelled the transfer; a new passcode will come by text."),
        ("mortgage_rate_ending", [], "I'm calling because your fixed mortgage rate ends "
         "next month.", "Right, yes, I'd like to look at another fixed deal.",
         "I've booked you in with a mortgage adviser on Tuesday at ten."),
        ("pin_not_set", [], "I'm calling because your new card hasn't had a PIN set yet.",
         "I didn't know I had to set one, I thought it came in the post.",
         "You can set it in the app under card settings, it takes a minute."),
        ("insurance_renewal", ["cancellation"], "I'm calling about your home insurance with "
         "us, which renews on the first.", "I'd actually like to cancel it, I've found cover "
         "elsewhere.", "I've cancelled it from the renewal date, so nothing more is taken."),
        ("kyc_update", ["address_change"], "I'm calling because we need to update the ID "
         "documents we hold for you.", "Fine, and I've moved as well, my new address is "
         "four Orchard Close, can you change that?", "I've changed the address and sent a "
         "secure link for the ID upload."),
        ("missed_instalment_hospital", ["payment"], "I'm calling about the loan instalment "
         "that was missed in May.", "I was in hospital, I'd like to pay it now over the "
         "phone if I can.", "That's paid now, and I've put a note about your hospital stay."),
        ("long_standing_thank_you", [], "I'm calling to mark twenty five years of you "
         "banking with us.", "Oh, how lovely, I never expected a call like that.",
         "We've added a small gift voucher to your account as a token."),
    ],
    "vi": [
        ("khao_sat_chi_nhanh", [], "{em} gọi để hỏi ý kiến về buổi {kh} đến chi nhánh Cầu "
         "Giấy tuần trước ạ.", "Hôm đó cũng ổn, bạn giao dịch viên làm nhanh lắm.",
         "Dạ {em} sẽ chuyển ý kiến của {kh} cho giám đốc chi nhánh."),
        ("dang_nhap_nuoc_ngoai", ["fraud"], "{em} gọi vì hệ thống thấy app của {kh} đăng "
         "nhập từ nước ngoài và có lệnh chuyển tiền bị chặn ạ.", "Không phải {toi}, {toi} "
         "không đi đâu hết, lệnh chuyển đó {toi} không biết gì.",
         "{em} đã khoá phiên đăng nhập và huỷ lệnh chuyển, mật khẩu mới sẽ gửi qua tin "
         "nhắn."),
        ("lai_suat_vay_nha_het_uu_dai", [], "{em} gọi vì lãi suất ưu đãi khoản vay mua nhà "
         "của {kh} hết vào tháng sau ạ.", "Ừ, {toi} muốn xem gói lãi cố định khác.",
         "{em} đã hẹn chuyên viên tín dụng gặp {kh} sáng thứ ba."),
        ("the_moi_chua_dat_pin", [], "{em} gọi vì thẻ mới của {kh} chưa được đặt mã PIN "
         "ạ.", "{toi} tưởng mã PIN gửi qua bưu điện chứ.",
         "Dạ {kh} đặt PIN ngay trong app ở mục cài đặt thẻ, một phút là xong."),
        ("tai_tuc_bao_hiem", ["cancellation"], "{em} gọi về hợp đồng bảo hiểm xe sắp tái "
         "tục vào đầu tháng ạ.", "{toi} muốn huỷ luôn, {toi} mua chỗ khác rồi.",
         "{em} đã huỷ từ ngày tái tục, sẽ không trừ tiền nữa."),
        ("cap_nhat_giay_to", ["address_change"], "{em} gọi để cập nhật giấy tờ tuỳ thân "
         "của {kh} ạ.", "Được, mà {toi} cũng chuyển nhà rồi, đổi giùm địa chỉ mới ở số "
         "chín đường Lê Lợi nha.", "{em} đã đổi địa chỉ và gửi đường dẫn để {kh} tải giấy "
         "tờ lên."),
        ("tre_ky_sau_nam_vien", ["payment"], "{em} gọi về kỳ trả góp tháng năm chưa thanh "
         "toán ạ.", "{toi} nằm viện nên quên, giờ {toi} muốn trả luôn qua điện thoại.",
         "Dạ đã thanh toán xong, {em} ghi chú việc {kh} nằm viện rồi."),
        ("goi_tri_an", [], "{em} gọi để tri ân {kh} đã gắn bó với ngân hàng hai mươi lăm "
         "năm ạ.", "Ôi, {toi} không nghĩ được gọi như vầy đâu.",
         "Dạ bên {em} đã tặng một phiếu quà vào tài khoản của {kh}."),
    ],
}

# ----------------------------------------------------------------------------------------
# Shared lines
# ----------------------------------------------------------------------------------------

L = {
    "en": dict(
        hello=["Hello?", "Hello, hi?"],
        yes=["Yes, that's it.", "Yeah, exactly that.", "That's right, yes."],
        ok=["Okay.", "Right, fine.", "Great, that's a relief."],
        no_more=["No, that's everything.", "No, that's all, ta."],
        last=["Cheers, bye.", "Thank you, bye now.", "Lovely, bye."],
        cust_bye=["Okay then, bye.", "Right, bye."],
        wrong=["So you're wanting to open a new savings account, is that it?",
               "So you'd like to raise your overdraft limit, have I got that?"],
        correct="No, no, not that. It's about {short}.",
        bare=["Okay.", "Right, okay."],
        ask_repeat="Say that again?",
        repeat="It's about {short}.",
        quick_q="Quick one first, can I still pay in cheques at the post office?",
        quick_a="You can, yes, at any post office counter.",
        said_name="Is that {n}? You helped me last time.",
        said_name_a="That's right.",
        sec=[("Before anything, can I take your full name?", "{cname}."),
             ("And your date of birth?", "Fourth of March, nineteen seventy."),
             ("And the first line of your address?", "Twelve Ferry Road.")],
        loads="One moment while that loads.",
        anger_bank=[
            "I've been waiting weeks and nobody at this bank ever gets back to me, I'm sick "
            "of it.",
            "This is the third time I've rung, your bank is a shambles, honestly.",
            "I'm furious, this is your bank's mess and I'm the one paying for it.",
            "Every single time Acme gets it wrong and I have to chase it, I've had enough.",
        ],
        anger_shop="That shop keeps fobbing me off and I'm absolutely livid with them, not "
                   "you lot, them.",
        anger_yes="Yes.",
        interrupt="Okay, hang on, hang on,",
        process=["Can I take the account number first.", "Right, I need your postcode."],
        late_emp="Going back to what you said, I'm sorry, that sounds awful.",
        looked=["It's being looked into.", "That's being looked into at the moment."],
        promise="You'll see it all done by Thursday, I promise.",
        transfer="I'm putting you through to our {team} team, because only they can finish "
                 "this, and I'll stay on until they answer.",
        refuse="I can't promise all of it on this call, but here's what I can do: {fix}",
        closing_stmt="Right, that's us then.",
        early_bye="Lovely, bye now.",
        wait="Hang on, before you go, does this affect my direct debits?",
        wait_a="No, those carry on as normal.",
        thanks_mid="Thanks for your patience with all this.",
        hold="I'll just pop you on hold a moment.",
        hold_back="Hello? Anyone there?",
        hold_out="Right, the hold timed out and put you back to me.",
        hold_thanks="Thanks for waiting.",
        blame_reply=["Excuse me? That's not fair.", "Hang on, that's not my fault."],
        rude_reply=["Charming.", "Well, there's no need for that."],
        swear_reply=["Everything alright there?", "Erm, okay."],
        card_ask="Can you read me the long number on the card?",
        card_read="It's {g}.",
        card_ok="Got it, that's the right card.",
        last4="So that's the card ending {l4}, yes?",
        expiry="And the expiry's {exp}, is that right?",
        cvv_ask="And the three digits on the back?",
        cvv_give="{cvv}.",
        cvv_ok="Got it.",
        card_yes="Yes.",
        ob_greet=["Hello, good afternoon.", "Hi there, good morning."],
        ob_name="My name's {n},",
        ob_company="and I'm calling from Acme Bank.",
        ob_company_bad="and I'm calling from your bank's security team.",
        ob_company_only="I'm calling from Acme Bank.",
        ob_company_bad_only="I'm calling from your bank's security team.",
        ob_ask="Am I speaking with {cname}?",
        ob_speaking="Yes, speaking.",
        record=["This call is recorded for quality and training.",
                "Just so you know, this call is being recorded."],
        consent=["Is that okay with you?", "Are you alright with that before we carry on?"],
        consent_yes="Yes, that's fine.",
        ob_ok=["Great, thank you.", "Lovely, that's sorted then."],
        ob_thanks=["Thanks for your time today.", "Thank you for talking to me."],
    ),
    "vi": dict(
        hello=["Alô?", "Alô, alô?"],
        yes=["Dạ đúng rồi.", "Đúng rồi đó.", "Ừ, vậy đó."],
        ok=["Ừ, được rồi.", "Vậy thì tốt.", "Ờ, được."],
        no_more=["Hết rồi.", "Vậy thôi, hết rồi."],
        last=["Ừ, cảm ơn nha, chào {ban}.", "Được rồi, chào nha.", "Ừ, vậy thôi nha."],
        cust_bye=["Thôi chào nha.", "Ừ, chào."],
        wrong=["Dạ vậy là {kh} muốn mở sổ tiết kiệm mới phải không ạ?",
               "Dạ {kh} muốn nâng hạn mức thấu chi đúng không ạ?"],
        correct="Không phải, là chuyện {short}.",
        bare=["Dạ.", "Dạ, ừ."],
        ask_repeat="Dạ {kh} nói lại được không ạ?",
        repeat="Là chuyện {short} đó.",
        quick_q="Cho hỏi nhanh, nộp tiền ở bưu điện được không?",
        quick_a="Dạ được, bưu điện nào cũng nộp được ạ.",
        said_name="Có phải {n} không, lần trước {n} làm cho {toi} đó?",
        said_name_a="Dạ đúng rồi.",
        sec=[("Trước tiên cho {em} xin họ tên đầy đủ ạ.", "{cname}."),
             ("Ngày sinh của {kh} ạ?", "Mùng bốn tháng ba năm bảy mươi."),
             ("Địa chỉ thường trú ạ?", "Số mười hai đường Trần Phú.")],
        loads="{kh} đợi {em} một lát để máy tải nha.",
        anger_bank=[
            "{toi} gọi mấy lần rồi mà ngân hàng cứ hẹn lần hẹn lữa, bực hết sức.",
            "Ngân hàng gì mà làm ăn tắc trách vậy, {toi} mất tiền oan.",
            "Lần nào cũng vậy, bên {ban} làm sai rồi bắt {toi} chạy theo, chán lắm rồi.",
            "{toi} tức lắm, lỗi của ngân hàng mà {toi} phải gánh.",
        ],
        anger_shop="Cái shop đó lừa {toi}, {toi} tức cái shop đó lắm, không phải tại bên "
                   "{ban}.",
        anger_yes="Ừ.",
        interrupt="Khoan khoan, {kh} ơi,",
        process=["Dạ cho {em} xin số tài khoản.", "{kh} đọc số điện thoại đăng ký giúp {em}."],
        late_emp="Dạ quay lại chuyện lúc nãy, {em} thật lòng xin lỗi {kh}.",
        looked=["Dạ bên {em} đang xem xét.", "Dạ việc này đang được xem xét ạ."],
        promise="Thứ năm là {kh} thấy xong hết, {em} hứa.",
        transfer="{em} chuyển {kh} sang bộ phận {team}, vì chỉ bên đó mới làm tiếp được, "
                 "{em} giữ máy tới khi họ nghe.",
        refuse="Dạ {em} không hứa xong hết trong cuộc gọi này được, nhưng {em} làm được "
               "thế này: {fix}",
        closing_stmt="Dạ vậy là xong rồi đó ạ.",
        early_bye="Dạ chào {kh} nha.",
        wait="Khoan, cho hỏi thêm, mấy khoản trích nợ tự động có bị ảnh hưởng không?",
        wait_a="Dạ không, vẫn chạy bình thường ạ.",
        thanks_mid="Cảm ơn {kh} đã kiên nhẫn với {em}.",
        hold="{em} cho {kh} chờ máy một chút nha.",
        hold_back="Alô? Còn đó không?",
        hold_out="Dạ hệ thống chờ bị ngắt nên cuộc gọi quay lại {em}.",
        hold_thanks="Cảm ơn {kh} đã đợi.",
        blame_reply=["Sao lại tại {toi}?", "Ủa, đâu phải lỗi {toi}."],
        rude_reply=["Trời đất.", "Nói vậy mà nghe được hả?"],
        swear_reply=["Có sao không vậy?", "Ờ, ừ."],
        card_ask="{kh} đọc giúp {em} mười sáu số trên thẻ.",
        card_read="Số thẻ là {g}.",
        card_ok="Dạ đúng thẻ rồi ạ.",
        last4="Dạ thẻ có đuôi {l4} phải không ạ?",
        expiry="Ngày hết hạn là tháng {exp} phải không ạ?",
        cvv_ask="Ba số mặt sau thẻ ạ?",
        cvv_give="{cvv}.",
        cvv_ok="Dạ rồi.",
        card_yes="Ừ.",
        ob_greet=["{em} chào {kh} ạ.", "Dạ xin chào {kh}."],
        ob_name="{em} là {n},",
        ob_company="gọi từ Ngân hàng ABC.",
        ob_company_bad="gọi từ bộ phận chăm sóc khách hàng ạ.",
        ob_company_only="{em} gọi từ Ngân hàng ABC.",
        ob_company_bad_only="{em} gọi từ bộ phận chăm sóc khách hàng ạ.",
        ob_ask="Có phải {kh} {cname} không ạ?",
        ob_speaking="Ừ, đúng rồi.",
        record=["Cuộc gọi này được ghi âm để bảo đảm chất lượng ạ.",
                "Dạ cuộc gọi đang được ghi âm ạ."],
        consent=["{kh} đồng ý cho {em} tiếp tục không ạ?",
                 "{kh} thấy ổn để {em} nói tiếp không ạ?"],
        consent_yes="Ừ, được.",
        ob_ok=["Ừ, vậy được.", "Vậy là ổn."],
        ob_thanks=["{em} cảm ơn {kh} đã dành thời gian ạ.", "Cảm ơn {kh} đã nghe máy ạ."],
    ),
}

FILLERS = {
    "en": [
        ("Is the mobile ending 482 still the best one for you?", "Yes, that's still mine."),
        ("Are you calling from home today?", "No, I'm out and about."),
        ("Do you still get paper statements?", "No, it's all online now."),
        ("Have you got the app on your phone?", "I have, yeah."),
        ("And is the email we hold still right?", "Should be, yeah."),
        ("Bear with me, the screen's slow today.", "No rush."),
        ("Just to check, is this your only account with us?", "Just the one, yes."),
        ("Would you like a text when it's done?", "Please, yes."),
        ("Do you use online banking on a computer as well?", "Now and then."),
        ("How long have you banked with us?", "Must be twenty years."),
        ("Is there a best time to reach you?", "Evenings, really."),
        ("Are you on a mobile or a landline today?", "Mobile."),
    ],
    "vi": [
        ("Số điện thoại đuôi 482 vẫn là của {kh} đúng không ạ?", "Dạ đúng rồi."),
        ("{kh} có dùng app trên điện thoại không ạ?", "Có, cài rồi."),
        ("{kh} còn nhận sao kê giấy không ạ?", "Không, xem trên mạng thôi."),
        ("Email bên {em} đang lưu vẫn đúng chứ ạ?", "Chắc vẫn đúng."),
        ("{kh} chờ {em} một chút, máy hơi chậm ạ.", "Ừ, không sao."),
        ("{kh} chỉ có một tài khoản bên {em} thôi phải không ạ?", "Một cái thôi."),
        ("Xong {em} nhắn tin báo {kh} được không ạ?", "Được, nhắn đi."),
        ("{kh} dùng ngân hàng mình lâu chưa ạ?", "Cũng mười mấy năm rồi."),
        ("Giờ nào gọi lại cho {kh} tiện nhất ạ?", "Buổi tối là được."),
        ("{kh} đang ở nhà hay ở ngoài ạ?", "Đang ở ngoài."),
        ("{kh} có muốn nhận thông báo qua Zalo không ạ?", "Thôi, tin nhắn là được."),
        ("{kh} gọi bằng số di động hay máy bàn ạ?", "Di động."),
    ],
}

# Conduct lines: (decoy tag, wording); each used by one fail.
BLAME = {
    "en": [
        ("agent_blames_customer", "Well, you must have typed the wrong sort code, that's on "
         "you."),
        ("agent_blames_customer", "If you'd kept the card zipped away, we wouldn't be here."),
        ("agent_blames_customer", "You agreed to that when you opened it, so that's your "
         "lookout."),
        ("agent_blames_customer", "To be fair, you should have rung us weeks ago."),
        ("agent_blames_customer", "Honestly, you set this up yourself, you just don't "
         "remember."),
        ("agent_blames_customer", "You keep mixing up your accounts, that's the whole "
         "problem."),
        ("agent_blames_customer", "It's because you ignored the texts we sent."),
        ("agent_blames_customer", "That's what happens when you don't open your post."),
        ("agent_blames_customer", "You should know your own details by now."),
    ],
    "vi": [
        ("agent_blames_customer", "Tại {kh} nhập sai số tài khoản chứ đâu phải bên {em}."),
        ("agent_blames_customer", "Ai biểu {kh} để thẻ lung tung."),
        ("agent_blames_customer", "{kh} tự đồng ý rồi giờ còn hỏi."),
        ("agent_blames_customer", "Lẽ ra {kh} phải gọi sớm hơn chứ."),
        ("agent_blames_customer", "Chính {kh} cài đặt mà giờ {kh} quên thôi."),
        ("agent_blames_customer", "{kh} cứ nhầm tài khoản hoài nên mới vậy."),
        ("agent_blames_customer", "Tin nhắn gửi rồi mà {kh} không chịu đọc."),
        ("agent_blames_customer", "Do {kh} không cập nhật app nên lỗi là phải."),
        ("agent_blames_customer", "Thông tin của mình mà {kh} cũng không nhớ."),
    ],
}
RUDE = {
    "en": [
        ("rude_sigh_whatever_you_say", "Haah. Whatever you say."),
        ("rude_sigh_whatever_you_say", "Haah, fine, whatever you say then."),
        ("agent_rude", "I haven't got all day, get on with it."),
        ("agent_rude", "Do you want this dealt with or not?"),
        ("agent_rude", "That's not really my problem, is it."),
        ("agent_rude", "Yeah, yeah, I heard you the first time."),
        ("agent_rude", "Look, I've got a queue of calls waiting."),
        ("agent_rude", "You're not making much sense, to be honest."),
        ("agent_sarcasm_well_done_you", "Oh, well done you."),
    ],
    "vi": [
        ("rude_roi_roi_sao_cung_duoc", "Rồi rồi, sao cũng được."),
        ("agent_sarcasm_gioi_qua_ha", "Giỏi quá ha."),
        ("agent_sarcasm_gioi_qua_ha", "Giỏi quá ha, giờ mới gọi."),
        ("agent_rude", "{kh} nói lẹ lên giùm, {em} còn nhiều cuộc."),
        ("agent_rude", "Chuyện đó đâu phải việc của {em}."),
        ("agent_rude", "Nghe rồi, nói một lần thôi."),
        ("agent_rude", "{kh} nói gì mà lộn xộn quá."),
        ("agent_rude", "Ờ, biết rồi, khổ lắm."),
        ("agent_rude", "Muốn làm hay không thì nói."),
    ],
}
SWEAR = {
    "en": [
        ("swear_bloody_hell_at_system", "Bloody hell, the system's frozen again."),
        ("swear_bloody_hell_at_system", "Bloody hell, it's logged me out."),
        ("swear_feck", "Feck, wrong tab."),
        ("swear_feck", "Feck it, this screen again."),
        ("swear_at_system", "Shite, it's crashed."),
        ("swear_at_system", "Oh crap, the page went blank."),
        ("swear_at_system", "Damn thing, hang on."),
        ("swear_at_system", "Bugger, lost it."),
        ("swear_at_system", "For fuck's sake, come on."),
    ],
    "vi": [
        ("vi_strict_swear_vai", "Vãi, máy lại treo."),
        ("vi_strict_swear_vai", "Vãi thật, mất hết dữ liệu rồi."),
        ("vi_strict_swear", "Đéo chạy luôn, cái máy này."),
        ("vi_strict_swear", "Đéo load được."),
        ("vi_strict_swear", "Địt, văng ra rồi."),
        ("vi_strict_swear", "Đụ, lại lỗi."),
        ("vi_strict_swear_vai", "Vãi cả hệ thống."),
        ("vi_strict_swear", "Đéo biết nó bị gì."),
        ("vi_strict_swear", "Địt, treo nữa rồi."),
    ],
}
PLAIN_VI = [("vi_plain_swear_me_no", "Mẹ nó, cái máy này chậm rì."),
            ("vi_plain_swear_me_no", "Mẹ nó, lại đứng hình.")]

EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
VI_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

# ----------------------------------------------------------------------------------------
# Noise
# ----------------------------------------------------------------------------------------

HOMO = {"week": "weak", "due": "dew", "mail": "male", "sure": "shore", "would": "wood",
        "be": "bee", "buy": "by", "new": "knew", "our": "hour", "whole": "hole",
        "ill": "aisle", "youll": "yule", "meet": "meat", "fair": "fare"}
SPLITS = {"account": "a count", "statement": "state meant", "transfer": "trans fur",
          "direct": "die rect", "deposit": "de posit", "contactless": "contact less",
          "donation": "dough nation", "standing": "stand in", "premium": "pree mium",
          "landlord": "land lord", "exchange": "ex change", "replacement": "re placement"}
JOINS = [("going to", "gonna"), ("let me", "lemme"), ("give me", "gimme"),
         ("kind of", "kinda"), ("out of", "outta")]
ACME_MIS = ["acne", "ak me", "ack knee", "acmy"]
EN_FILL = ["uh", "you know", "so um", "like"]
ABC_MIS = ["a bê xê", "ây bi si", "a bờ cờ", "ê bê xê"]
VI_FILL = ["ừm", "thì", "nói chung", "á"]
VI_INIT = [("tr", "ch", 0.04), ("s", "x", 0.03), ("r", "d", 0.03), ("l", "n", 0.02),
           ("gi", "d", 0.02)]
NOISE_P = [0.4, 0.6, 0.8, 0.9]


def normalise(text: str) -> str:
    t = unicodedata.normalize("NFC", text).lower().replace("-", " ").replace("'", "")
    t = t.replace("\u2019", "")
    t = re.sub(r"[^\w\s]", " ", t)
    return " ".join(t.split())


def noise(text: str, lang: str, level: int, r: random.Random, raw: bool) -> list[str]:
    t = normalise(text)
    if raw or r.random() >= NOISE_P[level]:
        return t.split()
    if lang == "en":
        for a, b in JOINS:
            if f" {a} " in f" {t} " and r.random() < 0.5:
                t = f" {t} ".replace(f" {a} ", f" {b} ").strip()
        out = []
        for w in t.split():
            if w in HOMO and r.random() < 0.35:
                out.append(HOMO[w])
            elif w in SPLITS and r.random() < 0.5:
                out.extend(SPLITS[w].split())
            elif w == "acme" and r.random() < 0.35:
                out.extend(r.choice(ACME_MIS).split())
            else:
                out.append(w)
        if level >= 2 and r.random() < 0.25:
            out = r.choice(EN_FILL).split() + out
        return out
    out = []
    for w in t.split():
        if w == "abc" and r.random() < 0.3:
            out.extend(r.choice(ABC_MIS).split())
            continue
        for a, b, p in VI_INIT:
            if w.startswith(a) and not (a == "r" and w.startswith("gi")) and r.random() < p:
                w = b + w[len(a):]
                break
        out.append(w)
    if level >= 2 and r.random() < 0.25:
        out = r.choice(VI_FILL).split() + out
    return out


# ----------------------------------------------------------------------------------------
# Call assembly
# ----------------------------------------------------------------------------------------

class Piece:
    def __init__(self, text, tags=(), cats=(), raw=False):
        self.text, self.tags, self.cats, self.raw = text, tuple(tags), list(cats), raw
        self.start = None


class Turn:
    def __init__(self, spk, pieces, senti="neutral", gap=None, min_abs=None, min_anger=None,
                 interrupt=False):
        self.spk, self.pieces, self.senti = spk, pieces, senti
        self.gap, self.min_abs, self.min_anger, self.interrupt = gap, min_abs, min_anger, interrupt


class Redraw(Exception):
    pass


def fill(s: str, v: dict) -> str:
    for k, val in v.items():
        s = s.replace("{" + k + "}", val)
    return s


def digits_words(num: str, lang: str, oh: bool) -> str:
    if lang == "en":
        return " ".join("oh" if (d == "0" and oh) else EN_UNITS[int(d)] for d in num)
    return " ".join(VI_UNITS[int(d)] for d in num)


def build_call(cfg: dict, r: random.Random) -> dict:
    lang, direction, fails = cfg["lang"], cfg["direction"], cfg["fails"]
    st = S[cfg["style"]]
    Ln = L[lang]
    F = FORMS[lang]
    caller = cfg["caller"]
    decoys: list[str] = []
    v = {"n": cfg["spoken"]}
    if lang == "vi":
        kh = "quý khách" if cfg["style"] == "formal" else caller["kh"]
        em = "cháu" if cfg["style"] == "warm" and caller["kh"] in ("bác", "chú", "cô") else "em"
        v.update(kh=kh, em=em, toi=caller["toi"], ban=caller["ban"])
    v["cname"] = caller["name"]

    def f(s):
        return fill(s, v)

    def A(*pieces, **kw):
        return Turn("agent", list(pieces), **kw)

    def C(*pieces, **kw):
        return Turn("customer", list(pieces), **kw)

    def P(text, tags=(), cats=(), raw=False):
        return Piece(f(text), tags, cats, raw)

    turns: list[Turn] = []
    angry = cfg["angry"]
    anger_at_shop = cfg["at_shop"]
    pre_fill: list[Turn] = []

    def anger_turns(after_agent_last: bool):
        out = []
        if after_agent_last is False:
            out.append(A(P(r.choice(st["ack"]))))
        line = Ln["anger_shop"] if anger_at_shop else r.choice(Ln["anger_bank"])
        out.append(C(P(Ln["anger_yes"]), P(line, raw=True), senti="negative"))
        emp_fail = "angry_caller/empathy" in fails
        intr = "angry_caller/no_interrupting_angry_customer" in fails
        late = emp_fail and r.random() < 0.5
        pieces = []
        if intr:
            pieces.append(P(Ln["interrupt"]))
            decoys.append("agent_interrupts_angry_customer")
        if not emp_fail:
            if r.random() < 0.3:
                tag, text = F["empathy_rotten"]
                decoys.append(tag)
            else:
                text = r.choice(st["empathy"])
            pieces.append(P(text, ("empathy",)))
        else:
            pieces.append(P(r.choice(Ln["process"])))
            decoys.append("empathy_too_late" if late else "no_empathy_straight_to_process")
        out.append(A(*pieces, interrupt=intr))
        if late:
            out.append(C(P(r.choice(Ln["yes"]))))
            out.append(A(P(Ln["late_emp"], ("empathy",)), min_anger=22.5))
        else:
            out.append(C(P(r.choice(Ln["ok"]))))
        if anger_at_shop:
            decoys.append("angry_at_shop_not_complaint")
        return out

    def middle_blocks():
        blocks = []
        if "angry_caller/no_blame" in fails:
            tag, text = cfg["blame_line"]
            decoys.append(tag)
            blocks.append([A(P(text, ("blame",), raw=True)), C(P(r.choice(Ln["blame_reply"])))])
        if "forbidden/rude" in fails:
            tag, text = cfg["rude_line"]
            decoys.append(tag)
            blocks.append([A(P(text, ("rude",), raw=True)), C(P(r.choice(Ln["rude_reply"])))])
        if cfg.get("swear_line"):
            tag, text = cfg["swear_line"]
            decoys.append(tag)
            tags = ("swear", "strict") if "forbidden/profanity_vi_strict" in fails else ("swear",)
            blocks.append([A(P(text, tags, raw=True)), C(P(r.choice(Ln["swear_reply"])))])
        card_fail = "forbidden/no_card_readback" in fails
        if card_fail or r.random() < 0.35:
            blocks.append(card_block(card_fail))
        if cfg.get("thanks_mid"):
            blocks.append([A(P(Ln["thanks_mid"], ("thanks",))), C(P(r.choice(Ln["ok"])))])
            decoys.append("thanks_patience_mid_call_only")
        if r.random() < 0.15:
            decoys.append("hold_timed_out")
            blocks.append([A(P(Ln["hold"])),
                           C(P(Ln["hold_back"]), gap=r.randint(1400, 2200)),
                           A(P(Ln["hold_out"]), P(Ln["hold_thanks"], ("thanks",))),
                           C(P(r.choice(Ln["ok"])))])
        r.shuffle(blocks)
        return [t for b in blocks for t in b]

    def card_block(fail: bool):
        num = str(r.choice([4, 5])) + "".join(str(r.randint(0, 9)) for _ in range(15))
        num = num[:5] + "0" + num[6:11] + "0" + num[12:]
        groups = " ".join(num[i:i + 4] for i in range(0, 16, 4))
        cvv = f"{r.randint(1, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        out = [A(P(Ln["card_ask"])), C(P(Ln["card_read"].replace("{g}", groups), raw=True))]
        decoys.append("customer_reads_card_number")
        forms = ["groups", "words", "cvv"] + (["oh"] if lang == "en" else [])
        if fail:
            form = cfg["card_form"] if cfg["card_form"] in forms else "groups"
            if form == "groups":
                text, tag = f"{groups}.", "card_read_back_groups"
                text = ("So that's " if lang == "en" else "Dạ số thẻ là ") + text
            elif form == "words":
                text, tag = digits_words(num, lang, False) + ".", "card_read_back_words"
                text = ("So that's " if lang == "en" else "Dạ em đọc lại ") + text
            elif form == "oh":
                text = "So that's " + ", ".join(digits_words(num[i:i + 4], lang, True)
                                                 for i in range(0, 16, 4)) + "."
                tag = "card_read_back_oh_for_zero"
            else:
                out.append(A(P(Ln["card_ok"])))
                out.append(A(P(Ln["cvv_ask"])))
                out.append(C(P(Ln["cvv_give"].replace("{cvv}", cvv), raw=True)))
                text = (f"And the code was {cvv}, yes?" if lang == "en"
                        else f"Dạ mã bảo mật là {cvv} đúng không ạ?")
                tag = "card_cvv_read_back"
            decoys.append(tag)
            out.append(A(P(text, ("card",), raw=True)))
            out.append(C(P(Ln["card_yes"])))
            return merge(out)
        form = r.choice(["ok", "last4", "expiry", "cvv"])
        if form == "ok":
            out.append(A(P(Ln["card_ok"])))
            decoys.append("card_pass_matched")
        elif form == "last4":
            out.append(A(P(Ln["last4"].replace("{l4}", num[-4:]), raw=True)))
            out.append(C(P(Ln["card_yes"])))
            decoys.append("card_last_four_only")
        elif form == "expiry":
            m = r.randint(1, 9)
            y = r.randint(27, 31)
            exp = (f"oh {EN_UNITS[m]}, twenty {EN_UNITS[y - 20]}" if y < 30 else
                   f"oh {EN_UNITS[m]}, thirty {EN_UNITS[y - 30]}") if lang == "en" \
                else f"{m} năm {y}"
            out.append(A(P(Ln["expiry"].replace("{exp}", exp), raw=True)))
            out.append(C(P(Ln["card_yes"])))
            decoys.append("card_expiry_read_back_not_card")
        else:
            out.append(A(P(Ln["card_ok"])))
            out.append(A(P(Ln["cvv_ask"])))
            out.append(C(P(Ln["cvv_give"].replace("{cvv}", cvv), raw=True)))
            out.append(A(P(Ln["cvv_ok"])))
            decoys.append("card_code_asked_not_read_back")
        if out[-1].spk == "agent":
            out.append(C(P(r.choice(Ln["ok"]))))
        return merge(out)

    def merge(ts):
        out = []
        for t in ts:
            if out and out[-1].spk == t.spk and t.gap is None and not t.interrupt:
                out[-1].pieces.extend(t.pieces)
            else:
                out.append(t)
        return out

    def fillers(n):
        pairs = list(FILLERS[lang])
        r.shuffle(pairs)
        out = []
        for q, a in pairs[:n]:
            out += [A(P(q)), C(P(a))]
        return out

    if direction == "inbound":
        scen = cfg["scen"]
        key, cats, dtag, problem, short, restate, fix, team = scen
        if dtag:
            decoys.append(dtag)
        gbr_fail = "inbound/greeting_before_resolution" in fails
        opening = []
        if gbr_fail:
            turns.append(C(P(Ln["quick_q"])))
            opening.append(P(Ln["quick_a"], ("resolve",)))
            decoys.append("quick_answer_before_greeting")
        elif r.random() < 0.15:
            turns.append(C(P(r.choice(Ln["hello"]))))
            decoys.append("customer_speaks_first")
        greet = comp = name = offer = None
        if "inbound/greeting" not in fails:
            if r.random() < 0.12:
                tag, text = F["greet_tod"]
                decoys.append(tag)
            else:
                text = r.choice(st["greet"])
            greet = P(text, ("greet",))
        else:
            decoys.append("opening_without_greeting")
        if "inbound/company_name" in fails:
            tag, text = F["company_generic"]
            decoys.append(tag)
            comp = P(text)
        else:
            x = r.random()
            if x < 0.1:
                tag, text = F["company_web"]
                decoys.append(tag)
            elif x < 0.17 and "company_abbr" in F:
                tag, text = F["company_abbr"]
                decoys.append(tag)
            else:
                text = r.choice(st["company"])
            comp = P(text, ("company",))
        said_name = False
        if "inbound/self_intro" not in fails:
            if r.random() < 0.1:
                tag, text = F["name_again"]
                decoys.append(tag)
            else:
                text = r.choice(st["name"])
            name = P(text, ("name",))
        else:
            said_name = r.random() < 0.5
            decoys.append("customer_says_agent_name" if said_name else "no_self_intro")
        late_offer = False
        if "inbound/offer_help" not in fails:
            x = r.random()
            if x < 0.1:
                tag, text = F["offer_imp"]
                decoys.append(tag)
            elif x < 0.2:
                tag, text = F["offer_stmt"]
                decoys.append(tag)
            else:
                text = r.choice(st["offer"])
            offer = P(text, ("offer",))
        else:
            late_offer = r.random() < 0.5
            decoys.append("offer_after_window" if late_offer else "no_offer_of_help")
        seq = [p for p in (greet, comp, name) if p]
        if greet and comp and name and r.random() < 0.3:
            seq = [greet, name, comp]
        if offer and not late_offer:
            seq.append(offer)
        turns.append(A(*(opening + seq)))
        if said_name:
            turns.append(C(P(Ln["said_name"])))
            turns.append(A(P(Ln["said_name_a"])))
        if late_offer:
            for q, a in Ln["sec"]:
                turns += [A(P(q)), C(P(a))]
            turns.append(A(P(Ln["loads"])))
            turns.append(C(P(r.choice(Ln["hello"]))))
            turns.append(A(P(r.choice(st["offer"]), ("offer",)), min_abs=48.5))
        prob = f(problem)
        if r.random() < 0.6:
            prob = f(caller["touch"]) + prob
        turns.append(C(Piece(prob, (), cats)))
        # restatement
        last_is_agent = True
        if "inbound/confirm_problem" in fails:
            form = r.choice(["bare", "repeat", "wrong"])
            if form == "bare":
                turns.append(A(P(r.choice(Ln["bare"]))))
                decoys.append("bare_ack_no_restatement")
            elif form == "repeat":
                turns.append(A(P(Ln["ask_repeat"])))
                turns.append(C(P(Ln["repeat"].replace("{short}", short))))
                turns.append(A(P(r.choice(Ln["bare"]))))
                decoys.append("asks_repeat_no_restatement")
            else:
                turns.append(A(P(r.choice(Ln["wrong"]))))
                turns.append(C(P(Ln["correct"].replace("{short}", short))))
                turns.append(A(P(r.choice(Ln["bare"]))))
                decoys.append("restatement_wrong_not_redone")
        else:
            if r.random() < 0.2:
                turns.append(A(P(r.choice(Ln["wrong"]))))
                turns.append(C(P(Ln["correct"].replace("{short}", short))))
                decoys.append("restatement_wrong_corrected_redone")
            turns.append(A(P(restate, ("restate",))))
            last_is_agent = True
        if angry:
            turns += anger_turns(last_is_agent)
        else:
            turns.append(C(P(r.choice(Ln["yes"]))))
        turns += middle_blocks()
        pre_fill = turns
        turns = []
        # resolution
        if "inbound/resolution" in fails:
            turns.append(A(P(r.choice(Ln["looked"]), ())))
            decoys.append("being_looked_into_only")
        else:
            x = r.random()
            if x < 0.4:
                turns.append(A(P(fix, ("resolve",))))
            elif x < 0.6:
                turns.append(A(P(fix, ("resolve",)), P(Ln["promise"])))
                decoys.append("resolution_promise_with_day")
            elif x < 0.8:
                turns.append(A(P(Ln["transfer"].replace("{team}", team), ("resolve",))))
                decoys.append("resolution_transfer_with_reason")
            else:
                turns.append(A(P(Ln["refuse"].replace("{fix}", f(fix)), ("resolve",))))
                decoys.append("resolution_refused_politely_with_alternative")
        turns.append(C(P(r.choice(Ln["ok"]))))
        if "inbound/goodbye" not in fails and r.random() < 0.12:
            turns.append(A(P(Ln["early_bye"], ("bye",))))
            turns.append(C(P(Ln["wait"])))
            turns.append(A(P(Ln["wait_a"])))
            turns += fillers(2)[:4]
            decoys.append("two_goodbyes_early_one")
        if "inbound/anything_else" in fails:
            if r.random() < 0.5:
                turns.append(A(P(Ln["closing_stmt"])))
                decoys.append("closing_statement_not_question")
            else:
                decoys.append("no_anything_else")
        else:
            if r.random() < 0.15:
                tag, text = F["all_sorted"]
                decoys.append(tag)
            else:
                text = r.choice(st["anyelse"])
            turns.append(A(P(text, ("anyelse",))))
            turns.append(C(P(r.choice(Ln["no_more"]))))
        th = None if "inbound/thanks" in fails else P(r.choice(st["thanks"]), ("thanks",))
        if "inbound/goodbye" in fails:
            by = None
            decoys.append("closing_without_goodbye")
        elif r.random() < 0.15:
            tag, text = F["cheers_now"]
            decoys.append(tag)
            by = P(text, ("bye",))
        else:
            by = P(r.choice(st["bye"]), ("bye",))
        if th is None and not cfg.get("thanks_mid"):
            decoys.append("closing_without_thanks")
        closing = [p for p in (th, by) if p]
        if "inbound/thanks_before_goodbye" in fails:
            closing = [by, th]
            decoys.append("goodbye_before_thanks")
        if closing:
            turns.append(A(*closing))
        if by is None:
            turns.append(C(P(r.choice(Ln["cust_bye"])), senti="positive"))
        else:
            turns.append(C(P(r.choice(Ln["last"])), senti="positive"))
    else:
        scen = cfg["scen"]
        key, cats, purpose, topic, detail = scen
        turns.append(C(P(r.choice(Ln["hello"]))))
        op = [P(r.choice(Ln["ob_greet"]))]
        bad_co = "outbound/identify_company" in fails
        if "outbound/identify_self" not in fails:
            op.append(P(Ln["ob_name"], ("name",)))
            op.append(P(Ln["ob_company_bad" if bad_co else "ob_company"],
                        () if bad_co else ("company",)))
        else:
            decoys.append("no_self_identification")
            op.append(P(Ln["ob_company_bad_only" if bad_co else "ob_company_only"],
                        () if bad_co else ("company",)))
        if bad_co:
            decoys.append("company_as_your_bank_only")
        op.append(P(Ln["ob_ask"]))
        turns.append(A(*op))
        turns.append(C(P(Ln["ob_speaking"])))
        late_p = "outbound/purpose" in fails
        rec_fail = "outbound/recording_disclosure" in fails
        con_fail = "outbound/consent" in fails
        rec_mode = "none" if (rec_fail and r.random() < 0.5) else ("late" if rec_fail else "ok")
        con_mode = "ok"
        if con_fail:
            con_mode = r.choice(["none", "late"])
        if rec_mode == "none":
            con_mode = "none"
            decoys.append("no_recording_notice")
        elif rec_mode == "late":
            decoys.append("recording_notice_after_window")
        if con_fail:
            decoys.append("notice_without_consent" if con_mode == "none"
                          else "consent_after_window")
        early = []
        if not late_p:
            early.append(P(purpose, ("purpose",)))
        if rec_mode == "ok":
            early.append(P(r.choice(Ln["record"]), ("record",)))
            if con_mode == "ok":
                early.append(P(r.choice(Ln["consent"]), ("consent",)))
        topic_piece = Piece(f(topic), (), cats)
        late_turns = []
        if late_p:
            decoys.append("purpose_after_window")
            if early:
                turns.append(A(*early))
                turns.append(C(P(Ln["consent_yes"])))
            for q, a in Ln["sec"]:
                turns += [A(P(q)), C(P(a))]
            late_turns.append(("p", [A(P(purpose, ("purpose",)), min_abs=63.5),
                                     C(topic_piece)]))
        else:
            turns.append(A(*early))
            cp = [P(Ln["consent_yes"])] if con_mode == "ok" and rec_mode == "ok" else []
            turns.append(C(*(cp + [topic_piece])))
        if angry and not late_p:
            turns += anger_turns(False)
        if rec_mode == "late":
            ps = [P(r.choice(Ln["record"]), ("record",))]
            if con_mode == "ok":
                ps.append(P(r.choice(Ln["consent"]), ("consent",)))
            late_turns.append(("r", [A(*ps, min_abs=63.5), C(P(Ln["consent_yes"]))]))
        if con_mode == "late":
            late_turns.append(("c", [A(P(r.choice(Ln["consent"]), ("consent",)),
                                       min_abs=93.5), C(P(Ln["consent_yes"]))]))
        turns += middle_blocks()
        pre_fill = turns
        turns = []
        for kind, ts in late_turns:
            turns += ts
            if kind == "p" and angry:
                turns += anger_turns(False)
        turns.append(A(P(detail)))
        turns.append(C(P(r.choice(Ln["ok"]))))
        turns.append(A(P(r.choice(Ln["ob_thanks"])), P(r.choice(st["bye"]))))
        turns.append(C(P(r.choice(Ln["last"])), senti="positive"))
        if late_turns:
            cfg["long"] = True
    # fillers to reach the target segment count
    base = len(pre_fill) + len(turns)
    target = r.randint(22, 32) if cfg["long"] else r.randint(10, 15)
    n = max(0, (target - base) // 2)
    if n > 12:
        raise Redraw("too many fillers")
    all_turns = pre_fill + fillers(n) + turns
    return dict(turns=all_turns, decoys=decoys, vars=v)


# ----------------------------------------------------------------------------------------
# Timing, truth, text check
# ----------------------------------------------------------------------------------------

def time_call(turns, lang, level, r, sp_a, sp_c):
    segs = []
    t = r.randint(30, 100)
    cur_end = t
    anger_start = None
    interruptions = []
    prev = None
    for tu in turns:
        words = []
        pieces_words = []
        for p in tu.pieces:
            ws = noise(p.text, lang, level, r, p.raw)
            if not ws:
                raise Redraw("empty piece")
            pieces_words.append((p, ws))
        speed = sp_a if tu.spk == "agent" else sp_c
        if tu.interrupt:
            if prev is None or prev["senti"] != "negative":
                raise Redraw("interrupt without anger")
            dur = prev["end"] - prev["start"]
            start = prev["start"] + int(dur * r.uniform(0.70, 0.85))
            if start < prev["start"] + 100 or start > prev["end"] - 150:
                raise Redraw("interrupt placement")
        else:
            gap = tu.gap if tu.gap is not None else r.randint(60, 220)
            start = cur_end + gap
            if tu.min_abs is not None:
                start = max(start, int(tu.min_abs * 100) + r.randint(0, 150))
            if tu.min_anger is not None:
                start = max(start, anger_start + int(tu.min_anger * 100) + r.randint(0, 150))
        w_t = start
        for i, (p, ws) in enumerate(pieces_words):
            if i:
                w_t += r.randint(10, 35)
            p.start = w_t
            for j, w in enumerate(ws):
                if j:
                    w_t += r.randint(5, 14)
                if lang == "en":
                    d = min(65, 15 + int(5.5 * len(w)))
                else:
                    d = min(78, int((15 + 5.5 * len(w)) * 1.2))
                d = max(8, int(d * speed))
                words.append([w_t, w_t + d, w])
                w_t += d
        seg = dict(speaker=tu.spk, start=words[0][0], end=words[-1][1], words=words,
                   senti=tu.senti, pieces=[p for p, _ in pieces_words])
        if tu.interrupt:
            overlap = min(seg["end"], prev["end"]) - seg["start"]
            interruptions.append(dict(speaker="agent", interrupted="customer",
                                      start_s=seg["start"], overlap_s=overlap))
        if tu.senti == "negative" and anger_start is None:
            anger_start = seg["start"]
        segs.append(seg)
        cur_end = max(cur_end, seg["end"])
        prev = seg
    return segs, interruptions


def compute_truth(segs, interruptions, direction, lang):
    end = max(s["end"] for s in segs)
    first: dict[str, list[int]] = {}
    for s in segs:
        if s["speaker"] != "agent":
            continue
        for p in s["pieces"]:
            for tag in p.tags:
                first.setdefault(tag, []).append(p.start)
    for k in first:
        first[k].sort()
    tr = {}

    def within(tag, lim):
        return "pass" if any(x < lim * 100 for x in first.get(tag, [])) else "fail"

    last = end - 2500
    if direction == "inbound":
        tr["inbound/greeting"] = within("greet", 20)
        tr["inbound/company_name"] = within("company", 20)
        tr["inbound/self_intro"] = within("name", 30)
        tr["inbound/offer_help"] = within("offer", 45)
        tr["inbound/confirm_problem"] = "pass" if "restate" in first else "fail"
        tr["inbound/resolution"] = "pass" if "resolve" in first else "fail"
        tr["inbound/anything_else"] = "pass" if "anyelse" in first else "fail"
        th = [x for x in first.get("thanks", []) if x >= last]
        by = [x for x in first.get("bye", []) if x >= last]
        tr["inbound/thanks"] = "pass" if th else "fail"
        tr["inbound/goodbye"] = "pass" if by else "fail"
        if "greet" in first and "resolve" in first:
            tr["inbound/greeting_before_resolution"] = (
                "pass" if first["greet"][0] < first["resolve"][0] else "fail")
        else:
            tr["inbound/greeting_before_resolution"] = "na"
        tr["inbound/thanks_before_goodbye"] = (
            "na" if not (th and by) else ("pass" if th[0] < by[0] else "fail"))
        for k in OUT_KEYS:
            tr[k] = "na"
    else:
        for k in IN_KEYS:
            tr[k] = "na"
        tr["outbound/identify_self"] = within("name", 30)
        tr["outbound/identify_company"] = within("company", 30)
        tr["outbound/purpose"] = within("purpose", 60)
        tr["outbound/recording_disclosure"] = within("record", 60)
        tr["outbound/consent"] = "na" if "record" not in first else within("consent", 90)
    neg = [s for s in segs if s["senti"] == "negative"]
    if neg:
        a0 = neg[0]["start"]
        tr["angry_caller/empathy"] = (
            "pass" if any(a0 <= x <= a0 + 2000 for x in first.get("empathy", [])) else "fail")
    else:
        tr["angry_caller/empathy"] = "na"
    tr["angry_caller/no_blame"] = "fail" if "blame" in first else "pass"
    if neg:
        bad = any(any(n["start"] <= i["start_s"] < n["end"] for n in neg)
                  for i in interruptions)
        tr["angry_caller/no_interrupting_angry_customer"] = "fail" if bad else "pass"
    else:
        tr["angry_caller/no_interrupting_angry_customer"] = "na"
    tr["forbidden/profanity"] = "fail" if "swear" in first else "pass"
    if lang == "en":
        tr["forbidden/profanity_vi_strict"] = "na"
    else:
        tr["forbidden/profanity_vi_strict"] = "fail" if "strict" in first else "pass"
    tr["forbidden/rude"] = "fail" if "rude" in first else "pass"
    tr["forbidden/no_card_readback"] = "fail" if "card" in first else "pass"
    out = {k: tr[k] for k in KEYS}
    # margins: no tagged piece within 2 s of an edge that applies to it
    edges = {"greet": [20], "company": [20 if direction == "inbound" else 30], "name": [30],
             "offer": [45], "purpose": [60], "record": [60], "consent": [90]}
    for tag, xs in first.items():
        for x in xs:
            for e in edges.get(tag, []):
                if abs(x - e * 100) < 200:
                    raise Redraw("edge " + tag)
            if tag in ("thanks", "bye") and abs(x - last) < 200:
                raise Redraw("edge last25")
            if tag == "empathy" and neg:
                a0 = neg[0]["start"]
                if abs(x - a0) < 200 or abs(x - a0 - 2000) < 200:
                    raise Redraw("edge empathy")
    return out


KW = {
    "greet": ["hello", "hi", "hiya", "hey", "morning", "afternoon", "evening", "chào", "alô",
              "alo", "tốt lành"],
    "company": ["acme", "acmebank", "acne", "ak me", "ack knee", "acmy", "abc", "a b c",
                "abcbank", "a bê xê", "ây bi si", "a bờ cờ", "ê bê xê"],
    "offer": ["help", "assist", "what can", "do for you", "whats up", "here for", "tell me",
              "giúp", "hỗ trợ", "support", "cần gì", "cần chi", "giúp chi", "kể",
              "lo mọi việc"],
    "record": ["record", "recorded", "recording", "ghi âm"],
    "thanks": ["thanks", "thank", "appreciate", "cảm ơn", "cám ơn"],
    "bye": ["bye", "goodbye", "cheers now", "take care", "see you", "chào", "tạm biệt"],
    "anyelse": ["else", "sorted", "anything more", "anything further", "gì nữa", "gì thêm",
                "chi nữa", "còn cần"],
    "empathy": ["sorry", "apologise", "understand", "rotten", "oh no", "awful", "horrible",
                "rough", "rubbish", "get it", "xin lỗi", "tiếc", "hiểu", "tội", "thương",
                "trời", "đừng lo"],
}
EN_SWEAR = {"shit", "shite", "fuck", "fucks", "fucking", "bloody", "crap", "damn", "hell",
            "sod", "bugger", "piss", "arse", "bollocks", "feck"}
VI_STRICT = {"đéo", "địt", "đụ", "vãi", "lồn"}
VI_PLAIN = ["mẹ nó", "đệch", "dm", "đm"]


def tok_match(tok: str, kw: str) -> bool:
    return tok == kw or (tok == strip_marks(tok) and tok == strip_marks(kw))


def has_kw(words: list[str], kws: list[str]) -> bool:
    for kw in kws:
        parts = kw.split()
        for i in range(len(words) - len(parts) + 1):
            if all(tok_match(words[i + j], parts[j]) for j in range(len(parts))):
                return True
    return False


def agent_words(row, lo=None, hi=None):
    out = []
    for s in row["segments"]:
        if s["speaker"] != "agent":
            continue
        for a, _b, w in s["words"]:
            if (lo is None or a >= lo) and (hi is None or a < hi):
                out.append(w)
    return out


def card_hit(row, lang) -> bool:
    units = EN_UNITS + ["oh"] if lang == "en" else VI_UNITS
    toks = agent_words(row)
    run = 0
    for w in toks:
        if w.isdigit():
            run += len(w)
        elif w in units:
            run += 1
        else:
            run = 0
        if run >= 12:
            return True
    for i, w in enumerate(toks):
        if w in ("code", "cvv", "mã"):
            for x in toks[i + 1:i + 7]:
                if x.isdigit() and len(x) == 3:
                    return True
    return False


def text_check(row) -> list[str]:
    """Independent check from words, times, sentiment, metrics and context only."""
    errs = []
    tr, lang = row["truth"], row["language"]
    inbound = row["metadata"]["direction"] == "inbound"
    end = max(s["end"] for s in row["segments"])

    def fails(k):
        return tr[k] == "fail"

    if inbound:
        if fails("inbound/greeting") and has_kw(agent_words(row, hi=21), KW["greet"]):
            errs.append("greeting word in window")
        if fails("inbound/company_name") and has_kw(agent_words(row, hi=21), KW["company"]):
            errs.append("company in window")
        if fails("inbound/offer_help") and has_kw(agent_words(row, hi=46), KW["offer"]):
            errs.append("offer word in window")
        if fails("inbound/thanks") and has_kw(agent_words(row, lo=end - 26), KW["thanks"]):
            errs.append("thanks word at end")
        if fails("inbound/goodbye") and has_kw(agent_words(row, lo=end - 26), KW["bye"]):
            errs.append("bye word at end")
        if fails("inbound/anything_else") and has_kw(agent_words(row), KW["anyelse"]):
            errs.append("anything-else word")
    else:
        if fails("outbound/identify_company") and has_kw(agent_words(row, hi=31),
                                                         KW["company"]):
            errs.append("company in window")
        if fails("outbound/recording_disclosure") and has_kw(agent_words(row, hi=61),
                                                             KW["record"]):
            errs.append("record word in window")
    self_fail = tr["inbound/self_intro"] == "fail" or tr["outbound/identify_self"] == "fail"
    if self_fail:
        m = re.search(r"; agent (\S+) \(", row["context"])
        name = m.group(1).lower()
        if has_kw(agent_words(row, hi=31), [name]):
            errs.append("name said")
    negs = [s for s, lab in zip(row["segments"], row["sentiment"], strict=True)
            if lab == "negative"]
    if not negs:
        if tr["angry_caller/empathy"] != "na" or \
                tr["angry_caller/no_interrupting_angry_customer"] != "na":
            errs.append("anger keys without anger")
    else:
        a0 = negs[0]["start"]
        if fails("angry_caller/empathy") and has_kw(agent_words(row, lo=a0, hi=a0 + 21),
                                                    KW["empathy"]):
            errs.append("empathy word in window")
        hit = any(any(n["start"] <= i["start_s"] < n["end"] for n in negs)
                  for i in row["metrics"]["interruptions"] if i["speaker"] == "agent")
        if hit != fails("angry_caller/no_interrupting_angry_customer"):
            errs.append("interrupt label")
    aw = agent_words(row)
    if lang == "en":
        if any(w in EN_SWEAR for w in aw) != fails("forbidden/profanity"):
            errs.append("english swear")
    else:
        strict = any(w in VI_STRICT for w in aw)
        if strict != fails("forbidden/profanity_vi_strict"):
            errs.append("strict swear")
        if (strict or has_kw(aw, VI_PLAIN)) != fails("forbidden/profanity"):
            errs.append("vi swear")
    if card_hit(row, lang) != fails("forbidden/no_card_readback"):
        errs.append("card")
    return errs


# ----------------------------------------------------------------------------------------
# Planning
# ----------------------------------------------------------------------------------------

GENERAL = ["angry_caller/empathy", "angry_caller/no_blame",
           "angry_caller/no_interrupting_angry_customer", "swear", "forbidden/rude",
           "forbidden/no_card_readback"]
CONFLICT = [
    {"inbound/greeting", "inbound/greeting_before_resolution"},
    {"inbound/resolution", "inbound/greeting_before_resolution"},
    {"inbound/thanks", "inbound/thanks_before_goodbye"},
    {"inbound/goodbye", "inbound/thanks_before_goodbye"},
    {"outbound/recording_disclosure", "outbound/consent"},
]
ANGER_TOK = {"angry_caller/empathy", "angry_caller/no_interrupting_angry_customer"}


def token_keys(tok: str, lang: str) -> list[str]:
    if tok == "swear":
        return ["forbidden/profanity", "forbidden/profanity_vi_strict"] if lang == "vi" \
            else ["forbidden/profanity"]
    if tok == "plain":
        return ["forbidden/profanity"]
    return [tok]


def plan_language(lang: str):
    r = rng_for(f"plan-{lang}")
    calls = [dict(direction="inbound") for _ in range(110)] + \
        [dict(direction="outbound") for _ in range(40)]
    r.shuffle(calls)
    for c in calls:
        c.update(lang=lang, tokens=[], load=0, reserved=False, decoy=False)
    inb = [i for i, c in enumerate(calls) if c["direction"] == "inbound"]
    outb = [i for i, c in enumerate(calls) if c["direction"] == "outbound"]
    for i in r.sample(inb, 17) + r.sample(outb, 6):
        calls[i]["reserved"] = True
    free_in = [i for i in inb if not calls[i]["reserved"]]
    for i in r.sample(inb, 18):
        calls[i]["decoy"] = True
    toks = []
    order_first = ["inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
                   "outbound/consent", "outbound/recording_disclosure"]
    for k in order_first:
        toks += [(k, "inbound" if k.startswith("inbound") else "outbound")] * 9
    for k in IN_KEYS + OUT_KEYS:
        if k not in order_first:
            toks += [(k, "inbound" if k.startswith("inbound") else "outbound")] * 9
    for k in GENERAL:
        toks += [(k, "inbound")] * 7 + [(k, "outbound")] * 2
    if lang == "vi":
        toks += [("plain", "inbound"), ("plain", "outbound")]
    for tok, d in toks:
        w = 2 if (tok == "swear" and lang == "vi") else 1
        keys = set(token_keys(tok, lang))
        cands = []
        for i, c in enumerate(calls):
            if c["direction"] != d or c["reserved"] or c["load"] + w > 3:
                continue
            have = set()
            for t in c["tokens"]:
                have |= set(token_keys(t, lang))
            if keys & have:
                continue
            if tok in ("swear", "plain") and ({"swear", "plain"} & set(c["tokens"])):
                continue
            if any(len((have | keys) & cf) == 2 for cf in CONFLICT):
                continue
            if tok in ANGER_TOK and c["decoy"]:
                continue
            cands.append(i)
        if not cands:
            raise SystemExit(f"cannot place {tok} ({lang})")
        low = min(calls[i]["load"] for i in cands)
        pick = r.choice([i for i in cands if calls[i]["load"] == low])
        calls[pick]["tokens"].append(tok)
        calls[pick]["load"] += w
    # anger: every call with an anger token, then calm non-decoy calls to 28 + 4
    for d, want in (("inbound", 28), ("outbound", 4)):
        idx = [i for i, c in enumerate(calls) if c["direction"] == d]
        ang = [i for i in idx if set(calls[i]["tokens"]) & ANGER_TOK]
        rest = [i for i in idx if i not in ang and not calls[i]["decoy"]]
        r.shuffle(rest)
        ang += rest[:max(0, want - len(ang))]
        for i in idx:
            calls[i]["angry"] = i in ang
    del free_in
    return calls


def assign(calls, lang):
    r = rng_for(f"assign-{lang}")
    agents = AGENTS[lang]
    callers = CALLERS[lang]
    inb = [c for c in calls if c["direction"] == "inbound"]
    outb = [c for c in calls if c["direction"] == "outbound"]
    dec = [c for c in inb if c["decoy"]]
    nondec = [c for c in inb if not c["decoy"]]
    dl = DECOYS[lang] * 2
    r.shuffle(dl)
    for c, s in zip(dec, dl, strict=True):
        c["scen"] = s
    sl = (IN_SCEN[lang] * 6)[:len(nondec)]
    r.shuffle(sl)
    for c, s in zip(nondec, sl, strict=True):
        c["scen"] = s
    ol = OUT_SCEN[lang] * 5
    r.shuffle(ol)
    for c, s in zip(outb, ol, strict=True):
        c["scen"] = s
    ag = [agents[i % 12] for i in range(150)]
    r.shuffle(ag)
    cl = [callers[i % 8] for i in range(150)]
    r.shuffle(cl)
    blame = list(BLAME[lang])
    rude = list(RUDE[lang])
    swear = list(SWEAR[lang])
    plain = list(PLAIN_VI)
    card_forms = ["groups", "words", "cvv", "oh"] if lang == "en" else ["groups", "words", "cvv"]
    ci = 0
    # angry at a shop: 3 angry inbound calls per language, not complaint scenarios
    shop_ok = [c for c in inb if c["angry"] and "complaint" not in c["scen"][1]]
    shop = set(id(c) for c in r.sample(shop_ok, 3))
    for i, c in enumerate(calls):
        full, spoken, style = ag[i]
        c.update(agent=full, spoken=spoken, style=style, caller=cl[i])
        c["fails"] = set()
        for t in c["tokens"]:
            c["fails"] |= set(token_keys(t, lang))
        c["blame_line"] = blame.pop(0) if "angry_caller/no_blame" in c["tokens"] else None
        c["rude_line"] = rude.pop(0) if "forbidden/rude" in c["tokens"] else None
        c["swear_line"] = None
        if "swear" in c["tokens"]:
            c["swear_line"] = swear.pop(0)
        elif "plain" in c["tokens"]:
            c["swear_line"] = plain.pop(0)
        c["card_form"] = None
        if "forbidden/no_card_readback" in c["tokens"]:
            c["card_form"] = card_forms[ci % len(card_forms)]
            ci += 1
        c["thanks_mid"] = "inbound/thanks" in c["fails"] and r.random() < 0.5
        c["at_shop"] = id(c) in shop
        c["long0"] = r.random() < 0.65


# ----------------------------------------------------------------------------------------
# Row
# ----------------------------------------------------------------------------------------

def cs(x: int) -> float:
    return round(x / 100, 2)


REDRAWS: list[int] = []


def make_row(c, idx, lang):
    r = rng_for(f"call-{lang}-{idx}")
    expect = {k: "fail" for k in c["fails"]}
    for attempt in range(400):
        c["long"] = c["long0"] if attempt < 200 else (not c["long0"])
        try:
            b = build_call(c, r)
            level = r.randint(0, 3)
            sp_a, sp_c = r.uniform(0.90, 1.05), r.uniform(0.95, 1.15)
            segs, intr = time_call(b["turns"], lang, level, r, sp_a, sp_c)
            truth = compute_truth(segs, intr, c["direction"], lang)
        except Redraw:
            continue
        got = {k for k, val in truth.items() if val == "fail"}
        if got != set(expect):
            continue
        n = len(segs)
        end = max(s["end"] for s in segs)
        if not (9 <= n <= 15 or 21 <= n <= 34) or not 5000 <= end <= 24000:
            continue
        row = render(c, idx, lang, segs, intr, truth, b, level, r)
        if text_check(row):
            continue
        REDRAWS.append(attempt)
        return row
    raise SystemExit(f"no valid draw for {lang} {idx}")


def render(c, idx, lang, segs, intr, truth, b, level, r):
    cats = set()
    for s in segs:
        if s["speaker"] == "customer":
            for p in s["pieces"]:
                cats |= set(p.cats)
    if any(s["senti"] == "negative" for s in segs) and not c["at_shop"]:
        cats.add("complaint")
    scen = c["scen"]
    drivers = scen[1]
    queue = drivers[0] if drivers else "general"
    n = len(segs)
    angry = any(s["senti"] == "negative" for s in segs)
    ctx = (f"{c['direction']}/{scen[0]}; caller: {c['caller']['desc']}; agent {c['spoken']} "
           f"({STYLE_DESC[c['style']]}); {'short' if n <= 15 else 'long'}; noise level "
           f"{level}; {'angry' if angry else 'calm'}")
    out_segs = []
    for s in segs:
        out_segs.append({
            "speaker": s["speaker"], "start": cs(s["start"]), "end": cs(s["end"]),
            "text": " ".join(w for _, _, w in s["words"]),
            "words": [[cs(a), cs(e), w] for a, e, w in s["words"]],
        })
    raised = []
    for s in segs:
        if s["senti"] == "negative" and r.random() < 0.5:
            raised.append({"speaker": "customer", "start_s": cs(s["start"]),
                           "end_s": cs(s["end"]),
                           "above_median_db": round(r.uniform(6.0, 12.9), 1)})
    fails = [k for k in KEYS if truth[k] == "fail"]
    return {
        "id": f"{lang}-heldout23-{idx:03d}", "split": SPLIT, "language": lang,
        "metadata": {"direction": c["direction"], "queue": queue, "agent_name": c["agent"],
                     "language": lang},
        "faults": fails, "decoys": sorted(set(b["decoys"])), "context": ctx,
        "segments": out_segs, "sentiment": [s["senti"] for s in segs],
        "metrics": {"speaker_separated": True,
                    "interruptions": [{"speaker": i["speaker"], "interrupted": i["interrupted"],
                                       "start_s": cs(i["start_s"]),
                                       "overlap_s": cs(i["overlap_s"])} for i in intr],
                    "raised_voice": raised},
        "truth": truth, "categories": sorted(cats),
    }


def build() -> list[dict]:
    rows = []
    for lang, base in (("en", 0), ("vi", 150)):
        calls = plan_language(lang)
        assign(calls, lang)
        for j, c in enumerate(calls):
            rows.append(make_row(c, base + j, lang))
    return rows


# ----------------------------------------------------------------------------------------
# Validation and tables
# ----------------------------------------------------------------------------------------

ROW_KEYS = ["id", "split", "language", "metadata", "faults", "decoys", "context", "segments",
            "sentiment", "metrics", "truth", "categories"]


def validate(rows: list[dict]) -> None:
    errs = []
    assert len(rows) == 300
    for r in rows:
        rid = r["id"]
        if list(r) != ROW_KEYS:
            errs.append(f"{rid} keys")
        if list(r["metadata"]) != ["direction", "queue", "agent_name", "language"]:
            errs.append(f"{rid} metadata keys")
        if list(r["truth"]) != KEYS or any(v not in ("pass", "fail", "na")
                                            for v in r["truth"].values()):
            errs.append(f"{rid} truth")
        if r["faults"] != [k for k in KEYS if r["truth"][k] == "fail"]:
            errs.append(f"{rid} faults")
        if r["decoys"] != sorted(set(r["decoys"])):
            errs.append(f"{rid} decoys")
        if r["categories"] != sorted(set(r["categories"])) or \
                not set(r["categories"]) <= set(DRIVERS):
            errs.append(f"{rid} categories")
        segs = r["segments"]
        if len(segs) != len(r["sentiment"]):
            errs.append(f"{rid} sentiment count")
        if not (9 <= len(segs) <= 15 or 21 <= len(segs) <= 34):
            errs.append(f"{rid} segment count")
        end = max(s["end"] for s in segs)
        if not 50 <= end <= 240:
            errs.append(f"{rid} length")
        intr_starts = {i["start_s"] for i in r["metrics"]["interruptions"]}
        for i in r["metrics"]["interruptions"]:
            if i["overlap_s"] <= 0:
                errs.append(f"{rid} overlap")
        prev = None
        for s, lab in zip(segs, r["sentiment"], strict=True):
            if list(s) != ["speaker", "start", "end", "text", "words"]:
                errs.append(f"{rid} seg keys")
            if " ".join(w[2] for w in s["words"]) != s["text"]:
                errs.append(f"{rid} text")
            if s["start"] != s["words"][0][0] or s["end"] != s["words"][-1][1]:
                errs.append(f"{rid} seg bounds")
            t = 0.0
            for a, b, _w in s["words"]:
                if a < t or b <= a or round(a * 100) != a * 100 and abs(round(a, 2) - a) > 1e-9:
                    errs.append(f"{rid} word times")
                t = b
            if lab == "negative" and s["speaker"] != "customer":
                errs.append(f"{rid} negative agent")
            if prev is not None:
                if s["start"] < prev["start"]:
                    errs.append(f"{rid} order")
                if s["start"] < prev["end"] and s["start"] not in intr_starts:
                    errs.append(f"{rid} overlap unrecorded")
            prev = s
        d = r["metadata"]["direction"]
        other = OUT_KEYS if d == "inbound" else IN_KEYS
        if any(r["truth"][k] != "na" for k in other):
            errs.append(f"{rid} direction keys")
        if r["language"] == "en" and r["truth"]["forbidden/profanity_vi_strict"] != "na":
            errs.append(f"{rid} strict on en")
        e = text_check(r)
        if e:
            errs.append(f"{rid} text check {e}")
    for lang in ("en", "vi"):
        lr = [r for r in rows if r["language"] == lang]
        if len(lr) != 150 or sum(r["metadata"]["direction"] == "inbound" for r in lr) != 110:
            errs.append(f"{lang} sizes")
        for k in KEYS:
            if lang == "en" and k == "forbidden/profanity_vi_strict":
                continue
            nf = sum(r["truth"][k] == "fail" for r in lr)
            if nf < 9:
                errs.append(f"{lang} {k} fails {nf}")
        if sum(not r["faults"] for r in lr) < 20:
            errs.append(f"{lang} fault-free")
    for k in KEYS:
        if sum(r["truth"][k] == "pass" for r in rows) < 40:
            errs.append(f"{k} passes")
    for dname in DRIVERS:
        if sum(dname in r["categories"] for r in rows) < 15:
            errs.append(f"driver {dname}")
    if errs:
        raise SystemExit("validation failed:\n" + "\n".join(errs[:40]))


def tables(rows: list[dict]) -> str:
    out = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
           "|---|---|---|---|---|---|---|"]
    for k in KEYS:
        cells = []
        for lang in ("en", "vi"):
            lr = [r for r in rows if r["language"] == lang]
            cells += [str(sum(r["truth"][k] == v for r in lr)) for v in ("fail", "pass", "na")]
        out.append(f"| {k} | " + " | ".join(cells) + " |")
    out += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for dname in DRIVERS + ["(none)"]:
        n = [sum((dname in r["categories"]) if dname != "(none)" else not r["categories"]
                 for r in rows if r["language"] == lang) for lang in ("en", "vi")]
        out.append(f"| {dname} | {n[0]} | {n[1]} | {n[0] + n[1]} |")
    out.append("")
    per = {}
    for r in rows:
        per[len(r["faults"])] = per.get(len(r["faults"]), 0) + 1
    out.append("Faults per call: " + ", ".join(f"{k} in {per[k]}" for k in sorted(per)))
    for lang in ("en", "vi"):
        lr = [r for r in rows if r["language"] == lang]
        out.append(
            f"{lang}: fault-free {sum(not r['faults'] for r in lr)}, angry "
            f"{sum('negative' in r['sentiment'] for r in lr)}, long "
            f"{sum(len(r['segments']) >= 21 for r in lr)}, raised voice "
            f"{sum(bool(r['metrics']['raised_voice']) for r in lr)}, interruptions "
            f"{sum(bool(r['metrics']['interruptions']) for r in lr)}")
    ends = [max(s["end"] for s in r["segments"]) for r in rows]
    nseg = [len(r["segments"]) for r in rows]
    out.append(f"Length {min(ends)}-{max(ends)} s; segments {min(nseg)}-{max(nseg)}")
    dec = {}
    for r in rows:
        for t in r["decoys"]:
            dec[t] = dec.get(t, 0) + 1
    out.append("")
    out.append("Decoy tags: " + ", ".join(f"{t} {dec[t]}" for t in sorted(dec)))
    return "\n".join(out)


def serialise(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    rows = build()
    validate(rows)
    data = serialise(rows)
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == data
        print("identical" if same else "DIFFERENT")
        return 0 if same else 1
    OUT.write_bytes(data)
    print(tables(rows))
    print(f"redraws {sum(REDRAWS)}")
    print("sha256", hashlib.sha256(data).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
