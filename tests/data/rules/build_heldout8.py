"""Build heldout8.jsonl: a blind, hand-written held-out set for aqm's compliance rules.

Written from the rule descriptions and call script only (no rule files, no phrase lists).
Deterministic: ``python tests/data/rules/build_heldout8.py`` rewrites heldout8.jsonl
byte for byte and prints per-rule and per-category counts.

Agent lines carry inline markup ``[tag+tag:text]`` so the builder knows where each piece of
evidence is spoken; truth labels are computed from those pieces' word times, then checked
against what each call was planned to contain.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261202
OUT = Path(__file__).with_name("heldout8.jsonl")
SPLIT = "heldout8"

RULES = [
    "inbound/greeting", "inbound/company_name", "inbound/self_intro", "inbound/offer_help",
    "inbound/confirm_problem", "inbound/resolution", "inbound/anything_else", "inbound/thanks",
    "inbound/goodbye", "inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
    "outbound/identify_self", "outbound/identify_company", "outbound/purpose",
    "outbound/recording_disclosure", "outbound/consent",
    "angry_caller/empathy", "angry_caller/no_blame", "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity", "forbidden/profanity_vi_strict", "forbidden/rude",
    "forbidden/no_card_readback",
]
CATEGORIES = ["billing", "outage", "refund", "cancellation", "complaint", "card_lost",
              "address_change", "payment", "fraud"]

EN_AGENTS = ["Sam Whitfield", "Priya Raman", "Owen Prys", "Thandi Mokoena", "Jun Reyes",
             "Aroha Ngata", "Kelvin Chan", "Maggie Doyle", "Tomasz Nowak", "Bex Hartley",
             "Rhys Evans", "Marisol Santos"]
VI_AGENTS = ["Nguyễn Thị Lan", "Trần Minh Khoa", "Lê Hoàng Vy", "Phạm Quốc Bảo",
             "Võ Thị Ngọc Hân", "Đặng Văn Tú", "Huỳnh Thanh Trúc", "Bùi Đức Thắng",
             "Hoàng Thu Trang", "Dương Gia Huy", "Lý Mỹ Duyên", "Châu Tấn Phát"]
MISHEARD = {"Sam": "psalm", "Priya": "korea", "Owen": "owing", "Thandi": "tandy",
            "Jun": "june", "Aroha": "a row ha", "Kelvin": "calvin", "Bex": "becks",
            "Rhys": "reese", "Marisol": "mary soul", "Lan": "lang", "Khoa": "qua",
            "Vy": "vi", "Hân": "hang", "Trúc": "chúc", "Phát": "phác"}
EN_QUEUES = ["cards", "general", "payments", "fraud", "lending", "business"]
VI_QUEUES = ["the", "tong_dai", "thanh_toan", "gian_lan", "vay", "doanh_nghiep"]
OB_QUEUES_EN = ["outbound_collections", "outbound_sales", "outbound_fraud"]
OB_QUEUES_VI = ["goi_ra_thu_no", "goi_ra_ban_hang", "goi_ra_gian_lan"]

# ---------------------------------------------------------------- English openers
EN_GREET = ["Good morning.", "Hello there!", "Hi, good afternoon.", "Morning!",
            "Hello and welcome.", "Good evening to you.", "Hiya.", "Hi there.",
            "Hello, hello.", "Afternoon, hi."]
EN_CO = ["You've reached Acme Bank.", "This is Acme Bank.", "Acme Bank, card services.",
         "You're through to the Acme Bank help line.", "Acme Bank customer care here.",
         "This is the business desk at Acme Bank."]
EN_INTRO = ["My name's {n}.", "You've got {n} on the line.", "{n} with you today.",
            "I'm {n}.", "{n} speaking.", "It's {n} here.", "{n} here, I'll be looking after you."]
EN_OFFER = ["How can I help?", "What can I do for you today?",
            "Tell me what's brought you to us and we'll get it sorted.",
            "I'm here to help with whatever you need.", "What are we looking at for you today?",
            "How may I assist you?", "What's the call about today?",
            "Fire away, what do you need?"]
EN_OPEN_WHOLE = [
    "[greet:Good morning] and [greet+co:thanks for calling Acme Bank], "
    "it's [intro:{n} you're speaking to], so [offer:what's happening with your account today?]",
    "[greet+co:Welcome to Acme Bank], [intro:{n} on the card team], "
    "[offer:I can help you with anything card related today].",
    "[greet:Hi hi], [co:Acme Bank], [intro:{n} picking up], "
    "[offer:go ahead, tell me what you need].",
    "[greet:Good afternoon], [co:Acme Bank business banking], [offer:how can we help you] "
    "and [intro:my name is {n} by the way].",
]
# openers written with a slot missing on purpose: (markup, tags present)
EN_OPEN_NOGREET = ["[co:Acme Bank], [intro:{n} speaking], [offer:what can I help you with?]",
                   "[co:Acme Bank card line], [intro:{n}], [offer:go ahead.]",
                   "[intro:{n}] at [co:Acme Bank], [offer:how can I help?]"]

# ---------------------------------------------------------------- Vietnamese openers
VI_GREET = ["Dạ xin chào {cp}.", "Alô, em chào {cp} ạ.", "Dạ kính chào quý khách.",
            "Dạ chào {cp} ạ.", "Alô xin chào.", "Dạ em xin chào {cp}."]
VI_CO = ["Ngân hàng ABC xin nghe.", "Dạ đây là tổng đài ngân hàng ABC.",
         "Ngân hàng A B C em nghe ạ.", "Đây là ngân hàng ây bi xi.",
         "Tổng đài chăm sóc khách hàng ngân hàng ABC ạ."]
VI_INTRO = ["Em là {n}.", "{n} xin nghe ạ.", "Em tên {n} ạ.", "Tổng đài viên {n} xin nghe.",
            "Em {n} đây ạ.", "{n} đang hỗ trợ {cp} ạ.", "Em là {n}, nhân viên tổng đài."]
VI_OFFER = ["Em có thể hỗ trợ gì cho {cp} ạ?", "{cp} cần em giúp gì ạ?",
            "{cp} cứ nói, em hỗ trợ {cp} liền.", "Hôm nay em giúp được gì cho {cp} ạ?",
            "{cp} đang gặp vấn đề gì để em hỗ trợ ạ?", "Mời {cp} trình bày, em nghe đây ạ."]
VI_OPEN_WHOLE = [
    "[greet:Dạ em chào {cp}], [co:ngân hàng ABC] đây ạ, [intro:em là {n}], "
    "[offer:{cp} cần hỗ trợ việc gì em làm liền cho {cp} nha]",
    "[greet+co:Ngân hàng ABC xin kính chào quý khách], [intro:{n} xin nghe ạ], "
    "[offer:quý khách cần hỗ trợ gì ạ]",
    "[greet:Alô em chào {cp} nghen], [co:bên ngân hàng ây bi xi] nè, "
    "[intro:em {n} nè], [offer:{cp} cần gì em phụ cho]",
    "[greet:Xin chào {cp}], [co:ngân hàng ABC], [offer:em sẵn sàng hỗ trợ {cp}], "
    "[intro:{cp} đang nói chuyện với {n} ạ]",
]
VI_OPEN_NOGREET = ["[co:Ngân hàng ABC], [intro:{n} nghe], [offer:{cp} cần gì ạ?]",
                   "[intro:{n}] [co:ngân hàng ABC] nghe, [offer:{cp} nói đi ạ.]",
                   "[co:Tổng đài ABC], [intro:em {n}], [offer:{cp} cần hỗ trợ gì?]"]

# ---------------------------------------------------------------- inbound scenarios
# Each scenario: categories raised by the customer, and per language the customer's
# problem (calm / angry), the agent's restatement, resolutions and a non-resolution.
SCENARIOS: list[dict] = [
    {"id": "bnpl_double", "cats": ["billing", "refund"],
     "en": {"prob": ["Yeah so I bought a fridge on one of your pay later plans and the first "
                     "instalment came out twice this month, I'd like the extra one back please",
                     "Hi, I'm looking at my banking app and the pay in three thing took two "
                     "lots of forty nine ninety nine, can I get one of those refunded"],
            "angry": ["You lot have taken my pay later instalment TWICE, that's a hundred quid "
                      "gone, I want it back today, this is a shambles"],
            "confirm": ["[confirm:So the first instalment on the fridge plan has gone out twice "
                        "this month], is that right?",
                        "[confirm:Right, two lots of forty nine ninety nine for the same "
                        "instalment], yeah?"],
            "resol": ["[resol:I've reversed the duplicate instalment now, it'll be back in your "
                      "account within three working days]",
                      "[resol:Done, the second forty nine ninety nine is refunded, you'll see it "
                      "as a credit by Friday]"]},
     "vi": {"prob": ["Dạ {cs} mua trả góp cái tủ lạnh bằng gói mua trước trả sau mà tháng này bị "
                     "trừ kỳ đầu hai lần, {cs} muốn lấy lại một lần tiền ạ",
                     "Em ơi cái gói trả sau bên mình trừ của {cs} hai lần bốn trăm chín chục "
                     "nghìn, em hoàn lại giúp {cs} với"],
            "angry": ["Ngân hàng làm ăn kiểu gì mà trừ tiền trả góp của tôi hai lần, trả lại "
                      "tiền cho tôi ngay, bực hết sức"],
            "confirm": ["[confirm:Dạ vậy là kỳ trả góp tủ lạnh tháng này bị trừ hai lần] phải "
                        "không ạ?",
                        "[confirm:Dạ tức là hệ thống thu của {cp} hai lần bốn trăm chín chục "
                        "nghìn cho cùng một kỳ] đúng không ạ"],
            "resol": ["[resol:Dạ em đã hoàn lại khoản trừ trùng rồi ạ, trong ba ngày làm việc "
                      "tiền sẽ về tài khoản {cp}]",
                      "[resol:Em đã tạo lệnh hoàn bốn trăm chín chục nghìn, thứ sáu này {cp} "
                      "sẽ thấy tiền về ạ]"]}},
    {"id": "atm_deposit", "cats": ["outage", "refund"],
     "en": {"prob": ["I put two hundred pounds into the cash machine at the Queen Street branch, "
                     "it froze halfway and the money never showed up, I need that back",
                     "So the deposit ATM just hung on me last night with my cash inside and "
                     "nothing has been credited, I'd like my money back please"],
            "angry": ["Your stupid machine ate two hundred pounds of my cash and froze and nobody "
                      "at the branch cares, I want my money back NOW"],
            "confirm": ["[confirm:So the deposit machine froze mid way and the two hundred never "
                        "reached your account]?",
                        "[confirm:Okay, cash went in last night, the ATM hung, and nothing has "
                        "been credited], got it"],
            "resol": ["[resol:I've logged a cash discrepancy claim, the branch balances the "
                      "machine tomorrow and the money will be credited within two working days]",
                      "[resol:I've raised an ATM claim, reference ending four four one, you'll "
                      "get a text once the two hundred is back, normally within forty eight "
                      "hours]"]},
     "vi": {"prob": ["Dạ tối qua tôi nộp hai triệu vô cây ATM nộp tiền ở chi nhánh Ninh Kiều, "
                     "máy bị đơ giữa chừng mà tiền không vô tài khoản, tôi muốn lấy lại tiền",
                     "Em ơi cây nộp tiền bị treo lúc {cs} đang nộp, tiền nuốt vô luôn mà không "
                     "thấy cộng vào tài khoản, em trả lại {cs} với"],
            "angry": ["Cái máy ATM của mấy người nuốt của tôi hai triệu rồi đứng hình, gọi "
                      "chi nhánh không ai nghe, trả tiền cho tôi đi"],
            "confirm": ["[confirm:Dạ tức là cây ATM bị treo khi {cp} đang nộp và hai triệu chưa "
                        "vào tài khoản] đúng không ạ",
                        "[confirm:Dạ em hiểu là máy nộp tiền bị đơ tối qua và tiền chưa được "
                        "cộng vô] phải không {cp}"],
            "resol": ["[resol:Dạ em đã lập yêu cầu tra soát ATM rồi, sáng mai chi nhánh kiểm quỹ "
                      "và tiền sẽ được cộng lại trong hai ngày làm việc]",
                      "[resol:Em đã gửi khiếu nại tra soát, mã số kết thúc bằng bốn bốn một, có "
                      "kết quả là tiền về và {cp} sẽ nhận tin nhắn ạ]"]}},
    {"id": "card_swallowed_abroad", "cats": ["outage"],
     "en": {"prob": ["I'm in Lisbon and a cash machine just kept my card, the screen went blank "
                     "and it never gave it back",
                     "Hiya, the ATM at the airport in Manila swallowed my debit card, the "
                     "machine crashed while I was taking cash out"],
            "angry": ["I am stuck in Lisbon with no card because some ATM crashed and kept it "
                      "and your app is useless, this is ridiculous"],
            "confirm": ["[confirm:So the machine in Lisbon crashed and held on to your card]?",
                        "[confirm:Right, the airport ATM kept your debit card when it went down]"],
            "resol": ["[resol:I've cancelled that card and ordered an emergency replacement to "
                      "your hotel, it should reach you in two to three days]",
                      "[resol:I've stopped the retained card and sent a new one by courier to "
                      "the address you gave, tracking comes by text tonight]"]},
     "vi": {"prob": ["Dạ {cs} đang ở Singapore mà cây ATM ngoài đó nuốt thẻ của {cs} rồi, máy tắt "
                     "màn hình luôn không trả thẻ ra",
                     "Em ơi máy rút tiền ở sân bay Bangkok bị lỗi, nó giữ thẻ của {cs} luôn"],
            "angry": ["Tôi đang ở nước ngoài mà cây ATM nuốt mất thẻ, gọi tổng đài chờ nửa "
                      "tiếng, dịch vụ gì mà tệ vậy"],
            "confirm": ["[confirm:Dạ vậy là cây ATM ở Singapore bị lỗi và giữ thẻ của {cp}] "
                        "phải không ạ",
                        "[confirm:Dạ tức là máy ở sân bay Bangkok treo và không trả thẻ ra] ạ"],
            "resol": ["[resol:Dạ em đã khóa thẻ cũ và phát hành thẻ mới gửi chuyển phát nhanh "
                      "qua khách sạn của {cp}, khoảng ba ngày là nhận được]",
                      "[resol:Em đã khóa thẻ bị giữ rồi, {cp} ra chi nhánh gần nhất khi về "
                      "nước mang theo căn cước để nhận thẻ mới ạ]"]}},
    {"id": "wallet_stolen", "cats": ["card_lost", "fraud"], "weight": 4,
     "en": {"prob": ["My bag was pinched on the tram this morning with my card in it, and "
                     "there's a payment on the app at a petrol station that isn't me",
                     "Someone nicked my wallet at the rugby and I can see two contactless "
                     "payments I didn't make"],
            "angry": ["My wallet's been stolen and some thief has been tapping my card all "
                      "morning and nobody answered your lost card line for an hour"],
            "confirm": ["[confirm:So your card was stolen with your bag this morning and the "
                        "petrol station payment isn't yours]",
                        "[confirm:Got it, wallet taken at the rugby, and those two contactless "
                        "payments weren't you]?"],
            "resol": ["[resol:I've blocked the card, the two payments are disputed and a new "
                      "card is on its way, three to five days]",
                      "[resol:That card is cancelled as of now, I've refunded the petrol "
                      "station payment while we investigate and ordered you a replacement]"]},
     "vi": {"prob": ["Dạ {cs} bị giật túi ở chợ Bến Thành, trong túi có thẻ, giờ {cs} thấy có "
                     "một giao dịch ở cây xăng mà {cs} không có làm",
                     "Dạ {cs} bị mất ví hồi sáng, mở app thấy có hai giao dịch quẹt thẻ mà "
                     "{cs} không thực hiện"],
            "angry": ["Tôi bị móc túi mất thẻ mà gọi số báo mất thẻ cả tiếng không ai bắt máy, "
                      "giờ nó quẹt mất tiền rồi, làm ăn vậy hả"],
            "confirm": ["[confirm:Dạ vậy là thẻ của {cp} bị lấy mất cùng với túi và giao dịch "
                        "ở cây xăng không phải {cp} làm] đúng không ạ",
                        "[confirm:Dạ tức là {cp} mất ví sáng nay và hai giao dịch quẹt thẻ kia "
                        "không phải của {cp}] ạ"],
            "resol": ["[resol:Dạ em đã khóa thẻ cho {cp} rồi ạ, hai giao dịch em đã gửi tra "
                      "soát và thẻ mới sẽ gửi về trong năm ngày làm việc]",
                      "[resol:Em khóa thẻ xong rồi ạ, giao dịch cây xăng em đã lập khiếu nại, "
                      "kết quả sẽ báo qua tin nhắn trong bảy ngày]"]}},
    {"id": "sim_swap", "cats": ["fraud"],
     "en": {"prob": ["My phone lost signal yesterday and the network says someone ported my "
                     "number, and now there are three transfers out of my account I don't "
                     "recognise",
                     "I think it's a SIM swap thing, my mobile went dead and this morning I've "
                     "got transfers to some name I've never heard of"],
            "angry": ["Somebody's hijacked my phone number and emptied my savings and your "
                      "security let them, how is that even possible"],
            "confirm": ["[confirm:So your number was moved to another SIM and the three "
                        "transfers after that weren't made by you]",
                        "[confirm:Right, your mobile went dead and then money went out to a "
                        "payee you don't know]"],
            "resol": ["[resol:I've frozen online banking, reset your registered number and "
                      "opened a fraud case, a specialist will call you within twenty four hours]",
                      "[resol:I've blocked all digital access and raised a fraud claim for the "
                      "three transfers, our fraud team will ring you tomorrow morning]"]},
     "vi": {"prob": ["Hôm qua điện thoại tôi mất sóng, nhà mạng nói có người làm lại sim số "
                     "của tôi, giờ tài khoản có ba lệnh chuyển tiền tôi không biết",
                     "Dạ sim của {cs} tự nhiên mất sóng, sáng nay thấy tài khoản chuyển đi cho "
                     "một người lạ hoắc"],
            "angry": ["Có đứa nó chiếm sim của tôi rồi rút sạch tiền tiết kiệm, bảo mật của "
                      "ngân hàng để đâu vậy"],
            "confirm": ["[confirm:Dạ vậy là số điện thoại của {cp} bị làm lại sim và ba lệnh "
                        "chuyển sau đó không phải {cp} thực hiện] phải không ạ",
                        "[confirm:Dạ tức là sim mất sóng rồi có tiền chuyển đi cho người {cp} "
                        "không quen] ạ"],
            "resol": ["[resol:Dạ em đã khóa ngân hàng điện tử, gỡ số điện thoại cũ và mở hồ sơ "
                      "gian lận, bộ phận chuyên trách sẽ gọi {cp} trong hai mươi bốn giờ]",
                      "[resol:Em đã chặn toàn bộ kênh điện tử và gửi tra soát ba lệnh chuyển, "
                      "sáng mai bên phòng chống gian lận gọi lại {cp} ạ]"]}},
    {"id": "mortgage_overpay", "cats": ["payment"],
     "en": {"prob": ["I'd like to make a five thousand pound overpayment on my mortgage and "
                     "I'm reading from the letter you sent, it says ten percent a year is free",
                     "I want to pay a lump sum off my home loan today, what's the best way"],
            "angry": ["I've asked three times for this overpayment to be taken and nobody at "
                      "your bank ever does it, it's a joke"],
            "confirm": ["[confirm:So you want to pay five thousand off the mortgage, within the "
                        "ten percent allowance]",
                        "[confirm:Okay, a one off lump sum overpayment on the home loan today]"],
            "resol": ["[resol:I've taken the five thousand now and reduced the balance, your "
                      "new monthly payment letter goes out this week]",
                      "[resol:That overpayment is applied, the term shortens by seven months, "
                      "and a confirmation will be in your app tonight]"]},
     "vi": {"prob": ["Dạ tôi muốn trả trước một trăm triệu tiền vay mua nhà, tôi đang cầm thư "
                     "ngân hàng gửi, trong thư nói trả trước mười phần trăm thì không mất phí",
                     "Dạ {cs} muốn tất toán bớt một phần khoản vay nhà hôm nay, làm sao ạ"],
            "angry": ["Tôi đã yêu cầu trả bớt nợ vay ba lần mà nhân viên ngân hàng không ai "
                      "làm cho, làm ăn gì kỳ vậy"],
            "confirm": ["[confirm:Dạ vậy là {cp} muốn trả trước một trăm triệu khoản vay nhà, "
                        "trong hạn mức mười phần trăm] đúng không ạ",
                        "[confirm:Dạ tức là {cp} muốn trả bớt một khoản gốc vay nhà ngay hôm "
                        "nay] ạ"],
            "resol": ["[resol:Dạ em đã ghi nhận khoản trả trước một trăm triệu, dư nợ đã giảm, "
                      "lịch trả nợ mới sẽ gửi qua email {cp} trong tuần]",
                      "[resol:Dạ {cp} chuyển khoản vào tài khoản vay đuôi hai chín, em đã đặt "
                      "lệnh tất toán một phần, chiều nay hệ thống trừ gốc luôn]"]}},
    {"id": "school_fees", "cats": ["payment"],
     "en": {"prob": ["I need to send my daughter's school fees to an account in Hong Kong, "
                     "term starts Monday",
                     "Yeah hi, I'm a student and I need to pay my tuition to the uni, "
                     "they've given me an international account number"],
            "angry": ["I've been passed between four of your staff about these school fees and "
                      "the school is chasing me, this is awful service"],
            "confirm": ["[confirm:So a school fee payment to an account in Hong Kong before "
                        "Monday]",
                        "[confirm:Right, you're paying your uni tuition to an overseas account]"],
            "resol": ["[resol:I've sent the payment now, it'll arrive by Friday and the "
                      "confirmation is in your inbox]",
                      "[resol:I've set the transfer up, eleven hundred pounds, it reaches the "
                      "university tomorrow, reference is your student number]"]},
     "vi": {"prob": ["Dạ {cs} cần chuyển học phí cho con vô trường, thứ hai này con nhập học rồi",
                     "Dạ mình là sinh viên, mình cần đóng học phí qua tài khoản của trường mà làm "
                     "trên app không được ạ"],
            "angry": ["Tôi bị chuyển qua bốn nhân viên rồi mà chưa ai chuyển học phí giùm, "
                      "trường thì hối, dịch vụ tệ quá"],
            "confirm": ["[confirm:Dạ vậy là {cp} cần chuyển học phí vào tài khoản trường trước "
                        "thứ hai] phải không ạ",
                        "[confirm:Dạ tức là {cp} đóng học phí cho trường mà lệnh trên app không "
                        "đi được] ạ"],
            "resol": ["[resol:Dạ em đã chuyển học phí cho {cp} rồi, ngày mai trường nhận được, "
                      "biên lai gửi về email ạ]",
                      "[resol:Dạ {cp} ra quầy giao dịch gần nhất mang theo thẻ sinh viên, "
                      "nhân viên sẽ chuyển học phí trực tiếp cho {cp}]"]}},
    {"id": "hospital_bill", "cats": ["payment"],
     "en": {"prob": ["My dad's in hospital and I need to pay his bill today, it's over my "
                     "daily transfer limit",
                     "I've got a hospital invoice to pay by this afternoon and the app says "
                     "the amount is too high"],
            "angry": ["My father is in hospital and your stupid limit means I can't pay his "
                      "bill, I've been on hold forty minutes"],
            "confirm": ["[confirm:So you need to pay your dad's hospital bill today but it's "
                        "over your daily limit]",
                        "[confirm:Okay, a hospital invoice due this afternoon that's above the "
                        "app's transfer limit]"],
            "resol": ["[resol:I've raised your limit for today only and sent the payment, the "
                      "hospital will have it within the hour]",
                      "[resol:I've lifted the daily limit until midnight, you can send it from "
                      "the app right now]"]},
     "vi": {"prob": ["Dạ ba tôi đang nằm viện, tôi cần chuyển tiền viện phí hôm nay mà vượt "
                     "hạn mức trong ngày",
                     "Tôi cần đóng tiền bệnh viện chiều nay mà app báo số tiền vượt hạn mức"],
            "angry": ["Ba tôi đang nằm viện mà cái hạn mức vô lý của ngân hàng không cho tôi "
                      "đóng tiền, chờ máy bốn mươi phút rồi"],
            "confirm": ["[confirm:Dạ vậy là {cp} cần đóng viện phí hôm nay mà số tiền vượt "
                        "hạn mức ngày] phải không ạ",
                        "[confirm:Dạ tức là hóa đơn bệnh viện chiều nay phải đóng mà app không "
                        "cho chuyển vì quá hạn mức] ạ"],
            "resol": ["[resol:Dạ em đã nâng hạn mức trong hôm nay cho {cp}, {cp} chuyển trên "
                      "app được ngay bây giờ ạ]",
                      "[resol:Em đã tăng hạn mức tới nửa đêm nay và chuyển khoản viện phí "
                      "cho {cp} rồi, bệnh viện nhận trong một giờ]"]}},
    {"id": "gold_savings", "cats": [],
     "en": {"prob": ["I'm just ringing about the gold savings account, what rate does it pay "
                     "at the moment, I've got some money sitting idle",
                     "Quick one, what's the interest rate on your fixed saver, I'm comparing"],
            "angry": ["I was told the gold saver paid four percent and it's paid nothing like "
                      "that, I feel completely misled by your bank"],
            "confirm": ["[confirm:So you want to know the current rate on the gold savings "
                        "account]",
                        "[confirm:Okay, you're comparing the fixed saver rate]"],
            "resol": ["[resol:The gold saver pays three point one percent variable, and I've "
                      "emailed you the key facts sheet]",
                      "[resol:It's four point two percent fixed for a year, I've sent the "
                      "application link to your app]"]},
     "vi": {"prob": ["Dạ cho tôi hỏi gói tiết kiệm vàng bên mình lãi suất hiện nay bao nhiêu, "
                     "tôi có ít tiền để không",
                     "Cho {cs} hỏi xíu lãi suất gửi kỳ hạn mười hai tháng bây giờ nhiêu vậy ạ"],
            "angry": ["Hồi gửi thì nói lãi bốn phần trăm giờ trả chẳng được bao nhiêu, ngân "
                      "hàng lừa khách à"],
            "confirm": ["[confirm:Dạ vậy là {cp} muốn hỏi lãi suất hiện tại của gói tiết "
                        "kiệm vàng] phải không ạ",
                        "[confirm:Dạ tức là {cp} hỏi lãi suất kỳ hạn mười hai tháng] ạ"],
            "resol": ["[resol:Dạ gói tiết kiệm vàng hiện là năm phẩy hai phần trăm một năm, em "
                      "đã gửi bảng lãi suất qua Zalo cho {cp}]",
                      "[resol:Dạ kỳ hạn mười hai tháng là sáu phần trăm, em gửi đường link mở "
                      "sổ trên app cho {cp} rồi ạ]"]}},
    {"id": "marketplace_chargeback", "cats": ["refund"],
     "en": {"prob": ["I paid for a phone on an online marketplace, it never arrived and the "
                     "seller's vanished, can you get my money back",
                     "I ordered trainers off one of those marketplace apps, sent a fake "
                     "tracking number, I want a chargeback"],
            "angry": ["I paid three hundred for a phone that never came and the seller has "
                      "disappeared and your chat bot is useless, I want my money"],
            "confirm": ["[confirm:So you paid for a phone on the marketplace and it never "
                        "turned up]",
                        "[confirm:Right, the trainers never came and the tracking was fake]"],
            "resol": ["[resol:I've raised a chargeback with the card scheme, you'll get a "
                      "temporary credit tomorrow and a decision within forty five days]",
                      "[resol:I've opened the dispute and credited the three hundred while it "
                      "runs, the merchant has ten days to reply]"]},
     "vi": {"prob": ["Dạ {cs} mua điện thoại trên sàn thương mại điện tử, chờ hoài không thấy "
                     "giao mà người bán mất tích, ngân hàng đòi lại tiền giúp {cs} được không",
                     "Tôi đặt đôi giày trên sàn, họ gửi mã vận đơn giả, tôi muốn đòi lại tiền"],
            "angry": ["Tôi trả ba triệu mua điện thoại mà không nhận được gì, chat với ngân "
                      "hàng thì toàn máy trả lời, tôi muốn lấy lại tiền"],
            "confirm": ["[confirm:Dạ vậy là {cp} đã thanh toán điện thoại trên sàn mà hàng "
                        "không giao] đúng không ạ",
                        "[confirm:Dạ tức là đôi giày không tới và mã vận đơn là giả] ạ"],
            "resol": ["[resol:Dạ em đã gửi yêu cầu bồi hoàn qua tổ chức thẻ, ngày mai {cp} được "
                      "ghi có tạm thời, kết quả trong bốn lăm ngày]",
                      "[resol:Em đã mở khiếu nại và hoàn tạm ba triệu cho {cp}, bên bán có "
                      "mười ngày để phản hồi ạ]"]}},
    {"id": "card_machine_shop", "cats": ["outage"],
     "en": {"prob": ["I run a little bakery and the card machine you gave us has been failing "
                     "every payment since seven, I've got a queue out the door",
                     "My shop's card terminal keeps saying connection error, nothing goes "
                     "through"],
            "angry": ["Your card machine has been dead all morning, I've lost a fortune in "
                      "sales and nobody at your bank picks up"],
            "confirm": ["[confirm:So the bakery's card machine has declined every payment "
                        "since seven this morning]",
                        "[confirm:Okay, the terminal shows a connection error and no payments "
                        "are getting through]"],
            "resol": ["[resol:I've pushed a reset to the terminal, switch it off and on and "
                      "it'll connect, and an engineer is booked for tomorrow if not]",
                      "[resol:A replacement terminal goes out by courier today and arrives "
                      "before ten tomorrow]"]},
     "vi": {"prob": ["Dạ tôi bán tiệm tạp hóa, cái máy quẹt thẻ ngân hàng lắp cho tôi từ sáng "
                     "tới giờ quẹt không được cái nào",
                     "Máy POS ở quán {cs} báo lỗi kết nối hoài, khách quẹt không được"],
            "angry": ["Máy quẹt thẻ của ngân hàng chết nguyên buổi sáng, tôi mất bao nhiêu "
                      "khách, gọi hoài không ai nghe"],
            "confirm": ["[confirm:Dạ vậy là máy quẹt thẻ ở tiệm {cp} từ sáng tới giờ không "
                        "nhận giao dịch nào] phải không ạ",
                        "[confirm:Dạ tức là máy POS báo lỗi kết nối và khách không thanh toán "
                        "được] ạ"],
            "resol": ["[resol:Dạ em đã khởi động lại máy từ xa, {cp} tắt mở lại là dùng được, "
                      "nếu không thì mai kỹ thuật qua tận nơi]",
                      "[resol:Em đã cho người mang máy POS mới qua tiệm {cp}, trước mười giờ "
                      "sáng mai tới nơi ạ]"]}},
    {"id": "app_crash", "cats": ["outage"],
     "en": {"prob": ["Your app crashes every time I open the payments page, I've reinstalled "
                     "it twice",
                     "The website's been down all evening, I just get an error page"],
            "angry": ["Your app has crashed every day this week, I can't see my own money, "
                      "it's absolutely pathetic"],
            "confirm": ["[confirm:So the app closes itself whenever you open payments, even "
                        "after reinstalling]",
                        "[confirm:Right, the website's just giving you an error page tonight]"],
            "resol": ["[resol:There's a fix going out tonight, update the app tomorrow morning "
                      "and payments will open again]",
                      "[resol:I've logged it with the digital team under your reference, the "
                      "site is back within the hour and I'll text you when it is]"]},
     "vi": {"prob": ["Dạ app của ngân hàng cứ mở mục chuyển tiền là văng ra, {cs} cài lại hai "
                     "lần rồi",
                     "Trang web ngân hàng từ tối tới giờ vô không được, toàn báo lỗi"],
            "angry": ["Cái app ngân hàng tuần này ngày nào cũng sập, tiền của mình mà xem "
                      "không được, quá tệ"],
            "confirm": ["[confirm:Dạ vậy là app tự thoát mỗi lần {cp} mở mục chuyển tiền, cài "
                        "lại vẫn bị] phải không ạ",
                        "[confirm:Dạ tức là trang web từ tối tới giờ chỉ hiện trang báo lỗi] ạ"],
            "resol": ["[resol:Dạ tối nay bên em cập nhật bản sửa lỗi, sáng mai {cp} cập nhật app "
                      "là chuyển tiền được lại ạ]",
                      "[resol:Em đã báo lỗi cho bộ phận kỹ thuật, trong một tiếng trang web chạy "
                      "lại và em sẽ nhắn tin báo {cp}]"]}},
    {"id": "annual_fee_cancel", "cats": ["billing", "cancellation", "refund"],
     "en": {"prob": ["There's a ninety nine pound annual fee on my statement for a card I "
                     "never use, I'd like it refunded and the card closed",
                     "I've been charged the yearly card fee again, please cancel the card "
                     "and give me the fee back"],
            "angry": ["You've charged me ninety nine pounds for a card I told you to cancel "
                      "last year, give it back and shut the thing"],
            "confirm": ["[confirm:So the ninety nine pound annual fee came through on a card "
                        "you don't use, and you'd like it closed]",
                        "[confirm:Okay, the yearly fee charged again and you want the card "
                        "cancelled]"],
            "resol": ["[resol:I've refunded the fee and closed the card, you'll get a letter "
                      "confirming both this week]",
                      "[resol:Card's cancelled as of today and the ninety nine pounds is back "
                      "on your account]"]},
     "vi": {"prob": ["Dạ sao kê của tôi có phí thường niên chín trăm chín mươi nghìn cho cái "
                     "thẻ tôi không xài, tôi muốn hoàn phí và hủy thẻ luôn",
                     "Dạ {cs} bị thu phí thường niên thẻ tín dụng nữa rồi, em hủy thẻ giùm {cs} và "
                     "trả lại phí nha"],
            "angry": ["Tôi đã kêu hủy thẻ từ năm ngoái mà giờ còn thu phí thường niên, trả "
                      "lại tiền và hủy ngay cho tôi"],
            "confirm": ["[confirm:Dạ vậy là thẻ {cp} không dùng mà vẫn bị thu phí thường niên, "
                        "và {cp} muốn hủy thẻ] đúng không ạ",
                        "[confirm:Dạ tức là phí thường niên lại bị thu và {cp} muốn đóng thẻ] "
                        "ạ"],
            "resol": ["[resol:Dạ em đã hoàn phí thường niên và đóng thẻ cho {cp}, trong tuần "
                      "sẽ có thư xác nhận ạ]",
                      "[resol:Thẻ đã được hủy từ hôm nay và chín trăm chín mươi nghìn đã hoàn "
                      "vào tài khoản {cp} rồi ạ]"]}},
    {"id": "moved_house", "cats": ["address_change"],
     "en": {"prob": ["I've moved house and need to update my address, I'm in Cardiff now",
                     "Just a change of address please, we've moved up to Auckland"],
            "angry": ["I've told your bank three times I've moved and you keep posting my "
                      "statements to the old house, sort it out"],
            "confirm": ["[confirm:So you've moved to Cardiff and want the new address on your "
                        "accounts]",
                        "[confirm:Okay, you want your address changed to the Auckland one]"],
            "resol": ["[resol:I've updated the address on all three accounts, and a "
                      "confirmation letter will go to the new house]",
                      "[resol:That's changed now, statements from this month go to the new "
                      "address]"]},
     "vi": {"prob": ["Dạ tôi mới chuyển nhà, tôi muốn cập nhật địa chỉ mới ở Cần Thơ",
                     "Cho {cs} đổi địa chỉ liên hệ, {cs} dọn lên Hà Nội rồi ạ"],
            "angry": ["Tôi báo đổi địa chỉ ba lần rồi mà ngân hàng vẫn gửi thư về nhà cũ, "
                      "làm việc kiểu gì vậy"],
            "confirm": ["[confirm:Dạ vậy là {cp} đã chuyển về Cần Thơ và muốn cập nhật địa chỉ "
                        "mới] phải không ạ",
                        "[confirm:Dạ tức là {cp} muốn đổi địa chỉ liên hệ sang Hà Nội] ạ"],
            "resol": ["[resol:Dạ em đã cập nhật địa chỉ mới trên hệ thống, từ tháng này thư sẽ "
                      "gửi về nhà mới ạ]",
                      "[resol:Dạ đổi địa chỉ cần chữ ký nên {cp} vui lòng mang căn cước ra "
                      "chi nhánh gần nhất, làm trong mười phút là xong]"]}},
    {"id": "dormant_account", "cats": [],
     "en": {"prob": ["I've found an old savings book of mine and I think the account has gone "
                     "dormant, can I get it working again",
                     "My account's been marked inactive, I haven't used it since uni"],
            "angry": ["You've frozen my account as dormant without telling me and now my "
                      "salary is stuck, this is outrageous"],
            "confirm": ["[confirm:So the old savings account has gone dormant and you want it "
                        "active again]",
                        "[confirm:Okay, the account was marked inactive because it wasn't "
                        "used]"],
            "resol": ["[resol:Pop into any branch with photo ID and a recent bill, they'll "
                      "reactivate it on the spot]",
                      "[resol:I've reactivated it now, you can use it straight away, the "
                      "balance is all still there]"]},
     "vi": {"prob": ["Dạ tôi tìm được sổ tiết kiệm cũ, chắc tài khoản bị ngủ đông rồi, giờ "
                     "muốn dùng lại",
                     "Tài khoản của {cs} bị chuyển sang trạng thái không hoạt động, lâu rồi {cs} "
                     "không xài"],
            "angry": ["Ngân hàng tự đóng băng tài khoản của tôi mà không báo, giờ lương kẹt "
                      "trong đó, quá đáng thật"],
            "confirm": ["[confirm:Dạ vậy là tài khoản cũ đã chuyển sang ngủ đông và {cp} muốn "
                        "kích hoạt lại] ạ",
                        "[confirm:Dạ tức là tài khoản bị đánh dấu không hoạt động vì lâu không "
                        "giao dịch] phải không ạ"],
            "resol": ["[resol:Dạ {cp} mang căn cước ra bất kỳ chi nhánh nào, nhân viên kích "
                      "hoạt lại ngay tại quầy]",
                      "[resol:Dạ em đã kích hoạt lại tài khoản, {cp} dùng được ngay, số dư vẫn "
                      "còn nguyên ạ]"]}},
    {"id": "pin_reset", "cats": [],
     "en": {"prob": ["I've forgotten my card PIN, I typed it wrong three times at the shop",
                     "Can I reset my PIN, I've got a new card and can't remember the number"],
            "angry": ["I've been locked out of my own card because of your daft PIN system and "
                      "I'm stood at the till, this is embarrassing"],
            "confirm": ["[confirm:So the PIN's been entered wrong three times and the card's "
                        "blocked for chip and PIN]",
                        "[confirm:Okay, new card and you can't remember its PIN]"],
            "resol": ["[resol:I've unblocked the PIN and you can view it in the app under card "
                      "settings right now]",
                      "[resol:A PIN reminder is posted today, and I've reset the tries so you "
                      "can use contactless meanwhile]"]},
     "vi": {"prob": ["Dạ tôi quên mã PIN thẻ, nhập sai ba lần ở siêu thị rồi",
                     "Dạ {cs} muốn đặt lại mã PIN, thẻ mới mà {cs} quên mất số rồi"],
            "angry": ["Tôi đứng ở quầy tính tiền mà thẻ bị khóa PIN, cái hệ thống gì kỳ cục, "
                      "mất mặt quá"],
            "confirm": ["[confirm:Dạ vậy là {cp} nhập sai PIN ba lần nên thẻ bị khóa] phải "
                        "không ạ",
                        "[confirm:Dạ tức là thẻ mới mà {cp} không nhớ mã PIN] ạ"],
            "resol": ["[resol:Dạ em đã mở khóa PIN, {cp} vào app mục cài đặt thẻ để đặt PIN "
                      "mới ngay ạ]",
                      "[resol:Dạ {cp} ra cây ATM bất kỳ của bên em, chọn đổi PIN bằng mã OTP em "
                      "vừa gửi là được ạ]"]}},
    {"id": "bereavement", "cats": ["cancellation"], "sad": True,
     "en": {"prob": ["My mum passed away last month and I need to close her current account, "
                     "I'm her executor"],
            "angry": ["My mum died three weeks ago and I'm still getting letters addressed to "
                      "her, I just can't face any more of this"],
            "confirm": ["[confirm:So you're your mum's executor and need her current account "
                        "closed]"],
            "resol": ["[resol:I've opened a bereavement case, send the death certificate to the "
                      "address I'll text you and we close the account within ten days]"]},
     "vi": {"prob": ["Dạ mẹ tôi mới mất tháng trước, tôi cần đóng tài khoản của mẹ, tôi là "
                     "người thừa kế"],
            "angry": ["Mẹ tôi mất ba tuần rồi mà ngân hàng cứ gửi thư cho mẹ, tôi không chịu "
                      "nổi nữa"],
            "confirm": ["[confirm:Dạ vậy là {cp} là người thừa kế và cần đóng tài khoản của "
                        "mẹ] ạ"],
            "resol": ["[resol:Dạ em đã mở hồ sơ thừa kế, {cp} mang giấy chứng tử và căn cước ra "
                      "chi nhánh, tài khoản sẽ đóng trong mười ngày]"]}},
    {"id": "lost_phone_card", "cats": ["card_lost"], "weight": 4,
     "en": {"prob": ["I left my phone in a taxi last night and my debit card was in the case, "
                     "so I've lost both, can you block the card and lock the app",
                     "Kia ora, I've lost my card somewhere between the gym and home, I've "
                     "looked everywhere"],
            "angry": ["I reported my card lost at your branch yesterday and it's STILL "
                      "active today, what is the point of ringing you people"],
            "confirm": ["[confirm:So the phone went in the taxi with your card in the case, and "
                        "you need both shut off]",
                        "[confirm:Right, the card's gone missing somewhere between the gym and "
                        "home]"],
            "resol": ["[resol:I've cancelled the card, logged out every device from the app, and "
                      "a new card will be with you in four working days]",
                      "[resol:The card's stopped now and a replacement is ordered to your home "
                      "address, it'll arrive by Thursday]"]},
     "vi": {"prob": ["Dạ {cs} để quên điện thoại trên taxi tối qua, thẻ ATM kẹp trong ốp lưng "
                     "luôn, {cs} muốn khóa thẻ với app ạ",
                     "Em ơi {cs} làm rớt thẻ đâu mất rồi, kiếm hoài không thấy"],
            "angry": ["Tôi báo mất thẻ với chi nhánh từ hôm qua mà nay thẻ vẫn còn hoạt động, "
                      "làm việc kiểu gì vậy"],
            "confirm": ["[confirm:Dạ vậy là điện thoại để quên trên taxi, thẻ nằm trong ốp lưng, "
                        "và {cp} cần khóa cả thẻ lẫn app] đúng không ạ",
                        "[confirm:Dạ tức là {cp} làm rớt thẻ mà tìm không thấy] ạ"],
            "resol": ["[resol:Dạ em đã khóa thẻ, đăng xuất app trên mọi thiết bị, thẻ mới sẽ "
                      "gửi về trong bốn ngày làm việc]",
                      "[resol:Dạ thẻ đã khóa rồi ạ, {cp} mang căn cước ra chi nhánh gần nhất để "
                      "làm lại thẻ, lấy liền trong ngày]"]}},
    {"id": "declined_abroad", "cats": [],
     "en": {"prob": ["My card got declined at a restaurant in Wellington, I think your fraud "
                     "system has blocked it",
                     "I'm in Hong Kong for work and the card won't go through anywhere, I got a "
                     "text about suspicious activity but it was me"],
            "angry": ["You've blocked my card on holiday for no reason, I was humiliated in "
                      "front of my clients, your fraud system is a disgrace"],
            "confirm": ["[confirm:So the card was declined in Wellington because of a security "
                        "block]",
                        "[confirm:Okay, the payments in Hong Kong were yours and the card's been "
                        "stopped as suspicious]"],
            "resol": ["[resol:I've lifted the block and marked you as travelling until the end "
                      "of the month, try it again now]",
                      "[resol:The block's removed, those payments were genuine so it'll work "
                      "straight away]"]},
     "vi": {"prob": ["Dạ thẻ của {cs} bị từ chối ở nhà hàng bên Nhật, chắc hệ thống chống gian "
                     "lận khóa rồi",
                     "Tôi đi công tác Hồng Kông mà quẹt thẻ chỗ nào cũng không được, có tin "
                     "nhắn báo giao dịch đáng ngờ nhưng là tôi làm"],
            "angry": ["Ngân hàng tự khóa thẻ của tôi lúc đi nước ngoài, tôi bẽ mặt trước đối "
                      "tác, quá tệ"],
            "confirm": ["[confirm:Dạ vậy là thẻ bị từ chối ở Nhật do hệ thống khóa bảo mật] "
                        "phải không ạ",
                        "[confirm:Dạ tức là giao dịch ở Hồng Kông là của {cp} mà thẻ bị chặn vì "
                        "nghi ngờ] ạ"],
            "resol": ["[resol:Dạ em đã gỡ khóa và ghi nhận {cp} đang ở nước ngoài tới cuối "
                      "tháng, {cp} thử lại ngay được ạ]",
                      "[resol:Dạ em mở chặn thẻ rồi, giao dịch vừa rồi là của {cp} nên quẹt "
                      "được liền ạ]"]}},
]

# ---------------------------------------------------------------- generic pools
POOL = {
    "en": {
        "c_hello": ["Hi, yes, hello.", "Oh hello, morning.", "Hiya, yeah.", "Hello, hi, um.",
                    "Oh hi, good morning to you.", "Yes hello, sorry, one sec, right.",
                    "Kia ora.", "Howzit, hi.", "Hello po, good morning.", "Bore da, hiya.",
                    "Hello, yes, I'm calling from Kowloon, sorry for the noise."],
        "c_name_decoy": ["I spoke to someone called {other} yesterday about this.",
                         "Is {other} in today? She was helping me last week."],
        "c_is_company": ["Sorry, is this Acme Bank? I dialled the number on the card.",
                         "Have I got the bank? The Acme one?"],
        "a_yes": ["Yes, that's right.", "You have, yes.", "Yep, you're in the right place."],
        "id_check": [("[d_idcheck:Before we go on, can I confirm your date of birth please?]",
                      "Fourteenth of March, eighty six."),
                     ("[d_idcheck:Could you give me the first line of your address and your "
                      "postcode?]", "Twelve Harbour Road, N E three, four J P."),
                     ("[d_idcheck:I just need to take you through security, what's your "
                      "mother's maiden name?]", "It's Pretorius, P R E T O R I U S."),
                     ("[d_idcheck:And your date of birth for me?]",
                      "Second of June nineteen ninety.")],
        "addr_readback": ["[d_addr:And you're still at twelve Harbour Road, Napier, yeah?]",
                          "[d_addr:So that's flat four, nine Marine Drive, Swansea, "
                          "correct?]"],
        "yes": ["Yep.", "That's right.", "Yes.", "Correct, yeah.", "Mm-hm."],
        "hold": ["[d_check:Let me just check that for you], bear with me a moment.",
                 "[d_check:I'll have a quick look at the account], one sec.",
                 "[d_check:Give me a minute to pull that up], I'm popping you on hold."],
        "thanks_hold": ["[thanks+d_midthanks:Thanks for holding], right,",
                        "[thanks+d_midthanks:Cheers for waiting], okay,",
                        "[thanks+d_midthanks:Thank you for bearing with me], so,"],
        "noconfirm": ["[d_understand:Okay, I understand].", "Right, okay, gotcha.",
                      "[d_check:Let me just check that].", "Mm-hm, sure."],
        "noresol": ["[d_vague:Leave it with me and I'll sort it.]",
                    "[d_vague:I'll see what I can do.]",
                    "[d_question:Would you like me to look into cancelling it?]",
                    "[d_vague:Right, I'll get that looked at for you.]"],
        "c_after_noresol": ["[d_cust_nextstep:Okay, so I'll just go into the branch myself "
                            "then.]",
                            "Right, so I just wait, do I?", "Okay, if you say so."],
        "c_react": ["Oh brilliant, thank you.", "Lovely, that's a weight off.",
                    "Great, ha ha, I was dreading this call.", "Okay, that's fine, thanks.",
                    "Sweet as, cheers.", "Perfect."],
        "anyelse": ["[anyelse:Anything else on your list today?]",
                    "[anyelse:Is there something else I can do while I've got you?]",
                    "[anyelse:Can I help with anything further?]",
                    "[anyelse:Was there anything more?]",
                    "[anyelse:Before you go, anything else I can look at?]",
                    "[anyelse:Any other questions for me at all?]"],
        "c_nothing": ["No, that's everything.", "Nope, you've been great.",
                      "No, that's all, thanks.", "Ha, no, that's plenty for one day."],
        "c_nothing_unprompted": ["[d_cust_nothingelse:That was the only thing, by the way, "
                                 "nothing else.]"],
        "thanks": ["[thanks:Thanks ever so much for calling]", "[thanks:Thank you for calling "
                   "Acme Bank]", "[thanks:Cheers for ringing in today]",
                   "[thanks:Thanks for your patience with all that]",
                   "[thanks:Thank you, I really appreciate you calling]",
                   "[thanks:Many thanks for getting in touch]"],
        "bye": ["[bye:goodbye now]", "[bye:bye bye]", "[bye:have a lovely rest of your day]",
                "[bye:take care of yourself]", "[bye:enjoy the rest of your evening]",
                "[bye:all the best, bye]", "[bye:cheerio]", "[bye:you have a good one]"],
        "close_plain": ["Okay, that's all done then.", "Right, you're all set.",
                        "So that's sorted."],
        "c_bye": ["Bye.", "Thanks, bye.", "Cheers, bye now.", "Okay, ta ra."],
        "empathy": ["[empathy:Oh, that's a horrible thing to be dealing with]",
                    "[empathy:Honestly, I'd be fuming too]",
                    "[empathy:I can hear how stressful this has been for you]",
                    "[empathy:That sounds exhausting, I'm sorry you've had to chase it]",
                    "[empathy:Gosh, what a morning you've had]",
                    "[empathy:I completely get why you're upset]",
                    "[empathy:That's not how it should feel banking with us, I'm sorry]"],
        "empathy_sad": ["[empathy:I'm so sorry for your loss]",
                        "[empathy:I'm really sorry about your mum]"],
        "noempathy": ["Right. Can I take the account number?", "Okay. Sort code please.",
                      "Fine, what's the card number ending?", "Okay, name on the account?"],
        "interrupt": ["Sir, sir, if I can just stop you there,", "Okay, okay, hang on,",
                      "Right, can I just, can I just jump in,"],
        "blame": ["[blame:To be fair, you should have read the terms before you signed up.]",
                  "[blame:Well, that's on you for giving out the code.]",
                  "[blame:I already told you that, twice now.]",
                  "[blame:If you'd checked your statements you'd have caught it months ago.]",
                  "[blame:You didn't listen to what I said earlier.]",
                  "[blame:Honestly, that's your own fault for not keeping your card safe.]",
                  "[blame:No, you're wrong, that's not what happened at all.]"],
        "policy": ["[d_policy:Under the terms, disputes need raising within a hundred and "
                   "twenty days, and we're well within that.]",
                   "[d_policy:The policy is that we hold disputed amounts for up to ten "
                   "working days.]"],
        "ourfault": ["[d_ourfault:That one's our mistake, not yours, I'm sorry.]",
                     "[d_ourfault:That's a bank error on our side, apologies.]"],
        "rude": ["[rude:Look, that's not my problem.]", "[rude:Whatever, hang on.]",
                 "[rude:Just calm down, will you.]", "[rude:I haven't got all day.]",
                 "[rude:Stop wasting my time.]", "[rude:Yeah yeah, I heard you the first "
                 "time.]", "[rude:Not my department, not my headache.]"],
        "prof": ["[prof:Oh shit], the system's just logged me out again.",
                 "[prof:For fuck's sake], this screen's frozen again.",
                 "[prof:Bollocks], wrong account, one sec.",
                 "This [prof:piece of shit] system, hang on, nearly there.",
                 "[prof:What the fuck], it's just cleared the form."],
        "card": ["[card:So that's four nine two nine, one two three four, five six seven "
                 "eight, nine zero one two], correct?",
                 "[card:And the security code on the back is seven four one], yes?",
                 "[card:Card number four five three nine eight eight one two oh oh four five "
                 "seven seven three one], is that the one?",
                 "[card:Let me read it back, five four one two, seven five three four, nine "
                 "oh oh one, two two three three]."],
        "card_decoy": ["[d_last4:That's the card ending seven seven three one, yes?]",
                       "[d_phone:We'll text you on oh seven seven one one, four five six, nine "
                       "nine nine.]",
                       "[d_ref:Your reference is A C four four one nine two.]",
                       "[d_sortcode:Account ending two nine, sort code twenty, forty, "
                       "sixty.]"],
        "scared": ["I'm honestly shaking, that was my rent money.",
                   "I feel sick, I don't know what to do, that's all my savings."],
        "c_swear": ["[d_custswear:This is fucking ridiculous, your bank is a joke.]",
                    "[d_custswear:Bloody hell, this is shit service, absolutely shit.]"],
        "late_anger": ["What? That's it? I want to speak to a manager, this is useless.",
                       "Are you serious? Your bank has messed me around for weeks, I want to "
                       "make a formal complaint."],
        "c_laugh": ["Ha ha, sorry, I'm terrible with this stuff, my daughter usually does it.",
                    "Ha, you must get this all day, sorry!"],
        "filler": [("How long does that usually take?", "Usually about three working days."),
                   ("Will I get a letter about it?", "Yes, one goes out in the post."),
                   ("Do I need to do anything in the app?", "No, nothing at all on your side."),
                   ("Sorry, my kids are shouting, say that again?", "No worries, I said "
                    "it's all being handled on our end."),
                   ("And that won't affect my credit score?", "No, not at all."),
                   ("Is it the same for my joint account?", "Yes, it's the same set up.")],
        "addon_address": ["Oh and while I've got you, I've moved, can you change my address "
                          "to forty two Kowhai Street?",
                          "Also I need to update my address, we've moved to Pontypridd."],
        "addon_addr_ok": ["[d_addon:Done, the new address is on file.]",
                          "[d_addon:I've changed that for you too.]"],
        "addon_payment": ["One more thing, I'd like to pay off my credit card balance today "
                          "from my current account.",
                          "And can I make a payment to my council tax while you're there?"],
        "addon_pay_ok": ["[d_addon:That payment's gone through.]",
                         "[d_addon:Sent, it'll show today.]"],
        "backchannel": ["Mm-hm.", "Okay.", "Right.", "Yep, go on."],
        "chat": [("Ha, you must get this all day, sorry!",
                  "Ha, honestly, you're one of the nicer ones today."),
                 ("Ha ha, sorry, I'm terrible with this stuff, my daughter usually does it.",
                  "Not at all, that's what we're here for."),
                 ("Oh, the weather here is glorious today, ha ha.",
                  "Lucky you, it's grey as anything here."),
                 ("Ha, I nearly rang the wrong bank, you know.", "Ha, glad you found us."),
                 ("My dog's barking at the postman, sorry, ha ha.", "Ha, no problem at all.")],
        "c_more": ["And I've been meaning to ring for ages, honestly, it's just been one of "
                   "those weeks with the kids and work and everything.",
                   "Sorry, I'm reading this off the letter, it says, um, please contact us on "
                   "the number below if you have any questions, so here I am.",
                   "I did try the chat thing on the website first but I'd rather talk to a "
                   "person, you know how it is."],
        "idcheck_anger": ["Oh for goodness sake, I already typed all that into your automated "
                          "thing, why do I have to do it again, this is ridiculous."],
    },
    "vi": {
        "c_hello": ["Dạ alô chào em.", "A lô, ừ chào em.", "Dạ chào em.", "Alô, em ơi.",
                    "Dạ vâng chào bạn.", "Ờ chào em nha.", "Vâng, chào cháu.",
                    "Dạ chào cưng, má hỏi chút nghen.",
                    "Xin chào, tôi là người Hàn Quốc, nói tiếng Việt chậm, xin lỗi nha.",
                    "Alô, chào bạn, tôi là Mike, tiếng Việt của tôi không giỏi lắm."],
        "c_name_decoy": ["Hôm qua {cs} có nói chuyện với bạn {other} rồi đó.",
                         "Bạn {other} hôm trước hứa gọi lại cho tôi mà không thấy."],
        "c_is_company": ["Đây có phải ngân hàng ABC không em?", "Alô có phải tổng đài ABC "
                         "hông?"],
        "a_yes": ["Dạ đúng rồi ạ.", "Dạ phải ạ.", "Dạ vâng ạ."],
        "id_check": [("[d_idcheck:Dạ cho em xin ngày tháng năm sinh của {cp} để xác minh ạ]",
                      "Dạ mười bốn tháng ba năm tám sáu."),
                     ("[d_idcheck:Dạ {cp} cho em xin họ tên chủ tài khoản ạ]",
                      "Nguyễn Văn Hùng."),
                     ("[d_idcheck:Dạ {cp} đọc giúp em số căn cước công dân ạ]",
                      "Không bảy chín, một tám sáu, không không ba, hai hai một."),
                     ("[d_idcheck:Dạ ngày sinh của {cp} là ngày mấy ạ]",
                      "Hai tháng sáu năm chín mươi.")],
        "addr_readback": ["[d_addr:Dạ địa chỉ của {cp} vẫn là số mười hai đường Trần Hưng Đạo, "
                          "quận Ninh Kiều phải không ạ]",
                          "[d_addr:Dạ {cp} vẫn ở số chín ngõ bốn Kim Mã, Ba Đình đúng không "
                          "ạ]"],
        "yes": ["Dạ.", "Ừ đúng rồi.", "Dạ vâng.", "Đúng rồi em.", "Ờ."],
        "hold": ["[d_check:Dạ {cp} giữ máy giúp em một chút để em kiểm tra ạ]",
                 "[d_check:Dạ để em kiểm tra lại], {cp} chờ em xíu nha",
                 "[d_check:{cp} vui lòng chờ máy em xem hệ thống ạ]"],
        "thanks_hold": ["[thanks+d_midthanks:Dạ cảm ơn {cp} đã chờ máy] ạ,",
                        "[thanks+d_midthanks:Dạ em cám ơn {cp} đợi em] nha,",
                        "[thanks+d_midthanks:Cảm ơn {cp} đã kiên nhẫn chờ], dạ"],
        "noconfirm": ["[d_understand:Dạ em hiểu rồi ạ].", "Dạ vâng, dạ.",
                      "[d_check:Dạ để em kiểm tra].", "Dạ rồi ạ."],
        "noresol": ["[d_vague:Dạ để em xem.]", "[d_vague:Dạ em sẽ xử lý cho {cp}.]",
                    "[d_question:{cp} có muốn em hủy luôn không ạ?]",
                    "[d_vague:Dạ vụ này em ghi nhận.]"],
        "c_after_noresol": ["[d_cust_nextstep:Thôi để mai tôi tự ra chi nhánh vậy.]",
                            "Vậy giờ tôi chờ hả em?", "Ừ thôi được."],
        "c_react": ["Dạ vậy tốt quá, cảm ơn em.", "Ờ được rồi, hi hi, vậy mà lo quá trời.",
                    "Dạ vâng, cám ơn em nhiều.", "Ok em, vậy được rồi.", "Dạ hay quá."],
        "anyelse": ["[anyelse:Dạ {cp} còn cần em hỗ trợ thêm gì nữa không ạ?]",
                    "[anyelse:Còn việc gì khác em làm luôn cho {cp} nha?]",
                    "[anyelse:Dạ ngoài ra {cp} còn thắc mắc gì không ạ?]",
                    "[anyelse:{cp} có cần hỏi thêm gì nữa hông?]",
                    "[anyelse:Dạ còn vấn đề nào khác em giúp được không ạ?]"],
        "c_nothing": ["Dạ hết rồi em.", "Không còn gì nữa em.", "Dạ hết rồi, vậy thôi.",
                      "Thôi nhiêu đó được rồi, hi hi."],
        "c_nothing_unprompted": ["[d_cust_nothingelse:À tôi chỉ có nhiêu đó thôi, không còn "
                                 "gì khác.]"],
        "thanks": ["[thanks:Dạ cảm ơn {cp} đã gọi tới ngân hàng ABC]",
                   "[thanks:Cám ơn {cp} nhiều nha]", "[thanks:Dạ em cảm ơn {cp} ạ]",
                   "[thanks:Xin cảm ơn quý khách đã liên hệ]",
                   "[thanks:Dạ cảm ơn {cp} đã tin dùng dịch vụ bên em]"],
        "bye": ["[bye:em chào {cp} ạ]", "[bye:chúc {cp} một ngày tốt lành]",
                "[bye:chúc {cp} buổi tối vui vẻ nha]", "[bye:dạ chào {cp}, hẹn gặp lại]",
                "[bye:tạm biệt {cp} ạ]", "[bye:chúc {cp} mạnh khỏe]"],
        "close_plain": ["Dạ vậy là xong rồi ạ.", "Dạ mọi thứ ổn rồi ạ.", "Dạ vậy nha."],
        "c_bye": ["Ừ chào em.", "Dạ chào em.", "Cảm ơn em nha, chào em.", "Bai em."],
        "empathy": ["[empathy:Dạ em rất tiếc khi nghe chuyện này ạ]",
                    "[empathy:Dạ em hiểu là {cp} đang rất bực, chờ lâu vậy ai cũng mệt]",
                    "[empathy:Trời, vậy chắc {cp} sốt ruột lắm]",
                    "[empathy:Dạ em hiểu cảm giác của {cp} lúc này]",
                    "[empathy:Dạ em thật lòng xin lỗi vì {cp} phải gặp chuyện khó chịu vậy]",
                    "[empathy:Dạ em biết chuyện này làm {cp} lo lắm]"],
        "empathy_sad": ["[empathy:Dạ em xin chia buồn cùng gia đình {cp}]",
                        "[empathy:Dạ em rất tiếc về sự mất mát của {cp} ạ]"],
        "noempathy": ["Dạ {cp} đọc giúp em số tài khoản.", "Dạ cho em xin số thẻ.",
                      "Rồi, {cp} cho em họ tên chủ thẻ.", "Dạ số điện thoại đăng ký là gì ạ."],
        "interrupt": ["Dạ dạ {cp} ơi cho em nói chút,", "Khoan khoan {cp},",
                      "Dạ {cp} để em nói,"],
        "blame": ["[blame:Cái này là do {cp} tự làm lộ mã OTP mà.]",
                  "[blame:Em đã nói với {cp} rồi mà.]",
                  "[blame:Tại {cp} không đọc kỹ điều khoản đó chứ.]",
                  "[blame:Lỗi là ở phía {cp} chứ không phải ngân hàng.]",
                  "[blame:Ai biểu {cp} để thẻ trong túi rồi bỏ đâu đó.]",
                  "[blame:{cp} nói sai rồi, không phải vậy đâu.]",
                  "[blame:Nãy giờ em giải thích mà {cp} có nghe đâu.]"],
        "policy": ["[d_policy:Theo quy định thì khiếu nại phải gửi trong vòng một trăm hai "
                   "mươi ngày, mình vẫn còn trong hạn ạ.]",
                   "[d_policy:Theo điều khoản thì khoản tranh chấp được tạm giữ tối đa mười "
                   "ngày làm việc ạ.]"],
        "ourfault": ["[d_ourfault:Dạ lỗi này là do bên em, em xin lỗi {cp}.]",
                     "[d_ourfault:Dạ bên ngân hàng sai sót, không phải do {cp} đâu ạ.]"],
        "rude": ["[rude:{cp} hỏi gì lắm thế.]", "[rude:Thôi nói mãi, em nghe rồi.]",
                 "[rude:{cp} bình tĩnh đi được không.]", "[rude:Việc đó đâu phải việc của "
                 "em.]", "[rude:Kệ {cp} chứ.]", "[rude:{cp} bị điếc à.]",
                 "[rude:Em không rảnh ngồi nghe hoài đâu.]"],
        "strict": ["[prof+strict:Đéo] hiểu sao hệ thống lại treo, dạ {cp} chờ em xíu.",
                   "[prof+strict:Địt mẹ] cái máy, dạ {cp} chờ em chút.",
                   "[prof+strict:Vãi] thật, mất kết nối nữa rồi.",
                   "[prof+strict:Đụ má], lại văng ra, {cp} đợi em chút.",
                   "Cái phần mềm [prof+strict:đéo] chạy, dạ em làm lại."],
        "toneless": ["[prof:deo hieu] sao may lai dung nua, doi em chut nha",
                     "[prof:đm] lại lỗi rồi, dạ {cp} chờ xíu",
                     "[prof:vcl] mạng chậm quá, dạ em đang làm",
                     "[prof:dit me] cai he thong, da em lam lai"],
        "lookalike": ["[d_lookalike:{cp} chờ thêm vài ngày nha.]",
                      "[d_lookalike:Chỉ cần mang đủ giấy tờ là được ạ.]",
                      "[d_lookalike:Dạ đợi vài phút là tiền về ạ.]"],
        "card": ["[card:Dạ số thẻ của {cp} là bốn năm ba chín, tám tám một hai, không không "
                 "bốn năm, bảy bảy ba một] đúng không ạ?",
                 "[card:Dạ mã CVV phía sau thẻ là bảy bốn một] phải không ạ?",
                 "[card:Số thẻ chín bảy không bốn, một hai ba bốn, năm sáu bảy tám, chín "
                 "không một hai] đúng không {cp}?",
                 "[card:Em đọc lại số thẻ nha, năm bốn một hai bảy năm ba bốn chín không "
                 "không một hai hai ba ba]."],
        "card_decoy": ["[d_last4:Dạ thẻ đuôi bảy bảy ba một phải không ạ?]",
                       "[d_phone:Em gửi tin nhắn về số không chín không, ba bốn năm, sáu bảy "
                       "tám nha.]",
                       "[d_ref:Mã tra soát của {cp} là T S bốn bốn một chín hai ạ.]",
                       "[d_sortcode:Tài khoản đuôi hai chín đúng không ạ?]"],
        "scared": ["Em run hết tay chân, tiền đóng tiền nhà của em đó.",
                   "Tôi lo quá không biết làm sao, tiền dành dụm mấy năm trời."],
        "c_swear": ["[d_custswear:Đm chờ cả tiếng đồng hồ, ngân hàng gì kỳ vậy.]",
                    "[d_custswear:Mẹ kiếp, dịch vụ như cái quần què.]"],
        "late_anger": ["Sao? Vậy thôi hả? Cho tôi gặp quản lý, làm ăn tệ quá.",
                       "Em đùa hả, ngân hàng hành tôi mấy tuần nay rồi, tôi muốn khiếu nại "
                       "chính thức."],
        "c_laugh": ["Hi hi, xin lỗi em nha, {cs} dốt mấy cái này lắm, bình thường con {cs} làm.",
                    "Ha ha, chắc ngày nào em cũng gặp mấy vụ này hả."],
        "filler": [("Vậy mất bao lâu em?", "Dạ thường khoảng ba ngày làm việc ạ."),
                   ("Có thư báo về nhà không em?", "Dạ có, bên em gửi thư qua bưu điện."),
                   ("{cs} có cần làm gì trên app không?", "Dạ không cần gì hết ạ."),
                   ("Alô em nói lại đi, nãy {cs} nghe không kịp.",
                    "Dạ em nói là bên em đang xử lý ạ."),
                   ("Vụ này có ảnh hưởng điểm tín dụng không em?", "Dạ không ảnh hưởng gì "
                    "ạ."),
                   ("Tài khoản chung cũng vậy hả em?", "Dạ cũng giống vậy ạ.")],
        "addon_address": ["À tiện đây em đổi giúp {cs} địa chỉ luôn, {cs} mới dọn về quận Bảy.",
                          "Với lại tôi mới chuyển nhà, em cập nhật địa chỉ mới giùm tôi."],
        "addon_addr_ok": ["[d_addon:Dạ em cập nhật địa chỉ mới rồi ạ.]",
                          "[d_addon:Dạ em đổi luôn cho {cp} rồi.]"],
        "addon_payment": ["À em cho {cs} thanh toán luôn dư nợ thẻ tín dụng tháng này nha.",
                          "Tôi muốn đóng tiền thuế luôn từ tài khoản này được không?"],
        "addon_pay_ok": ["[d_addon:Dạ khoản thanh toán đã thực hiện xong ạ.]",
                         "[d_addon:Dạ em chuyển rồi, hôm nay là cập nhật ạ.]"],
        "backchannel": ["Dạ.", "Dạ vâng.", "Dạ dạ.", "Ừ, dạ."],
        "chat": [("Hi hi, xin lỗi em nha, {cs} dốt mấy cái này lắm, bình thường con {cs} làm.",
                  "Dạ không sao đâu ạ."),
                 ("Ha ha, chắc ngày nào em cũng gặp mấy vụ này hả.",
                  "Dạ hi hi, cũng nhiều lắm ạ."),
                 ("Hôm nay trời mát ghê em ha, hi hi.", "Dạ dạ, bên em cũng mát ạ."),
                 ("Hi hi, nãy tôi suýt gọi nhầm ngân hàng khác đó.",
                  "Dạ may quá {cs} gọi đúng số ạ."),
                 ("Con chó nhà {cs} sủa quá, em thông cảm nha, ha ha.", "Dạ không sao đâu ạ.")],
        "c_more": ["Mà nói thiệt chứ tuần này bận quá trời, con cái rồi công việc, giờ mới "
                   "rảnh gọi được nè em.",
                   "Để {cs} đọc trong thư nha, ờ, quý khách vui lòng liên hệ tổng đài theo số "
                   "bên dưới, nên {cs} gọi nè.",
                   "Tui có nhắn trên trang web rồi mà thôi gọi cho chắc, nói chuyện với người "
                   "thật vẫn hơn."],
        "idcheck_anger": ["Trời ơi, tôi bấm trong tổng đài tự động rồi mà giờ hỏi lại, làm "
                          "mất thời gian quá, chán thật sự."],
    },
}

# ---------------------------------------------------------------- outbound
OB = {
    "en": {
        "hello": ["[greet:Hi there], is that {title}?", "[greet:Hello], am I speaking to {title}?",
                  "[greet:Good afternoon], could I speak to {title} please?"],
        "c_yes": ["Speaking.", "Yeah, who's this?", "That's me, yes.", "Yes, hello?"],
        "intro": ["[intro:it's {n}]", "[intro:my name's {n}]", "[intro:{n} here]",
                  "[intro:you're speaking with {n}]"],
        "co": ["[co:calling from Acme Bank]", "[co:from the Acme Bank fraud team]",
               "[co:over at Acme Bank]", "[co:from Acme Bank's mortgage team]"],
        "co_alone": ["[co:I'm calling from Acme Bank]", "[co:this is Acme Bank calling]",
                     "[co:it's the Acme Bank fraud team here]"],
        "record": ["[record:just so you know, this call is recorded]",
                   "[record:I should mention we record our calls for training]",
                   "[record:this conversation is being recorded]",
                   "[record:calls are recorded for quality and security]"],
        "consent": ["[consent:is that okay with you?]",
                    "[consent:are you happy for us to carry on with the recording?]",
                    "[consent:do I have your okay to continue recorded?]",
                    "[consent:you alright with that being recorded?]"],
        "c_consent": ["Yeah, that's fine.", "Sure, go ahead.", "No problem.", "Fine by me."],
        "goodtime": ["[d_goodtime:Is now a good time for a quick chat?]"],
        "security": [("[d_idcheck:Before anything else I need to confirm I'm talking to the "
                      "right person, can you give me your date of birth?]",
                      "Um, twentieth of August, seventy nine."),
                     ("[d_idcheck:And the postcode on the account?]", "C F one four, three "
                      "A B."),
                     ("[d_idcheck:Lovely, and the first line of the address?]", "Eight "
                      "Pen y Lan Road."),
                     ("[d_idcheck:And can you tell me the last amount you paid in?]",
                      "Oh gosh, um, maybe two hundred? Let me look, hang on, yeah, two "
                      "hundred and ten."),
                     ("[d_idcheck:Great, and the answer to your security question?]",
                      "Rugby. Or is it Rugby club? Rugby."),
                     ("[d_idcheck:Okay, and your mobile number ending?]", "Four four two."),
                     ("[d_idcheck:And your email address on file please?]",
                      "It's d jones seventy nine at mail dot com.")],
        "late_intro": ["[intro:Sorry, I never said, I'm {n}] by the way."],
        "late_co": ["[co:I'm ringing from Acme Bank], I should have said."],
        "late_record": ["[record:Oh and I should say this call is being recorded]."],
        "close": ["[thanks:Thanks for your time], [bye:bye now].",
                  "[thanks:Appreciate your time today], [bye:take care].",
                  "[bye:Have a good afternoon], [thanks:and thanks again]."],
    },
    "vi": {
        "hello": ["[greet:Alô em chào {cp}], có phải {cp} {given} không ạ?",
                  "[greet:Dạ em chào {cp}], cho em hỏi có phải {cp} {given} đó không ạ?",
                  "[greet:Xin chào], {cp} {given} phải không ạ?"],
        "c_yes": ["Ừ đúng rồi, ai vậy?", "Dạ phải, ai đó?", "Tôi đây.", "Alô, ừ tôi nghe."],
        "intro": ["[intro:em là {n}]", "[intro:em tên {n}]", "[intro:em {n} đây ạ]",
                  "[intro:em là {n}, chuyên viên tư vấn]"],
        "co": ["[co:gọi từ ngân hàng ABC]", "[co:bên ngân hàng A B C]",
               "[co:ở phòng chống gian lận ngân hàng ABC]", "[co:từ ngân hàng ây bi xi]"],
        "co_alone": ["[co:em gọi từ ngân hàng ABC]", "[co:bên ngân hàng A B C gọi {cp} ạ]",
                     "[co:em bên phòng chống gian lận ngân hàng ABC]"],
        "record": ["[record:cuộc gọi này được ghi âm để đảm bảo chất lượng dịch vụ]",
                   "[record:em xin phép thông báo cuộc gọi đang được ghi âm]",
                   "[record:cuộc gọi sẽ được ghi âm lại ạ]"],
        "consent": ["[consent:{cp} có đồng ý cho em ghi âm không ạ?]",
                    "[consent:{cp} cho phép em tiếp tục ghi âm chứ ạ?]",
                    "[consent:việc ghi âm như vậy {cp} thấy được không ạ?]"],
        "c_consent": ["Ừ được.", "Dạ được em.", "Ờ ghi thì ghi.", "Ừ không sao."],
        "goodtime": ["[d_goodtime:Dạ bây giờ {cp} nói chuyện chút được không ạ?]"],
        "security": [("[d_idcheck:Dạ trước tiên em cần xác minh, {cp} cho em xin ngày sinh ạ]",
                      "Ờ hai mươi tháng tám năm bảy chín."),
                     ("[d_idcheck:Dạ {cp} đọc giúp em bốn số cuối căn cước]", "Để coi, "
                      "ờ, ba một hai tám."),
                     ("[d_idcheck:Dạ địa chỉ đăng ký của {cp} ở đâu ạ]", "Số tám đường "
                      "Ba Tháng Hai, Ninh Kiều, Cần Thơ."),
                     ("[d_idcheck:Dạ số tiền giao dịch gần nhất của {cp} khoảng bao nhiêu]",
                      "Ờ chắc hai triệu, để tôi coi lại, à hai triệu mốt."),
                     ("[d_idcheck:Dạ {cp} đăng ký email nào ạ]", "Hùng bảy chín a còng "
                      "gờ meo chấm com."),
                     ("[d_idcheck:Dạ tên trường tiểu học đầu tiên của {cp} ạ]",
                      "Trường Lê Quý Đôn, hay Lê Lợi ta, Lê Quý Đôn."),
                     ("[d_idcheck:Dạ số điện thoại phụ {cp} đăng ký đuôi mấy ạ]",
                      "Đuôi bốn bốn hai.")],
        "late_intro": ["[intro:Dạ quên, em là {n}] ạ."],
        "late_co": ["[co:Dạ em gọi từ ngân hàng ABC] ạ, em quên nói."],
        "late_record": ["[record:À em xin thông báo cuộc gọi này được ghi âm] ạ."],
        "close": ["[thanks:Dạ cảm ơn {cp} đã dành thời gian], [bye:em chào {cp}].",
                  "[thanks:Cám ơn {cp} nha], [bye:chúc {cp} ngày vui].",
                  "[bye:Dạ chào {cp}], [thanks:cảm ơn {cp} nhiều ạ]."],
    },
}
# outbound purposes: id -> (categories, en purpose, en customer reply, vi purpose, vi reply)
OB_PURPOSES = [
    ("bnpl_offer", [],
     "[purpose:I'm ringing because you're now eligible for our pay later plan on purchases "
     "over a hundred pounds]", "Oh right, go on then, what's the catch?",
     "[purpose:em gọi để giới thiệu {cp} gói mua trước trả sau cho đơn hàng trên hai triệu]",
     "Ờ nói nghe thử coi, có mất phí gì không?"),
    ("fraud_check", ["fraud"],
     "[purpose:we've spotted a payment of four hundred and twelve pounds at an electronics shop "
     "in Manchester and want to check it was you]",
     "No! That's not me, I've never been to Manchester.",
     "[purpose:bên em thấy một giao dịch tám triệu ở cửa hàng điện máy tại Đà Nẵng, em gọi để "
     "xác nhận có phải {cp} thực hiện không]",
     "Không, tôi đâu có mua gì ở Đà Nẵng, đâu phải tôi."),
    ("overdue", ["payment"],
     "[purpose:I'm calling because your credit card payment is eight days overdue and I'd like "
     "to help you get it up to date]",
     "Oh no, I forgot, can I pay it now over the phone?",
     "[purpose:em gọi nhắc khoản thanh toán thẻ tín dụng của {cp} đã trễ tám ngày, em hỗ trợ "
     "{cp} thanh toán luôn ạ]",
     "Chết, {cs} quên mất, giờ {cs} trả luôn qua điện thoại được không em?"),
    ("renewal", [],
     "[purpose:the reason for my call is your fixed mortgage rate ends next month and I wanted "
     "to talk you through the renewal options]", "Ah yes, I got the letter, okay.",
     "[purpose:em gọi vì lãi suất cố định khoản vay nhà của {cp} hết hạn tháng sau, em muốn "
     "tư vấn các lựa chọn gia hạn]", "À ừ, tôi có nhận thư rồi."),
    ("returned_card", ["address_change"],
     "[purpose:I'm calling about a new card that came back to us undelivered]",
     "Ah, that'll be because I've moved, can you change my address to nine Ocean Parade?",
     "[purpose:em gọi vì thẻ mới của {cp} bị bưu điện trả về ngân hàng]",
     "À chắc tại {cs} mới chuyển nhà, em đổi địa chỉ giùm {cs} sang số chín đường Lê Lợi nha."),
    ("tax_failed", ["payment"],
     "[purpose:I'm calling because the tax payment from your business account didn't go "
     "through this morning]",
     "Right, I need to pay that today then, can you put it through?",
     "[purpose:em gọi báo khoản nộp thuế từ tài khoản doanh nghiệp của {cp} sáng nay chưa "
     "thành công]", "Vậy em nộp thuế lại giùm {cs} hôm nay luôn nha."),
    ("gold_promo", ["cancellation"],
     "[purpose:I'm calling to let you know about our new gold savings account]",
     "Not for me, thanks, actually, while you're on, I want to cancel my overdraft.",
     "[purpose:em gọi để giới thiệu gói tiết kiệm vàng mới bên em]",
     "Thôi khỏi em, à mà tiện đây em hủy giùm {cs} cái thẻ tín dụng phụ luôn."),
    ("dormant_notice", [],
     "[purpose:I'm calling because your savings account will be marked dormant next month if "
     "it isn't used]", "Oh, I'd forgotten about that one, okay.",
     "[purpose:em gọi báo tài khoản tiết kiệm của {cp} sẽ chuyển sang ngủ đông tháng sau nếu "
     "không giao dịch]", "Ờ vậy hả, tôi quên mất cái tài khoản đó."),
]
OB_FOLLOW = {
    "bnpl_offer": (["[resol:It's interest free over three months, I've sent the details to your "
                    "app]"], ["[resol:Dạ trả góp ba tháng không lãi, em đã gửi thông tin qua "
                              "app cho {cp}]"]),
    "fraud_check": (["[resol:I've blocked the card and refunded that payment, a new card is on "
                     "its way]"], ["[resol:Dạ em đã khóa thẻ và hoàn giao dịch đó, thẻ mới "
                                   "sẽ gửi về cho {cp}]"]),
    "overdue": (["[resol:That's paid now, the account's up to date]"],
                ["[resol:Dạ em đã thanh toán xong, thẻ của {cp} không còn trễ hạn ạ]"]),
    "renewal": (["[resol:I've emailed the three options, pick one in the app by the twentieth]"],
                ["[resol:Dạ em gửi ba gói qua email, {cp} chọn trên app trước ngày hai mươi]"]),
    "returned_card": (["[resol:Address updated and the card is re-sent today]"],
                      ["[resol:Dạ em đổi địa chỉ xong và gửi lại thẻ trong hôm nay ạ]"]),
    "tax_failed": (["[resol:The tax payment has gone through now]"],
                   ["[resol:Dạ khoản nộp thuế đã thành công rồi ạ]"]),
    "gold_promo": (["[resol:The overdraft's cancelled from today]"],
                   ["[resol:Dạ em đã hủy thẻ phụ cho {cp} rồi ạ]"]),
    "dormant_notice": (["[resol:Any deposit keeps it active, even a pound]"],
                       ["[resol:Dạ chỉ cần nộp vô một khoản nhỏ là tài khoản hoạt động lại]"]),
}
OB_ANGRY = {"en": ["I'm at work, why do you people keep ringing me, this is the fourth call "
                   "this week, it's harassment"],
            "vi": ["Tôi đang làm việc, sao ngân hàng gọi hoài vậy, tuần này bốn cuộc rồi, "
                   "phiền quá"]}
OB_TITLES = ["Mr Tan", "Ms Dlamini", "Mrs Jones", "Mr Wong", "Miss Cruz", "Mr Parata"]
VI_CUST = [("anh", "Tuấn"), ("chị", "Hạnh"), ("cô", "Mai"), ("chú", "Sáu"), ("anh", "Khải"),
           ("chị", "Thủy")]

# ---------------------------------------------------------------- engine
TAG_RE = re.compile(r"\[([a-z0-9_+]+):([^\]]*)\]")
PUNCT = ".,!?;:"
EN_SWAPS = {"you're": "your", "today": "to day", "anything": "any thing", "acme": "acne",
            "there": "their", "i'm": "im", "can't": "cant", "we'll": "well", "it's": "its"}
EN_DROP = {"the", "a", "to", "of", "and"}
INBOUND_FAULTS = ["no_greeting", "no_company", "no_intro", "no_offer", "no_confirm",
                  "no_resolution", "no_anything_else", "no_thanks", "no_goodbye",
                  "resolution_before_greeting", "goodbye_before_thanks"]
OUTBOUND_FAULTS = ["no_self_id", "no_company_id", "no_purpose", "no_disclosure", "no_consent"]
FRAUDY = {"wallet_stolen", "sim_swap"}


def toneless(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if unicodedata.category(ch) != "Mn")


@dataclass
class Piece:
    speaker: str
    tags: frozenset[str]
    start: float
    end: float
    seg_start: float = 0.0
    seg_end: float = 0.0


@dataclass
class Call:
    lang: str
    rng: random.Random
    noise: int
    rate: float
    fields: dict[str, str]
    given: str
    segments: list[dict] = field(default_factory=list)
    sentiment: list[str] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)
    interruptions: list[dict] = field(default_factory=list)
    raised: list[dict] = field(default_factory=list)
    decoys: set[str] = field(default_factory=set)
    cats: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)
    clock: float = 0.0

    def fresh(self, lines: list[str]) -> str:
        """A line from `lines` not yet used in this call (any line once all are used)."""
        left = [x for x in lines if x not in self.used] or lines
        line = left[self.rng.randrange(len(left))]
        self.used.add(line)
        return line

    def _noise(self, text: str, tags: frozenset[str], speaker: str, full_toneless: bool) -> str:
        rng = self.rng
        if self.noise == 0:
            return text
        protect = bool(tags & {"strict", "card"})
        words = [w.lower().strip(PUNCT) for w in text.split()]
        out: list[str] = []
        for w in words:
            if self.lang == "en" and self.noise >= 2 and not protect:
                if w in EN_SWAPS and rng.random() < 0.5:
                    w = EN_SWAPS[w]
                elif w in EN_DROP and rng.random() < 0.12:
                    continue
            if self.lang == "vi" and self.noise >= 2 and "strict" not in tags:
                if w == "alô" and rng.random() < 0.6:
                    w = "a lô"
                elif full_toneless or rng.random() < 0.3:
                    w = toneless(w)
            if (speaker == "agent" and self.noise >= 2 and w == self.given.lower()
                    and self.given in MISHEARD and rng.random() < 0.5):
                w = MISHEARD[self.given]
            out.append(w)
        if self.lang == "vi" and self.noise >= 2 and len(out) > 4 and rng.random() < 0.15:
            i = rng.randrange(len(out) - 1)
            if not protect and "strict" not in tags:
                out[i:i + 2] = [out[i] + out[i + 1]]
        return " ".join(o for o in out if o)

    def say(self, speaker: str, markup: str, sent: str = "neutral", *, interrupt: bool = False,
            raised: bool = False, hold: float = 0.0) -> None:
        rng = self.rng
        text = markup.format(**self.fields)
        parts: list[tuple[str, frozenset[str]]] = []
        pos = 0
        for m in TAG_RE.finditer(text):
            if m.start() > pos:
                parts.append((text[pos:m.start()], frozenset()))
            parts.append((m.group(2), frozenset(m.group(1).split("+"))))
            pos = m.end()
        if pos < len(text):
            parts.append((text[pos:], frozenset()))
        full_tl = self.lang == "vi" and self.noise >= 3 and rng.random() < 0.5
        tokens: list[list] = []  # [word, piece index]
        for idx, (ptext, tags) in enumerate(parts):
            for w in self._noise(ptext, tags, speaker, full_tl).split():
                if w.strip(PUNCT) == "" and tokens:
                    tokens[-1][0] += w
                elif w.strip(PUNCT) != "":
                    tokens.append([w, idx])
        prev = self.segments[-1] if self.segments else None
        if interrupt:
            assert prev is not None and prev["speaker"] != speaker
            span = prev["end"] - prev["start"]
            t = prev["start"] + max(1.2, rng.uniform(0.35, 0.7) * span)
            t = min(t, prev["end"] - 0.8)
        else:
            t = self.clock + rng.uniform(0.25, 1.1) + hold
            if not self.segments:
                t = rng.uniform(0.3, 0.9)
        words = []
        for w, _ in tokens:
            d = min(0.55, max(0.2, 0.16 + 0.035 * len(w))) * self.rate
            words.append([round(t, 2), round(t + d, 2), w])
            t += d + rng.uniform(0.02, 0.1)
            if w[-1] == ",":
                t += 0.15
            elif w[-1] in ".?!":
                t += 0.3
        start, end = words[0][0], words[-1][1]
        for idx, (_, tags) in enumerate(parts):
            ws = [words[i] for i, (_, j) in enumerate(tokens) if j == idx]
            if tags and ws:
                self.pieces.append(Piece(speaker, tags, ws[0][0], ws[-1][1], start, end))
                self.decoys.update(x[2:] for x in tags if x.startswith("d_"))
        if interrupt and prev is not None:
            self.interruptions.append({"speaker": speaker, "interrupted": prev["speaker"],
                                       "start_s": start,
                                       "overlap_s": round(min(prev["end"], end) - start, 2)})
        if raised:
            r0 = round(start + rng.uniform(0.3, 0.9), 2)
            r1 = round(min(end - 0.1, r0 + rng.uniform(2.0, 4.0)), 2)
            self.raised.append({"speaker": speaker, "start_s": r0, "end_s": r1,
                                "above_median_db": round(rng.uniform(7.0, 11.0), 1)})
        self.segments.append({"speaker": speaker, "start": start, "end": end,
                              "text": " ".join(w[2] for w in words), "words": words})
        self.sentiment.append(sent)
        self.clock = max(self.clock, end)


# ---------------------------------------------------------------- truth from pieces
def judge(c: Call, inbound: bool) -> dict[str, str] | None:
    """Truth labels from the tagged pieces' times; None when a label is not clear-cut."""
    end_t = c.segments[-1]["end"]
    if max(s["end"] for s in c.segments) > end_t:
        return None
    ap: dict[str, list[Piece]] = {}
    for p in c.pieces:
        if p.speaker == "agent":
            for t in p.tags:
                ap.setdefault(t, []).append(p)

    def first(tag: str, n: float) -> tuple[str | None, float | None]:
        ps = ap.get(tag, [])
        ok = [p.start for p in ps if p.start <= n - 2 and p.end <= n - 1]
        if ok:
            return "pass", min(ok)
        if all(p.seg_start >= n + 2 for p in ps):
            return "fail", None
        return None, None

    def last(tag: str) -> tuple[str | None, float | None]:
        lo = end_t - 25
        ps = ap.get(tag, [])
        ok = [p.start for p in ps if p.start >= lo + 2 and p.seg_start >= lo + 1]
        if ok and all(p.start >= lo + 2 or p.seg_end <= lo - 2 for p in ps):
            return "pass", min(ok)
        if all(p.seg_end <= lo - 2 for p in ps):
            return "fail", None
        return None, None

    if any(p.seg_end > end_t - 27 for p in ap.get("d_midthanks", [])):
        return None
    truth: dict[str, str] = {}
    na = "not_applicable"
    if inbound:
        g, gt = first("greet", 20)
        co, _ = first("co", 20)
        it, _ = first("intro", 30)
        of, _ = first("offer", 45)
        th, tt = last("thanks")
        by, bt = last("bye")
        if None in (g, co, it, of, th, by):
            return None
        res = ap.get("resol", [])
        truth.update({"inbound/greeting": g, "inbound/company_name": co,
                      "inbound/self_intro": it, "inbound/offer_help": of,
                      "inbound/confirm_problem": "pass" if ap.get("confirm") else "fail",
                      "inbound/resolution": "pass" if res else "fail",
                      "inbound/anything_else": "pass" if ap.get("anyelse") else "fail",
                      "inbound/thanks": th, "inbound/goodbye": by})
        if g == "fail" or not res:
            truth["inbound/greeting_before_resolution"] = na
        else:
            rt = min(p.start for p in res)
            assert gt is not None
            if abs(rt - gt) < 1.0:
                return None
            truth["inbound/greeting_before_resolution"] = "pass" if gt < rt else "fail"
        if th == "fail" or by == "fail":
            truth["inbound/thanks_before_goodbye"] = na
        else:
            assert tt is not None and bt is not None
            truth["inbound/thanks_before_goodbye"] = "pass" if tt < bt else "fail"
        for r in RULES:
            if r.startswith("outbound/"):
                truth[r] = na
    else:
        vals = [first("intro", 30)[0], first("co", 30)[0], first("purpose", 60)[0],
                first("record", 60)[0]]
        if None in vals:
            return None
        truth.update({"outbound/identify_self": vals[0], "outbound/identify_company": vals[1],
                      "outbound/purpose": vals[2], "outbound/recording_disclosure": vals[3]})
        if vals[3] == "fail":
            truth["outbound/consent"] = na
        else:
            cs = first("consent", 90)[0]
            if cs is None:
                return None
            truth["outbound/consent"] = cs
        for r in RULES:
            if r.startswith("inbound/"):
                truth[r] = na
    neg = [(s["start"], s["end"]) for s, lab in zip(c.segments, c.sentiment, strict=True)
           if s["speaker"] == "customer" and lab == "negative"]
    rv = [r["start_s"] for r in c.raised if r["speaker"] == "customer"]
    if any(lab == "negative" and s["speaker"] == "agent"
           for s, lab in zip(c.segments, c.sentiment, strict=True)):
        return None
    if not neg and not rv:
        truth["angry_caller/empathy"] = na
        truth["angry_caller/no_interrupting_angry_customer"] = na
    else:
        anger = min([s for s, _ in neg] + rv)
        emp = [p.start - anger for p in ap.get("empathy", []) if p.start >= anger]
        if any(d <= 18 for d in emp):
            truth["angry_caller/empathy"] = "pass"
        elif all(d >= 22 for d in emp):
            truth["angry_caller/empathy"] = "fail"
        else:
            return None
        bad = False
        for it_ in c.interruptions:
            if it_["speaker"] != "agent" or it_["interrupted"] != "customer":
                continue
            t = it_["start_s"]
            hit = any(s <= t <= e for s, e in neg) or any(r <= t <= r + 0.5 for r in rv)
            near = any(s - 1.5 <= t <= e + 1.5 for s, e in neg) or any(
                r - 1.5 <= t <= r + 2.0 for r in rv)
            if near and not hit:
                return None
            bad = bad or hit
        truth["angry_caller/no_interrupting_angry_customer"] = "fail" if bad else "pass"
    truth["angry_caller/no_blame"] = "fail" if ap.get("blame") else "pass"
    truth["forbidden/profanity"] = "fail" if ap.get("prof") else "pass"
    if c.lang == "vi":
        truth["forbidden/profanity_vi_strict"] = "fail" if ap.get("strict") else "pass"
    else:
        truth["forbidden/profanity_vi_strict"] = na
    truth["forbidden/rude"] = "fail" if ap.get("rude") else "pass"
    truth["forbidden/no_card_readback"] = "fail" if ap.get("card") else "pass"
    return {r: truth[r] for r in RULES}


def expected(plan: dict) -> dict[str, str]:
    f = plan["faults"]
    na = "not_applicable"
    e: dict[str, str] = {r: na for r in RULES}

    def pf(tag: str) -> str:
        return "fail" if tag in f else "pass"

    if plan["direction"] == "inbound":
        for rule, tag in zip(RULES[:9], INBOUND_FAULTS[:9], strict=True):
            e[rule] = pf(tag)
        if "no_greeting" not in f and "no_resolution" not in f:
            e["inbound/greeting_before_resolution"] = pf("resolution_before_greeting")
        if "no_thanks" not in f and "no_goodbye" not in f:
            e["inbound/thanks_before_goodbye"] = pf("goodbye_before_thanks")
    else:
        for rule, tag in zip(RULES[11:15], OUTBOUND_FAULTS[:4], strict=True):
            e[rule] = pf(tag)
        if "no_disclosure" not in f:
            e["outbound/consent"] = pf("no_consent")
    if plan["angry"]:
        e["angry_caller/empathy"] = pf("no_empathy")
        e["angry_caller/no_interrupting_angry_customer"] = pf("interrupt_angry")
    e["angry_caller/no_blame"] = pf("blame")
    prof = {"profanity", "profanity_strict", "profanity_toneless"} & f
    e["forbidden/profanity"] = "fail" if prof else "pass"
    if plan["lang"] == "vi":
        e["forbidden/profanity_vi_strict"] = pf("profanity_strict")
    e["forbidden/rude"] = pf("rude")
    e["forbidden/no_card_readback"] = pf("card_readback")
    return e


# ---------------------------------------------------------------- call assembly
def pick(rng: random.Random, xs: list) -> object:
    return xs[rng.randrange(len(xs))]


def respond_anger(c: Call, plan: dict, sad: bool = False) -> None:
    """The agent's turn right after the customer's first angry (or grieving) segment."""
    rng, P, f = c.rng, POOL[c.lang], plan["faults"]
    parts = []
    interrupt = "interrupt_angry" in f and not plan.get("interrupted")
    if interrupt:
        parts.append(pick(rng, P["interrupt"]))
        plan["interrupted"] = True
    if "no_empathy" in f:
        parts.append(pick(rng, P["noempathy"]))
    else:
        parts.append(pick(rng, P["empathy_sad"] if sad else P["empathy"]) + ".")

    c.say("agent", " ".join(p for p in parts if p), interrupt=interrupt)


def customer_angry(c: Call, plan: dict, line: str, complaint: bool = True) -> None:
    raised = c.rng.random() < 0.45
    c.say("customer", line, "negative", raised=raised)
    if complaint:
        c.cats.add("complaint")


def forbidden_turns(c: Call, plan: dict, where: str) -> None:
    """Insert the planned forbidden/blame faults and some decoys at slot `where`."""
    rng, P, f = c.rng, POOL[c.lang], plan["faults"]
    slots = plan["slots"]
    for tag, pool in (("blame", "blame"), ("rude", "rude"), ("profanity", "prof"),
                      ("profanity_strict", "strict"), ("profanity_toneless", "toneless"),
                      ("card_readback", "card")):
        if tag in f and slots.get(tag) == where:
            line = pick(rng, P[pool])
            if tag == "card_readback":
                c.say("agent", line)
                c.say("customer", pick(rng, P["yes"]))
            elif tag in ("blame", "rude"):
                c.say("agent", line)
                if plan["angry"] and plan.get("anger_started"):
                    c.say("customer", c.fresh(P["late_anger"]), "negative")
                    c.cats.add("complaint")
                else:
                    c.say("customer", pick(rng, ["Um, okay.", "Right.", "Okay then."]
                                           if c.lang == "en" else ["Ờ.", "Dạ.", "Ừ thì thôi."]))
            else:
                c.say("agent", line)
    if where == "mid" and "card_readback" not in f and rng.random() < 0.3:
        c.say("agent", pick(rng, P["card_decoy"]))
        c.say("customer", pick(rng, P["yes"]))


def opener(c: Call, plan: dict, sc: dict) -> None:
    rng, f, lang = c.rng, plan["faults"], c.lang
    g, co, it, of = ("no_greeting" not in f, "no_company" not in f, "no_intro" not in f,
                     "no_offer" not in f)
    W = EN_OPEN_WHOLE if lang == "en" else VI_OPEN_WHOLE
    NG = EN_OPEN_NOGREET if lang == "en" else VI_OPEN_NOGREET
    pools = ((EN_GREET, EN_CO, EN_INTRO, EN_OFFER) if lang == "en"
             else (VI_GREET, VI_CO, VI_INTRO, VI_OFFER))
    if "resolution_before_greeting" in f:
        res = pick(rng, sc[lang]["resol"])
        def clean(x: object) -> str:
            assert isinstance(x, str)
            return x.rstrip(".!?")

        bits = [clean(pick(rng, pools[0]))] + (
            [clean(pick(rng, pools[1]))] if co else []) + (
            [clean(pick(rng, pools[2]))] if it else [])
        body = ", ".join(f"[{t}:{b}]" for t, b in zip(
            ["greet", "co", "intro"] if co else ["greet", "intro"], bits, strict=False))
        if lang == "en":
            line = f"Yep, {res}. Oh, and {body}, your call's just been put through to me."
        else:
            line = f"{res}. À dạ quên, {body}, bạn tổng đài vừa chuyển máy qua em ạ."
        if of:
            line += " " + f"[offer:{pick(rng, pools[3])}]"
        c.say("agent", line)
        return
    if g and co and it and of and rng.random() < 0.4:
        c.say("agent", pick(rng, W))
        return
    if not g and co and it and of and rng.random() < 0.5:
        c.say("agent", pick(rng, NG))
        return
    bits = []
    if g:
        bits.append(f"[greet:{pick(rng, pools[0])}]")
    mid = []
    if co:
        mid.append(f"[co:{pick(rng, pools[1])}]")
    if it:
        mid.append(f"[intro:{pick(rng, pools[2])}]")
    rng.shuffle(mid)
    bits += mid
    if of:
        o = f"[offer:{pick(rng, pools[3])}]"
        if it and rng.random() < 0.25:
            bits.insert(len(bits) - 1, o)
        else:
            bits.append(o)
    if len(bits) == 0:
        bits = ["Yes?" if lang == "en" else "Dạ?"]
    c.say("agent", " ".join(bits))


def build_inbound(c: Call, plan: dict, sc: dict) -> None:
    rng, P, f, lang = c.rng, POOL[c.lang], plan["faults"], c.lang
    L = sc[lang]
    c.cats.update(sc["cats"])
    opener(c, plan, sc)
    mode = plan["anger_mode"]
    if "no_company" in f and rng.random() < 0.3:
        c.say("customer", pick(rng, P["c_is_company"]))
        c.say("agent", pick(rng, P["a_yes"]))
        c.decoys.add("cust_says_company")
    hello = pick(rng, P["c_hello"])
    k = rng.randrange(len(L["prob"]))
    prob = L["prob"][k]
    if "resolution_before_greeting" in f:
        prob = (pick(rng, ["Oh, okay, thank you. Just so you've got it from me too,",
                           "Right, thanks. So you know the whole story,"]) if lang == "en" else
                pick(rng, ["Dạ cảm ơn em. Để {cs} nói lại cho chắc nha,",
                           "Ờ vậy được rồi. Tôi kể lại cho em nghe nha,"])) + " " + prob
    if mode == "first" and not sc.get("sad"):
        if sc["id"] in FRAUDY and rng.random() < 0.5:
            customer_angry(c, plan, hello + " " + prob + " " + pick(rng, P["scared"]),
                           complaint=False)
            plan["anger_started"] = True
            respond_anger(c, plan)
        else:
            customer_angry(c, plan, hello + " " + pick(rng, L["angry"]))
            plan["anger_started"] = True
            respond_anger(c, plan)
            if rng.random() < 0.35:
                c.say("customer", pick(rng, P["c_swear"]), "negative")
                c.say("agent", pick(rng, P["backchannel"]))
            if lang == "en" and not prob.startswith(("I ", "I'")):
                prob = prob[0].lower() + prob[1:]
            c.say("customer", ("Anyway, " if lang == "en" else "Thôi, ") + prob)
    elif mode == "first":
        customer_angry(c, plan, hello + " " + prob, complaint=False)
        plan["anger_started"] = True
        respond_anger(c, plan, sad=True)
    else:
        if plan["long"] and rng.random() < 0.5:
            c.say("customer", hello + " " + c.fresh(P["c_more"]))
            c.say("agent", pick(rng, P["backchannel"]))
            c.say("customer", prob)
        else:
            c.say("customer", hello + " " + prob)
    late_greet = "no_greeting" in f and rng.random() < 0.35
    if late_greet:
        while c.clock < 24:
            c.say("customer", c.fresh(P["c_more"]))
        c.say("agent", "Sorry, I didn't even say, [greet:good morning to you]." if lang == "en"
              else "Dạ quên, [greet:em chào {cp} ạ].")
        c.decoys.add("late_greeting")
    if "no_intro" in f and rng.random() < 0.3:
        c.fields["other"] = pick(rng, ["Megan", "Lwazi", "Carys"] if lang == "en"
                                 else ["Thảo", "Nhân", "Quyên"])
        c.say("customer", pick(rng, P["c_name_decoy"]))
        c.say("agent", pick(rng, P["backchannel"]))
        c.decoys.add("cust_says_other_name")
    noconf = [x for x in P["noconfirm"] if "no_empathy" not in f or "d_understand" not in x]
    confirm = pick(rng, noconf) if "no_confirm" in f else L["confirm"][k % len(L["confirm"])]
    id_first = rng.random() < 0.5
    do_id = mode == "idcheck" or rng.random() < (0.8 if plan["long"] else 0.35)

    def id_block() -> None:
        q, a = pick(rng, P["id_check"])
        c.say("agent", q)
        if mode == "idcheck" and not plan.get("anger_started"):
            customer_angry(c, plan, pick(rng, P["idcheck_anger"]))
            plan["anger_started"] = True
            respond_anger(c, plan)
        c.say("customer", a)
        if rng.random() < (0.6 if plan["long"] else 0.2):
            c.say("agent", pick(rng, P["addr_readback"]))
            c.say("customer", pick(rng, P["yes"]))

    if do_id and id_first:
        id_block()
    c.say("agent", confirm)
    c.say("customer", pick(rng, P["yes"]))
    if do_id and not id_first:
        id_block()
    if mode == "idcheck" and not plan.get("anger_started"):
        customer_angry(c, plan, pick(rng, P["idcheck_anger"]))
        plan["anger_started"] = True
        respond_anger(c, plan)
    forbidden_turns(c, plan, "mid")
    held = rng.random() < (0.7 if plan["long"] else 0.3)
    if held:
        c.say("agent", pick(rng, P["hold"]))
        c.say("customer", pick(rng, P["yes"]))
    prefix = []
    if held:
        prefix.append(pick(rng, P["thanks_hold"]))
    if "no_company" in f and rng.random() < 0.3:
        prefix.append("[co:%s]" % ("you're through to Acme Bank's card team, by the way,"
                                   if lang == "en" else "dạ bên em là ngân hàng ABC nha,"))
        c.decoys.add("late_company")
    if "no_intro" in f and rng.random() < 0.3:
        prefix.append("[intro:%s]" % ("and it's {n} here if you need to call back,"
                                      if lang == "en" else "em là {n}, có gì {cp} gọi lại "
                                      "gặp em,"))
        c.decoys.add("late_intro")
    if (plan["angry"] and "no_empathy" in f and plan.get("anger_started") and held
            and rng.random() < 0.5):
        prefix.append(pick(rng, P["empathy"]) + ",")
        c.decoys.add("late_empathy")
    if rng.random() < 0.25 and "no_resolution" not in f:
        if plan["angry"] and "no_empathy" in f:
            prefix.append(pick(rng, P["policy"]))
        else:
            prefix.append(pick(rng, P["policy"] + P["ourfault"]))
    if "resolution_before_greeting" in f:
        body = (pick(rng, ["So that's all done on our side.", "So yes, it's all in hand."])
                if lang == "en" else pick(rng, ["Dạ vậy là bên em xử lý xong rồi ạ."]))
    elif "no_resolution" in f:
        body = pick(rng, P["noresol"])
    else:
        body = pick(rng, L["resol"]) + "."
    if lang == "vi" and rng.random() < 0.3 and "no_resolution" not in f:
        body += " " + pick(rng, P["lookalike"])
    c.say("agent", " ".join(prefix + [body]), hold=rng.uniform(12, 45) if held else 0.0)
    if mode == "late" and not plan.get("anger_started"):
        customer_angry(c, plan, c.fresh(P["late_anger"]))
        plan["anger_started"] = True
        respond_anger(c, plan)
    elif "no_resolution" in f:
        c.say("customer", pick(rng, P["c_after_noresol"]))
    else:
        cut_in = rng.random() < 0.15
        c.say("customer", pick(rng, P["c_react"]), "positive", interrupt=cut_in)
        if cut_in:
            c.decoys.add("customer_interrupts_agent")
    forbidden_turns(c, plan, "late")
    if plan["long"]:
        extras = list(P["filler"]) if "no_resolution" not in f else []
        rng.shuffle(extras)
        target = plan["target"]
        for q, a in extras:
            if len(c.segments) >= target - 6:
                break
            c.say("customer", q)
            cut_in = rng.random() < 0.2 and len(q.split()) >= 6
            c.say("agent", a, interrupt=cut_in)
            if cut_in:
                c.decoys.add("agent_interrupts_calm_customer")
        chat = list(P["chat"])
        rng.shuffle(chat)
        for q, a in chat:
            if len(c.segments) >= target - 6:
                break
            c.say("customer", q, "positive")
            c.say("agent", a)
    for addon, okp, cat in (("addon_address", "addon_addr_ok", "address_change"),
                            ("addon_payment", "addon_pay_ok", "payment")):
        if plan.get(addon) and "no_resolution" not in f:
            c.say("customer", pick(rng, P[addon]))
            c.say("agent", pick(rng, P[okp]))
            c.cats.add(cat)
    if "no_anything_else" not in f:
        c.say("agent", pick(rng, P["anyelse"]))
        c.say("customer", pick(rng, P["c_nothing"]))
    elif rng.random() < 0.4:
        c.say("customer", pick(rng, P["c_nothing_unprompted"]))
    closing(c, plan)


def closing(c: Call, plan: dict) -> None:
    rng, P, f = c.rng, POOL[c.lang], plan["faults"]
    th, by = "no_thanks" not in f, "no_goodbye" not in f
    t, b = pick(rng, P["thanks"]), pick(rng, P["bye"])
    if th and by and "goodbye_before_thanks" in f:
        c.say("agent", f"{b}, {t}.")
        c.decoys.add("bye_then_thanks")
    elif th and by:
        if rng.random() < 0.5:
            c.say("agent", f"{t}, {b}.")
        else:
            c.say("agent", f"{t}.")
            c.say("customer", pick(rng, P["c_bye"]))
            c.say("agent", f"{b}.")
            return
    elif th:
        c.say("agent", f"{t}.")
        c.decoys.add("customer_only_goodbye")
        c.say("customer", pick(rng, P["c_bye"]))
        return
    elif by:
        c.say("agent", pick(rng, P["close_plain"]) + f" {b}.")
    else:
        c.say("agent", pick(rng, P["close_plain"]))
        c.say("customer", pick(rng, P["c_bye"]))
        return
    if rng.random() < 0.75:
        c.say("customer", pick(rng, P["c_bye"]))


def build_outbound(c: Call, plan: dict, purpose: tuple) -> None:
    rng, P, ob, f, lang = c.rng, POOL[c.lang], OB[c.lang], plan["faults"], c.lang
    pid, cats, en_p, en_r, vi_p, vi_r = purpose
    ptext, reply = (en_p, en_r) if lang == "en" else (vi_p, vi_r)
    c.cats.update(cats)
    c.say("agent", pick(rng, ob["hello"]))
    c.say("customer", pick(rng, ob["c_yes"]))
    late = {k: k in f and rng.random() < 0.4 for k in ("no_self_id", "no_company_id",
                                                        "no_disclosure", "no_consent")}
    first = []
    if "no_self_id" not in f:
        first.append(pick(rng, ob["intro"]))
    if "no_company_id" not in f:
        first.append(pick(rng, ob["co"] if first else ob["co_alone"]))
    lead = "Hi, " if lang == "en" else "Dạ "
    early: list[str] = []
    after: list[str] = []
    (after if "no_purpose" in f else early).append(ptext)
    rec = "no_disclosure" not in f
    if rec:
        if "no_consent" not in f:
            early.append(pick(rng, ob["record"]) + ", " + pick(rng, ob["consent"]))
        else:
            early.append(pick(rng, ob["record"]) + ".")
            if late["no_consent"]:
                after.append(pick(rng, ob["consent"]))
                c.decoys.add("late_consent")
    else:
        if rng.random() < 0.5:
            early.append(pick(rng, ob["goodtime"]))
        if late["no_disclosure"]:
            after.append(pick(rng, ob["late_record"]))
    if first and (after or rng.random() < 0.5):
        c.say("agent", lead + ", ".join(first) + ".")
        c.say("customer", pick(rng, ["Oh, right.", "Okay?", "Yes?"] if lang == "en"
                                else ["Ờ.", "Dạ?", "Ừ, sao em?"]))
        first = []
    if first or early:
        c.say("agent", (lead + ", ".join(first) + ", " if first else "") + " ".join(early))
        c.say("customer", pick(rng, ob["c_consent"]) if rec else pick(rng, P["yes"]))
    if after:
        need = 95.0 if late["no_consent"] else 64.0
        wait = 0.0
        for q, a in ob["security"]:
            if c.clock >= need:
                break
            c.say("agent", q)
            c.say("customer", a)
        if c.clock < need:
            c.say("agent", pick(rng, ["[d_check:Sorry, the system's slow today, bear with "
                                      "me.]"] if lang == "en" else
                                     ["[d_check:Dạ hệ thống hơi chậm, {cp} chờ em xíu ạ.]"]))
            c.say("customer", pick(rng, P["yes"]))
            wait = max(0.0, need - c.clock) + rng.uniform(1.0, 6.0)
        c.decoys.add("long_security_first")
        c.say("agent", " ".join(after), hold=wait)
        if any("[record:" in x or "[consent:" in x for x in after):
            c.say("customer", pick(rng, ob["c_consent"]))
    if late["no_self_id"]:
        while c.clock < 34:
            c.say("customer", c.fresh(P["c_more"]))
        c.say("agent", pick(rng, ob["late_intro"]))
        c.decoys.add("late_intro")
    if late["no_company_id"]:
        while c.clock < 34:
            c.say("customer", c.fresh(P["c_more"]))
        c.say("agent", pick(rng, ob["late_co"]))
        c.decoys.add("late_company")
    if plan["angry"]:
        if pid == "fraud_check" and rng.random() < 0.5:
            customer_angry(c, plan, reply + " " + pick(rng, P["scared"]), complaint=False)
            plan["anger_started"] = True
            respond_anger(c, plan)
        else:
            customer_angry(c, plan, pick(rng, OB_ANGRY[lang]))
            plan["anger_started"] = True
            respond_anger(c, plan)
            c.say("customer", reply)
    else:
        c.say("customer", reply)
    forbidden_turns(c, plan, "mid")
    forbidden_turns(c, plan, "late")
    en_f, vi_f = OB_FOLLOW[pid]
    c.say("agent", pick(rng, en_f if lang == "en" else vi_f) + ".")
    c.say("customer", pick(rng, P["c_react"]), "positive")
    if plan["long"]:
        extras = list(P["filler"])
        rng.shuffle(extras)
        for q, a in extras:
            if len(c.segments) >= plan["target"] - 2:
                break
            c.say("customer", q)
            c.say("agent", a)
        chat = list(P["chat"])
        rng.shuffle(chat)
        for q, a in chat:
            if len(c.segments) >= plan["target"] - 2:
                break
            c.say("customer", q, "positive")
            c.say("agent", a)
    c.say("agent", pick(rng, ob["close"]))
    c.say("customer", pick(rng, P["c_bye"]))


# ---------------------------------------------------------------- plan
INCOMPATIBLE = [{"no_greeting", "resolution_before_greeting"},
                {"no_resolution", "resolution_before_greeting"},
                {"no_thanks", "goodbye_before_thanks"}, {"no_goodbye", "goodbye_before_thanks"},
                {"no_disclosure", "no_consent"},
                {"profanity", "profanity_strict", "profanity_toneless"}]


def make_plans(lang: str, rng: random.Random) -> list[dict]:
    plans = []
    for i in range(150):
        inbound = i < 110
        plans.append({"lang": lang, "direction": "inbound" if inbound else "outbound",
                      "faults": set(), "angry": False, "long": rng.random() < 0.22,
                      "slots": {}})
    rng.shuffle(plans)
    slots: list[tuple[str, str]] = []
    slots += [(t, "inbound") for t in INBOUND_FAULTS for _ in range(9)]
    slots += [(t, "outbound") for t in OUTBOUND_FAULTS for _ in range(9)]
    slots += [(t, "any") for t in ("no_empathy", "interrupt_angry", "blame", "rude",
                                   "card_readback") for _ in range(9)]
    if lang == "en":
        slots += [("profanity", "any")] * 9
    else:
        slots += [("profanity_strict", "any")] * 11 + [("profanity_toneless", "any")] * 3
    rng.shuffle(slots)
    for tag, where in slots:
        def ok(p: dict, cap: int, tag: str = tag, where: str = where) -> bool:
            if where != "any" and p["direction"] != where:
                return False
            if tag in p["faults"] or len(p["faults"]) >= cap:
                return False
            return not any(tag in s and (s - {tag}) & p["faults"] for s in INCOMPATIBLE)
        cands = [p for p in plans if ok(p, 2)] or [p for p in plans if ok(p, 3)]
        p = pick(rng, cands)
        assert isinstance(p, dict)
        p["faults"].add(tag)
        if tag in ("blame", "rude", "card_readback") or tag.startswith("profanity"):
            p["slots"][tag] = pick(rng, ["mid", "late"])
        if tag in ("no_empathy", "interrupt_angry"):
            p["angry"] = True
    for p in plans:
        if not p["angry"] and rng.random() < 0.3:
            p["angry"] = True
    return plans


def assign_scenarios(plans: list[dict], rng: random.Random) -> None:
    inb = [p for p in plans if p["direction"] == "inbound"]
    outb = [p for p in plans if p["direction"] == "outbound"]
    order = [s for s in SCENARIOS for _ in range(s.get("weight", 2))]
    while len(order) < len(inb):
        order.append(pick(rng, SCENARIOS))
    rng.shuffle(order)
    for p, sc in zip(inb, order, strict=False):
        p["scenario"] = sc
        if sc.get("sad"):
            p["angry"] = True
    for i, p in enumerate(outb):
        p["purpose"] = OB_PURPOSES[i % len(OB_PURPOSES)]
    for p in inb:
        p["addon_address"] = p["long"] and rng.random() < 0.3
        p["addon_payment"] = p["long"] and rng.random() < 0.25
        if p["angry"]:
            modes = ["first", "first", "idcheck", "late"]
            if "no_empathy" in p["faults"] or "interrupt_angry" in p["faults"]:
                modes = ["first", "idcheck"]
            p["anger_mode"] = "first" if p["scenario"].get("sad") else pick(rng, modes)
        else:
            p["anger_mode"] = "none"


def build_call(plan: dict, idx: int) -> dict:
    lang = plan["lang"]
    for attempt in range(400):
        rng = random.Random(f"{SEED}-{lang}-{idx}-{attempt}")
        agents = EN_AGENTS if lang == "en" else VI_AGENTS
        agent = pick(rng, agents)
        assert isinstance(agent, str)
        given = agent.split()[0] if lang == "en" else agent.split()[-1]
        cp, cgiven = VI_CUST[rng.randrange(len(VI_CUST))]
        fields = {"n": given, "cp": cp, "cs": cp if rng.random() < 0.6 else "tôi",
                  "given": cgiven, "title": pick(rng, OB_TITLES),
                  "other": "Megan"}
        noise = rng.choice([0, 1, 1, 2, 2] if lang == "en" else [0, 1, 2, 2, 3])
        c = Call(lang, rng, noise, rng.uniform(0.85, 1.15) * (0.85 if lang == "vi" else 1.0),
                 fields, given)
        p = dict(plan)
        p["faults"] = set(plan["faults"])
        p["target"] = rng.randint(21, 34)
        inbound = p["direction"] == "inbound"
        if inbound:
            build_inbound(c, p, p["scenario"])
        else:
            build_outbound(c, p, p["purpose"])
        n = len(c.segments)
        if not (5 <= n <= 15 or 20 <= n <= 35):
            continue
        if not p["long"] and n >= 20 and inbound:
            continue
        truth = judge(c, inbound)
        if truth is None or truth != expected(p):
            continue
        cats = [k for k in CATEGORIES if k in c.cats]
        ctx = (p["scenario"]["id"] if inbound else "outbound_" + p["purpose"][0])
        qkey = "queue"
        queues = {("en", True): EN_QUEUES, ("vi", True): VI_QUEUES,
                  ("en", False): OB_QUEUES_EN, ("vi", False): OB_QUEUES_VI}[(lang, inbound)]
        return {"id": f"{lang}-heldout8-{idx:03d}", "split": SPLIT, "language": lang,
                "metadata": {"direction": p["direction"], qkey: pick(rng, queues),
                             "agent_name": agent, "language": lang},
                "faults": sorted(p["faults"]), "decoys": sorted(c.decoys),
                "context": f"{ctx}/noise{noise}" + ("/angry" if p["angry"] else ""),
                "segments": c.segments, "sentiment": c.sentiment,
                "metrics": {"speaker_separated": True, "interruptions": c.interruptions,
                            "raised_voice": c.raised},
                "truth": truth, "categories": cats}
    raise RuntimeError(f"could not draw call {lang} {idx} {sorted(plan['faults'])}")


# ---------------------------------------------------------------- checks
EN_WORDS = {
    "greet": {"hello", "hi", "hiya", "morning", "afternoon", "evening", "welcome"},
    "thanks": {"thanks", "thank", "cheers", "appreciate", "ta"},
    "bye": {"bye", "goodbye", "cheerio", "care", "enjoy", "best"},
    "empathy": {"sorry", "understand", "fuming", "stressful", "upset", "horrible", "loss"},
    "prof": {"shit", "fuck", "fuck's", "bollocks", "bloody"},
}
VI_WORDS = {
    "greet": {"chào", "chao"},
    "thanks": set(),
    "bye": {"chào", "chao", "biệt", "biet"},
    "empathy": {"tiếc", "tiec", "hiểu", "hieu", "lỗi", "loi", "buồn", "buon", "lo"},
    "prof": {"đéo", "địt", "đụ", "vãi", "đm", "vcl", "dm"},
}


def words_of(seg: dict) -> set[str]:
    return {w.strip(PUNCT).lower() for w in seg["text"].split()}


def check_row(row: dict) -> None:
    segs, truth, lang = row["segments"], row["truth"], row["language"]
    assert set(truth) == set(RULES) and len(row["sentiment"]) == len(segs)
    assert all(v in ("pass", "fail", "not_applicable") for v in truth.values())
    last_start, last_end = -1.0, 0.0
    starts = {i["start_s"] for i in row["metrics"]["interruptions"]}
    for s in segs:
        assert s["start"] >= last_start and s["end"] > s["start"], row["id"]
        assert s["start"] >= last_end or s["start"] in starts, row["id"]
        last_start, last_end = s["start"], max(last_end, s["end"])
        assert [w[2] for w in s["words"]] == s["text"].split(" "), row["id"]
        prev_end = s["start"]
        for a, b, _ in s["words"]:
            assert prev_end <= a < b <= s["end"], row["id"]
            prev_end = b
    end_t = segs[-1]["end"]
    kw = EN_WORDS if lang == "en" else VI_WORDS
    agent = [s for s in segs if s["speaker"] == "agent"]

    def said(key: str, lo: float, hi: float) -> bool:
        return any(words_of(s) & kw[key] for s in agent if lo <= s["start"] <= hi)

    if truth["inbound/greeting"] == "fail":
        for s in agent:
            low = " ".join(w.strip(PUNCT).lower() for w in s["text"].split())
            if s["start"] <= 21 and lang == "en":
                assert not re.search(r"\b(hello|hi|hiya|welcome|good (morning|afternoon|"
                                     r"evening))\b|^(morning|afternoon)", low), row["id"]
            elif s["start"] <= 21:
                assert not said("greet", 0, 21), row["id"]
    if truth["inbound/thanks"] == "fail":
        for s in agent:
            if s["end"] > end_t - 26:
                low = s["text"].lower()
                assert not (words_of(s) & kw["thanks"] if lang == "en" else
                            re.search(r"\b(cảm|cám|cam) (ơn|on)\b", low)), row["id"]
    if truth["inbound/goodbye"] == "fail":
        for s in agent:
            if s["end"] > end_t - 26:
                assert not words_of(s) & kw["bye"], row["id"]
                assert not re.search(r"\bch[uú]c (anh|chị|chi|cô|co|chú|chu|quý|quy)\b",
                                     s["text"].lower()), row["id"]
    if truth["angry_caller/empathy"] == "fail":
        neg = [s["start"] for s, lab in zip(segs, row["sentiment"], strict=True)
               if lab == "negative"] + [r["start_s"] for r in row["metrics"]["raised_voice"]]
        t0 = min(neg)
        assert not said("empathy", t0, t0 + 21), row["id"]
    if truth["forbidden/profanity"] == "pass":
        assert not any(words_of(s) & kw["prof"] for s in agent), row["id"]
    if truth["inbound/company_name"] == "fail":
        assert not any(("acme" in s["text"].lower() or "abc" in s["text"].lower())
                       for s in agent if s["start"] < 21), row["id"]
    if truth["inbound/self_intro"] == "fail" or truth["outbound/identify_self"] == "fail":
        name = row["metadata"]["agent_name"].split()
        given = (name[0] if lang == "en" else name[-1]).lower()
        for s in agent:
            if s["start"] < 31 and lang == "en":
                assert given not in words_of(s), row["id"]
            elif s["start"] < 31:
                assert not re.search(rf"\b(là|tên|em|viên) {given}\b|^{given}\b",
                                     s["text"].lower()), row["id"]


def main() -> int:
    rng = random.Random(SEED)
    rows = []
    for lang in ("en", "vi"):
        plans = make_plans(lang, rng)
        assign_scenarios(plans, rng)
        for i, plan in enumerate(plans):
            rows.append(build_call(plan, i))
    for row in rows:
        check_row(row)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(rows)} calls to {OUT}")
    print("| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |")
    print("|---|---|---|---|---|---|---|")
    for r in RULES:
        cnt = {lang: Counter(row["truth"][r] for row in rows if row["language"] == lang)
               for lang in ("en", "vi")}
        print(f"| {r} | " + " | ".join(str(cnt[lang][v]) for lang in ("en", "vi")
                                       for v in ("fail", "pass", "not_applicable")) + " |")
    print("| category | en | vi | total |")
    print("|---|---|---|---|")
    for k in CATEGORIES:
        en = sum(k in row["categories"] for row in rows if row["language"] == "en")
        vi = sum(k in row["categories"] for row in rows if row["language"] == "vi")
        print(f"| {k} | {en} | {vi} | {en + vi} |")
    nseg = Counter("long" if len(r["segments"]) >= 20 else "short" for r in rows)
    dirs = Counter(r["metadata"]["direction"] for r in rows)
    nf = Counter(len(r["faults"]) for r in rows)
    print(f"segments: {dict(nseg)}; directions: {dict(dirs)}; faults per call: {dict(nf)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
