# ruff: noqa: E501  (spoken wordings are kept one per line, unwrapped)
"""Build heldout4.jsonl: a blind held-out set for the compliance rules and call categories.

Written from the call script and the rule descriptions only (see HELDOUT4.md). Every
segment is assembled from parts that carry semantic tags (what the speaker actually
means: a greeting, a restated problem, a rude remark ...). The truth of every rule is
then computed from those tags and the segment/word times, so labels always agree with
the time windows. Deterministic: ``python tests/data/rules/build_heldout4.py``.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

SEED = 20261201
OUT = Path(__file__).with_name("heldout4.jsonl")
N_INBOUND = 110  # per language
N_OUTBOUND = 40  # per language
FAILS_PER_LANG = 9  # per rule and language (strict Vietnamese profanity: see below)
STRICT_FAILS_VI = 15
MARGIN_S = 1.5  # no tagged phrase may start or end within this of a window edge

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

# fault tag -> rule it makes fail
FAULT_RULE = {
    "no_greeting": "inbound/greeting", "late_greeting": "inbound/greeting",
    "no_company": "inbound/company_name", "late_company": "inbound/company_name",
    "no_self_intro": "inbound/self_intro", "late_self_intro": "inbound/self_intro",
    "no_offer_help": "inbound/offer_help", "late_offer_help": "inbound/offer_help",
    "no_confirm": "inbound/confirm_problem", "no_resolution": "inbound/resolution",
    "no_anything_else": "inbound/anything_else",
    "no_thanks": "inbound/thanks", "early_thanks": "inbound/thanks",
    "no_goodbye": "inbound/goodbye",
    "resolution_before_greeting": "inbound/greeting_before_resolution",
    "goodbye_before_thanks": "inbound/thanks_before_goodbye",
    "no_identify_self": "outbound/identify_self", "late_identify_self": "outbound/identify_self",
    "no_identify_company": "outbound/identify_company",
    "late_identify_company": "outbound/identify_company",
    "no_purpose": "outbound/purpose", "late_purpose": "outbound/purpose",
    "no_recording": "outbound/recording_disclosure", "late_recording": "outbound/recording_disclosure",
    "no_consent": "outbound/consent", "late_consent": "outbound/consent",
    "no_empathy": "angry_caller/empathy", "late_empathy": "angry_caller/empathy",
    "blame": "angry_caller/no_blame", "interrupt_angry": "angry_caller/no_interrupting_angry_customer",
    "profanity": "forbidden/profanity", "profanity_vi_strict": "forbidden/profanity_vi_strict",
    "rude": "forbidden/rude", "card_readback": "forbidden/no_card_readback",
}
RULE_FAULTS: dict[str, list[str]] = {}
for _f, _r in FAULT_RULE.items():
    RULE_FAULTS.setdefault(_r, []).append(_f)

EN_AGENTS = ["Sam Okafor", "Priya Nair", "Tom Walsh", "Grace Liu", "Daniel Murphy", "Aisha Khan",
             "Liam Byrne", "Chloe Martin", "Raj Patel", "Megan Hughes", "Owen Price", "Fatima Ali"]
EN_MISHEARD = {"Sam": ["psalm", "sem"], "Priya": ["pria", "prior"], "Grace": ["grays"],
               "Liam": ["leeam", "leon"], "Owen": ["owing", "owen's"], "Megan": ["meghan", "megan's"],
               "Raj": ["raja", "rash"], "Chloe": ["clover", "khloe"], "Aisha": ["asia", "aysha"],
               "Tom": ["tim"], "Daniel": ["danielle"], "Fatima": ["fatma"]}
VI_AGENTS = ["Nguyễn Thị Lan", "Trần Văn Hùng", "Phạm Thị Mai", "Lê Anh Tuấn", "Võ Thị Thảo",
             "Đặng Văn Dũng", "Bùi Thị Hương", "Hoàng Văn Nam", "Đỗ Thuỳ Linh", "Ngô Thị Phương",
             "Phan Minh Quang", "Huỳnh Thị Trang"]
VI_MISHEARD = {"Lan": ["lang", "làn"], "Hùng": ["hưng", "hung"], "Mai": ["mài", "may"],
               "Tuấn": ["tuần", "tuan"], "Thảo": ["tháo", "thao"], "Dũng": ["dung", "dụng"],
               "Hương": ["hường", "huong"], "Nam": ["năm", "nam"], "Linh": ["lình", "linh"],
               "Phương": ["phường", "phuong"], "Quang": ["quan", "quảng"], "Trang": ["tràng", "trang"]}
EN_QUEUES = ["cards", "general", "mortgages", "digital_banking", "complaints", "collections", "retention"]
VI_QUEUES = ["the", "tong_dai", "ngan_hang_so", "vay", "khieu_nai", "thu_no", "cham_soc"]


def P(text: str, *tags: str) -> tuple[str, frozenset[str]]:
    """One phrase and what it means."""
    return (text, frozenset(tags))


# ---------------------------------------------------------------------------
# Scenarios: (categories, customer statements, agent restatements, agent resolutions)
# Restatements restate the problem in the agent's own words; resolutions resolve it or
# give the next step.
# ---------------------------------------------------------------------------
EN_SCEN: list[tuple[list[str], list[str], list[str], list[str]]] = [
    (["billing"],
     ["hi um i've got a charge on my statement i don't understand it says account maintenance fee fifteen pounds",
      "yeah hello there's a fee on my current account this month that's never been there before"],
     ["so there's a fifteen pound maintenance fee on this month's statement that you weren't expecting is that right",
      "ok so a monthly fee has appeared on your current account and you want to know what it's for"],
     ["that fee comes from the premier package you switched to in may i can move you back to the free account from today and the fee won't be taken again",
      "i can see it's the new monthly account fee i've waived this month's charge and you'll see fifteen pounds back on your statement within two working days"]),
    (["billing"],
     ["my credit card bill is way higher than it should be there's interest on there even though i paid in full",
      "i'm looking at my card statement and there's interest charged and i'm sure i cleared the balance"],
     ["right so you paid the balance in full but you've still been charged interest on the latest statement",
      "so the statement shows interest even though you think the whole balance was paid off yeah"],
     ["the payment arrived one day after the due date so interest was added but as a one off i've refunded the interest and it'll show on the next statement",
      "i've raised a review with the cards team they'll look at the payment date and write to you within five working days"]),
    (["billing", "refund"],
     ["i was charged twice for the same thing at the supermarket on tuesday forty two pounds twice and i want one of them back",
      "there's a double payment on my debit card same shop same amount and i'd like the money back please"],
     ["so the charge from last tuesday went through twice right",
      "so you paid once but the card was debited twice for the same forty two pounds and you want the second one returned"],
     ["the second one is still pending so it'll drop off by itself within three days if it doesn't i'll open a dispute and you'll get it back",
      "i've raised a dispute for the duplicate and credited you temporarily so the forty two pounds is back in your account now"]),
    (["outage"],
     ["your app just won't open it keeps saying something went wrong since this morning",
      "hi the mobile banking app is down i can't log in at all it just spins"],
     ["ok so since this morning the app won't let you in and you just get an error",
      "so when you try to log into the app it just keeps loading and never gets you in"],
     ["we've got a known problem with the app this morning the engineers expect it back by two o'clock and online banking on the website is working in the meantime",
      "i've reset your app registration so if you delete and reinstall the app and log in again with your passcode it'll work"]),
    (["outage"],
     ["the cash machine outside your branch on the high street swallowed my card and it's been out of order all day",
      "none of the atms in town are working i've tried three of them"],
     ["so the machine at the high street branch is out of service and it kept your card",
      "so you've tried several of our cash machines today and none of them are giving out cash"],
     ["i've logged the fault with the branch the card will be destroyed for safety so i've ordered a new one which will arrive in three to five working days",
      "there's a network issue affecting our atms in your area it should be fixed this afternoon and you can still withdraw cash at any other bank's machine for free"]),
    (["outage", "complaint"],
     ["the website has been down for two days i can't pay anyone and honestly it's not good enough i want to make a complaint",
      "online banking keeps crashing every time i try to transfer money this is the third week running i'd like to complain formally"],
     ["so online banking has been failing when you try to pay people for a while now and you want to raise a formal complaint about it",
      "ok so the website has been unavailable for a couple of days and you'd like that logged as a complaint"],
     ["i've logged a formal complaint with reference c r four four one two you'll get an acknowledgement by email today and a full answer within eight weeks",
      "the complaint is raised and i've added the outage details a case handler will call you within five working days"]),
    (["refund"],
     ["i cancelled a hotel booking and they said they refunded it but it's been two weeks and nothing",
      "i returned a jacket to a shop online and the refund still isn't showing"],
     ["so the merchant told you the money was refunded two weeks ago but it hasn't reached your account",
      "you sent the item back and the retailer's refund hasn't come through to your card yet right"],
     ["i can't see it arriving yet so i've opened a chargeback claim you'll get a form by email and once it's back we credit you within ten days",
      "refunds can take up to fifteen days from the shop's side if it's not there by friday call us back and we'll raise a dispute straight away"]),
    (["refund", "complaint"],
     ["you charged me an overdraft fee when i wasn't even overdrawn i want that money back and i'm not happy with how this was handled",
      "i was charged a late fee because your system didn't take my direct debit i want a refund and i want to complain"],
     ["so a fee was taken even though the account never went overdrawn and you want it refunded and a complaint logged",
      "so the direct debit failed on our side you were charged for it and you'd like the money back and to complain about it"],
     ["you're right it was our error i've refunded the fee and logged the complaint you'll get a letter confirming both",
      "i've put the twenty five pounds back into your account and raised the complaint with reference number one eight three"]),
    (["cancellation"],
     ["i'd like to close my savings account please i've moved everything elsewhere",
      "yeah i want to cancel my credit card i don't really use it any more"],
     ["so you'd like to close the savings account as you've moved your money to another bank",
      "ok so you want to cancel the credit card because you're not using it"],
     ["i've closed the account today and the remaining balance of three pounds twenty will go to your current account",
      "your card is cancelled now please cut it up and you'll get a letter confirming the closure within a week"]),
    (["cancellation", "billing"],
     ["i want to cancel the travel insurance that comes with my account i keep getting charged for it every month",
      "there's a monthly charge for some packaged account thing i never asked for and i want it cancelled"],
     ["so you're being charged monthly for the account package and want to cancel it",
      "so the insurance on your account is costing you each month and you'd like to stop it"],
     ["i've downgraded you to the standard account so there'll be no more monthly charge from next month",
      "done the package is cancelled today so this month's was the last fee"]),
    (["card_lost"],
     ["i think i've lost my debit card i had it at the station this morning and now it's gone",
      "someone nicked my purse with my card in it on the bus"],
     ["so your debit card went missing sometime after you used it at the station this morning",
      "so your purse was stolen with the card inside and you need it stopped"],
     ["i've blocked that card so nobody can use it and a replacement is on its way to your home address in three to five working days",
      "the card is stopped now and i've ordered a new one you can use apple pay with the new card as soon as it's added in the app"]),
    (["card_lost", "fraud"],
     ["i lost my card yesterday and now there's two payments on my account i didn't make",
      "my card got stolen at the weekend and there are transactions at a petrol station i've never been to"],
     ["so after the card went missing two payments appeared that weren't you",
      "so the card was taken and since then someone's been using it at a petrol station"],
     ["i've cancelled the card ordered a new one and raised a fraud claim for both payments you'll get the money back within ten working days",
      "the card's blocked and i'm passing you to the fraud team now they'll take the details of those transactions and refund them"]),
    (["address_change"],
     ["i've moved house and need to update my address",
      "hiya i need to change my address on the account we moved last month"],
     ["so you've moved and want us to send everything to your new address from now on",
      "ok so the address on file is your old one and you need it updated"],
     ["that's updated now all letters and cards will go to the new address and you'll get a confirmation letter there",
      "i've changed it on all your accounts you'll get a text to confirm in the next hour"]),
    (["address_change", "card_lost"],
     ["my new card got sent to my old address and i think someone there has it i've moved and need it changed",
      "the replacement card went to my old flat i don't live there any more"],
     ["so your new card went to the old address and you're worried someone else has it and you need the address changed",
      "so the card was sent to where you used to live and you need a new one at the right address"],
     ["i've cancelled that card updated your address and a new card will be sent to the new address within five days",
      "the old card is blocked and the new address is saved and a new card will reach you by next week"]),
    (["payment"],
     ["i'd like to pay off my credit card balance over the phone please",
      "can i make a payment towards my loan today i missed the one last week"],
     ["so you'd like to pay your credit card balance now over the phone",
      "ok so you want to make a catch up payment on the loan because last week's was missed"],
     ["that's the payment of two hundred pounds taken and it'll show on your card account by tomorrow",
      "i've taken the payment now and the loan is back up to date you'll get a receipt by email"]),
    (["payment", "billing"],
     ["i got a letter saying my bill is overdue on the card i want to pay it but i don't understand the amount",
      "there's a minimum payment on my statement but it's more than last month and i want to pay it today"],
     ["so you want to pay the overdue card bill but the amount on the letter isn't clear",
      "so the minimum payment has gone up and you'd like to understand why and pay it"],
     ["the amount includes last month's missed minimum i've taken the payment of sixty pounds so you're up to date",
      "it's higher because of the balance transfer fee i've taken today's payment and you're now all clear for this month"]),
    (["fraud"],
     ["there's a payment on my account to some website i've never heard of it's not me",
      "i've got transactions on my card from overseas that i definitely didn't do"],
     ["so there's a payment to a website you don't recognise and you didn't make it",
      "right so some overseas card payments have gone through that weren't made by you"],
     ["i've blocked the card raised a fraud claim and you'll get a new card the money will be back within ten working days",
      "i'm transferring you to the fraud team now who'll go through each payment with you and secure the account"]),
    (["fraud", "complaint"],
     ["someone took eight hundred pounds from my account and your fraud team took three days to call me back this is appalling i want to complain",
      "i reported fraud a week ago and nobody has done anything i want to speak to a manager"],
     ["so money was taken fraudulently and you're unhappy it took us days to get back to you and you'd like to complain",
      "so you reported fraud last week there's been no update and you want it escalated"],
     ["i've escalated your fraud case to a senior manager and logged a complaint you'll hear back within forty eight hours",
      "i've raised a complaint and asked a team leader to call you back today about the fraud case"]),
    (["complaint"],
     ["i want to make a complaint the staff in your branch were really rude to my mother",
      "i'm calling to complain i've been passed around four different departments this week"],
     ["so you'd like to complain about how your mother was treated in the branch",
      "so you've been transferred between departments all week and you want to complain about that"],
     ["i've logged the complaint and passed it to the branch manager who'll contact you within five working days",
      "i've recorded your complaint and i'm keeping this case with me so you won't be passed around again"]),
]

VI_SCEN: list[tuple[list[str], list[str], list[str], list[str]]] = [
    (["billing"],
     ["dạ em ơi chị xem sao kê tháng này thấy có khoản phí quản lý tài khoản năm mươi nghìn mà chị không hiểu là phí gì",
      "alo em ơi cái tài khoản của anh tháng này tự nhiên bị trừ phí tin nhắn mà trước giờ có đâu"],
     ["dạ vậy là trong sao kê tháng này có khoản phí năm mươi nghìn mà chị không rõ lý do đúng không ạ",
      "dạ tức là tài khoản của anh tháng này bị thu thêm phí tin nhắn mà trước đây không có phải không anh"],
     ["dạ khoản đó là phí dịch vụ báo số dư qua tin nhắn em đã huỷ dịch vụ cho chị từ hôm nay nên tháng sau sẽ không thu nữa ạ",
      "dạ em đã làm đề nghị hoàn phí tháng này cho anh tiền sẽ về tài khoản trong hai ngày làm việc ạ"]),
    (["billing", "refund"],
     ["chị mua hàng ở siêu thị mà thẻ bị trừ tiền hai lần chị muốn lấy lại một lần",
      "thẻ của anh bị trừ hai lần cùng một giao dịch ở cây xăng anh muốn được hoàn lại"],
     ["dạ vậy là thẻ của chị bị trừ tiền hai lần cho cùng một giao dịch phải không ạ",
      "dạ tức là anh chỉ đổ xăng một lần mà thẻ bị trừ hai lần và anh cần hoàn lại khoản thừa đúng không ạ"],
     ["dạ em đã tạo yêu cầu tra soát giao dịch trùng tiền sẽ được hoàn về thẻ trong vòng bảy ngày làm việc ạ",
      "dạ giao dịch thứ hai đang ở trạng thái chờ nên sẽ tự huỷ trong ba ngày nếu không em sẽ làm tra soát cho anh ạ"]),
    (["outage"],
     ["em ơi ứng dụng ngân hàng của chị từ sáng tới giờ không đăng nhập được cứ báo lỗi hoài",
      "app bị sao rồi em anh chuyển tiền không được nó cứ quay quay rồi văng ra"],
     ["dạ vậy là từ sáng chị không vào được ứng dụng và cứ bị báo lỗi đúng không ạ",
      "dạ tức là anh mở app chuyển khoản thì bị treo rồi thoát ra phải không ạ"],
     ["dạ hiện hệ thống đang bảo trì đột xuất dự kiến hai giờ chiều sẽ hoạt động lại trong lúc đó chị dùng internet banking trên web được ạ",
      "dạ em đã đặt lại thiết bị cho anh anh gỡ app cài lại rồi đăng nhập là dùng được ạ"]),
    (["outage"],
     ["cây ATM ở chi nhánh cầu giấy nuốt thẻ của anh rồi mà máy cũng không rút được tiền",
      "mấy cây ATM gần nhà chị đều không rút được tiền từ hôm qua"],
     ["dạ vậy là cây ATM ở chi nhánh cầu giấy bị lỗi và đã giữ thẻ của anh ạ",
      "dạ tức là từ hôm qua chị thử mấy cây ATM gần nhà đều không rút được tiền đúng không ạ"],
     ["dạ em đã báo lỗi cho chi nhánh và làm lại thẻ mới cho anh khoảng năm ngày làm việc anh nhận được ạ",
      "dạ khu vực của chị đang bị lỗi đường truyền chiều nay sẽ khắc phục xong trong lúc đó chị rút ở ATM ngân hàng khác được miễn phí ạ"]),
    (["outage", "complaint"],
     ["trang web ngân hàng sập hai ngày rồi chị không thanh toán được gì cả chị muốn khiếu nại",
      "app cứ lỗi suốt tuần nay anh chuyển tiền cho đối tác không được anh muốn gửi khiếu nại chính thức"],
     ["dạ vậy là hai ngày nay chị không vào được trang web để thanh toán và chị muốn gửi khiếu nại ạ",
      "dạ tức là app lỗi cả tuần làm anh không chuyển tiền được và anh muốn khiếu nại chính thức đúng không ạ"],
     ["dạ em đã ghi nhận khiếu nại của chị mã số là bốn bốn một hai bộ phận liên quan sẽ phản hồi trong năm ngày làm việc ạ",
      "dạ em đã chuyển khiếu nại lên bộ phận xử lý sẽ có anh chị bên đó gọi lại cho anh trong hôm nay ạ"]),
    (["refund"],
     ["chị huỷ đặt phòng khách sạn rồi họ bảo đã hoàn tiền mà hai tuần rồi chưa thấy về",
      "anh trả hàng cho shop online mà tiền hoàn vẫn chưa về thẻ"],
     ["dạ vậy là bên khách sạn báo đã hoàn tiền hai tuần rồi mà tài khoản chị chưa nhận được đúng không ạ",
      "dạ tức là anh đã trả hàng nhưng khoản hoàn tiền của shop vẫn chưa về thẻ phải không ạ"],
     ["dạ em đã mở yêu cầu tra soát với bên khách sạn trong vòng mười ngày làm việc tiền sẽ được hoàn về cho chị ạ",
      "dạ thường bên shop hoàn mất tới mười lăm ngày nếu thứ sáu chưa về anh gọi lại em làm tra soát ngay ạ"]),
    (["refund", "complaint"],
     ["ngân hàng thu phí chậm thanh toán của anh trong khi anh trả đúng hạn anh muốn lấy lại tiền và phản ánh việc này",
      "chị bị trừ phí thường niên dù đã được miễn phí chị muốn được hoàn và muốn khiếu nại"],
     ["dạ vậy là anh thanh toán đúng hạn mà vẫn bị thu phí nên anh muốn được hoàn phí và gửi phản ánh ạ",
      "dạ tức là thẻ của chị được miễn phí thường niên nhưng vẫn bị trừ và chị muốn hoàn lại và khiếu nại đúng không ạ"],
     ["dạ đúng là lỗi bên ngân hàng ạ em đã hoàn phí cho anh và ghi nhận phản ánh anh sẽ nhận tin nhắn xác nhận ạ",
      "dạ em đã hoàn lại phí cho chị và tạo khiếu nại mã số một tám ba ạ"]),
    (["cancellation"],
     ["em ơi chị muốn đóng tài khoản tiết kiệm chị chuyển hết sang ngân hàng khác rồi",
      "anh muốn huỷ cái thẻ tín dụng anh không dùng nữa"],
     ["dạ vậy là chị muốn đóng tài khoản tiết kiệm vì đã chuyển tiền sang ngân hàng khác ạ",
      "dạ tức là anh muốn huỷ thẻ tín dụng vì không còn sử dụng nữa đúng không ạ"],
     ["dạ em đã đóng tài khoản cho chị số dư còn lại sẽ chuyển về tài khoản thanh toán của chị ạ",
      "dạ thẻ của anh đã được huỷ anh cắt thẻ đi giúp em một tuần nữa anh sẽ nhận thư xác nhận ạ"]),
    (["cancellation", "billing"],
     ["chị muốn huỷ gói bảo hiểm đi kèm tài khoản tháng nào cũng bị trừ tiền",
      "có cái phí gói tài khoản gì đó tháng nào cũng thu anh không đăng ký anh muốn huỷ"],
     ["dạ vậy là tháng nào chị cũng bị trừ tiền gói bảo hiểm và chị muốn huỷ gói này ạ",
      "dạ tức là anh bị thu phí gói tài khoản hàng tháng và anh muốn dừng lại phải không ạ"],
     ["dạ em đã huỷ gói cho chị từ hôm nay nên từ tháng sau sẽ không bị trừ nữa ạ",
      "dạ em chuyển anh về tài khoản thường rồi ạ tháng sau không còn phí đó nữa"]),
    (["card_lost"],
     ["em ơi chị làm mất thẻ rồi sáng nay chị rút tiền ở ga xong giờ không thấy đâu",
      "anh bị móc túi trên xe buýt mất cả ví có thẻ ngân hàng trong đó"],
     ["dạ vậy là chị bị mất thẻ sau khi rút tiền ở ga sáng nay đúng không ạ",
      "dạ tức là anh bị mất ví cùng thẻ trên xe buýt và cần khoá thẻ ngay ạ"],
     ["dạ em đã khoá thẻ cho chị rồi không ai dùng được nữa và thẻ mới sẽ gửi về địa chỉ nhà chị trong năm ngày làm việc ạ",
      "dạ thẻ đã được tạm khoá em làm lại thẻ mới cho anh anh ra chi nhánh gần nhất nhận sau ba ngày ạ"]),
    (["card_lost", "fraud"],
     ["hôm qua chị mất thẻ giờ thấy có hai giao dịch lạ chị không hề làm",
      "thẻ của anh bị trộm cuối tuần rồi giờ có giao dịch ở cây xăng mà anh chưa tới bao giờ"],
     ["dạ vậy là sau khi mất thẻ thì có hai giao dịch không phải chị thực hiện ạ",
      "dạ tức là thẻ bị lấy mất và có người đã dùng thẻ ở cây xăng đúng không anh"],
     ["dạ em đã khoá thẻ làm thẻ mới và tạo yêu cầu tra soát hai giao dịch đó tiền sẽ được hoàn trong mười ngày làm việc ạ",
      "dạ thẻ đã khoá rồi em chuyển anh sang bộ phận chống gian lận để xử lý các giao dịch đó ngay ạ"]),
    (["address_change"],
     ["chị mới chuyển nhà em đổi giúp chị địa chỉ liên hệ nhé",
      "anh muốn cập nhật địa chỉ mới tháng trước anh chuyển vào sài gòn rồi"],
     ["dạ vậy là chị đã chuyển nhà và muốn cập nhật địa chỉ mới để nhận thư ạ",
      "dạ tức là địa chỉ trên hệ thống vẫn là địa chỉ cũ và anh cần đổi sang địa chỉ mới ở sài gòn ạ"],
     ["dạ em đã cập nhật địa chỉ mới cho chị mọi thư từ sẽ gửi về đây chị sẽ nhận tin nhắn xác nhận ạ",
      "dạ địa chỉ của anh đã được đổi trên tất cả các tài khoản trong một giờ tới anh nhận tin nhắn xác nhận ạ"]),
    (["address_change", "card_lost"],
     ["thẻ mới của chị bị gửi về địa chỉ cũ chị chuyển nhà rồi sợ người khác lấy mất",
      "thẻ thay thế gửi về nhà trọ cũ của anh anh không ở đó nữa"],
     ["dạ vậy là thẻ mới bị gửi về địa chỉ cũ và chị cần đổi địa chỉ để nhận lại thẻ ạ",
      "dạ tức là thẻ mới gửi về chỗ anh ở trước đây và anh cần làm lại thẻ về địa chỉ mới ạ"],
     ["dạ em đã khoá thẻ đó cập nhật địa chỉ mới và phát hành thẻ khác gửi về địa chỉ mới trong năm ngày ạ",
      "dạ thẻ cũ đã được khoá địa chỉ mới đã lưu tuần sau anh sẽ nhận thẻ mới ạ"]),
    (["payment"],
     ["chị muốn thanh toán dư nợ thẻ tín dụng qua điện thoại được không em",
      "anh muốn trả khoản vay tháng này tuần trước anh lỡ quên"],
     ["dạ vậy là chị muốn thanh toán dư nợ thẻ tín dụng ngay bây giờ ạ",
      "dạ tức là anh muốn trả bù kỳ thanh toán khoản vay bị lỡ tuần trước đúng không ạ"],
     ["dạ em đã trích nợ hai triệu từ tài khoản của chị để thanh toán thẻ ngày mai sẽ cập nhật ạ",
      "dạ khoản thanh toán đã thực hiện xong khoản vay của anh đã về đúng hạn anh sẽ nhận biên lai qua email ạ"]),
    (["payment", "billing"],
     ["chị nhận thư báo quá hạn thanh toán thẻ chị muốn trả mà không hiểu số tiền sao lại cao vậy",
      "số tiền thanh toán tối thiểu tháng này cao hơn tháng trước anh muốn trả luôn hôm nay"],
     ["dạ vậy là chị muốn thanh toán khoản quá hạn nhưng chưa rõ số tiền trong thư ạ",
      "dạ tức là khoản tối thiểu tháng này tăng lên anh muốn biết lý do và thanh toán luôn ạ"],
     ["dạ số tiền đó gồm cả khoản tối thiểu tháng trước chưa trả em đã trích nợ sáu trăm nghìn chị đã hết quá hạn ạ",
      "dạ do có phí chuyển đổi trả góp ạ em đã thực hiện thanh toán cho anh tháng này anh không còn nợ quá hạn ạ"]),
    (["fraud"],
     ["tài khoản của chị có một giao dịch thanh toán cho trang web nào đó chị không hề biết",
      "thẻ của anh có mấy giao dịch ở nước ngoài mà anh không làm"],
     ["dạ vậy là có một giao dịch thanh toán cho trang web lạ mà chị không thực hiện ạ",
      "dạ tức là thẻ của anh phát sinh giao dịch nước ngoài không phải do anh làm ạ"],
     ["dạ em đã khoá thẻ và tạo yêu cầu tra soát giao dịch gian lận chị sẽ nhận kết quả trong mười ngày làm việc ạ",
      "dạ em chuyển máy cho bộ phận chống gian lận ngay để họ kiểm tra từng giao dịch và bảo vệ tài khoản cho anh ạ"]),
    (["fraud", "complaint"],
     ["tài khoản chị bị rút mất mười triệu mà bên em ba ngày sau mới gọi lại chị rất bức xúc chị muốn khiếu nại",
      "anh báo gian lận cả tuần rồi mà chưa ai xử lý anh muốn gặp cấp trên của em"],
     ["dạ vậy là tài khoản chị bị rút tiền trái phép và chị không hài lòng vì ba ngày sau mới được liên hệ nên muốn khiếu nại ạ",
      "dạ tức là anh báo gian lận từ tuần trước mà chưa được xử lý và anh muốn chuyển lên cấp quản lý ạ"],
     ["dạ em đã chuyển hồ sơ lên trưởng bộ phận và ghi nhận khiếu nại trong bốn mươi tám giờ chị sẽ được phản hồi ạ",
      "dạ em đã tạo khiếu nại và đề nghị trưởng nhóm gọi lại cho anh ngay trong hôm nay ạ"]),
    (["complaint"],
     ["chị muốn phản ánh nhân viên quầy giao dịch ở chi nhánh rất thiếu lịch sự với mẹ chị",
      "anh gọi tổng đài bốn lần tuần này mà bị chuyển qua chuyển lại anh muốn khiếu nại"],
     ["dạ vậy là chị muốn phản ánh thái độ của nhân viên chi nhánh với mẹ chị ạ",
      "dạ tức là anh đã bị chuyển máy qua nhiều bộ phận trong tuần và anh muốn khiếu nại việc này ạ"],
     ["dạ em đã ghi nhận phản ánh và chuyển cho giám đốc chi nhánh trong năm ngày làm việc sẽ có người liên hệ lại với chị ạ",
      "dạ em ghi nhận khiếu nại và em sẽ trực tiếp theo dõi hồ sơ của anh để anh không phải chuyển máy nữa ạ"]),
]

# ---------------------------------------------------------------------------
# Phrase pools. {n}: the given name the agent says; {x}: Vietnamese address term (anh/chị).
# ---------------------------------------------------------------------------
W: dict[str, dict[str, list[str]]] = {
    "en": {
        "greeting": ["good morning", "good afternoon", "hello", "hi there", "hiya", "good evening", "morning",
                     "hello and good morning", "hi good afternoon", "hey there", "good day to you", "afternoon"],
        "greeting_company": ["welcome to acme bank", "thank you for calling acme bank",
                             "thanks for calling acme bank", "hello acme bank"],
        "company": ["acme bank", "you've reached acme bank", "this is acme bank", "acme bank customer services",
                    "acme bank cards team", "acme bank help desk"],
        "self_intro": ["my name is {n}", "you're speaking with {n}", "this is {n}", "{n} speaking",
                       "you've got {n} on the line", "{n} with you today", "i'm {n}", "{n} here",
                       "my name's {n}", "it's {n} here"],
        "offer_help": ["how can i help you today", "how may i help", "what can i do for you", "how can i help",
                       "what can i help you with this morning", "how can i assist you",
                       "what can i sort out for you today", "how can i be of help", "what can i help with"],
        "late_intro": ["sorry i didn't say my name's {n} by the way", "oh and i'm {n} in case you need it",
                       "by the way you're speaking with {n}"],
        "late_greeting": ["oh and good morning to you sorry", "hello by the way sorry i'm all over the place today",
                          "and good afternoon sorry i jumped straight in"],
        "late_company": ["and you're through to acme bank cards by the way", "yes this is acme bank sorry should have said",
                         "you are through to acme bank customer services"],
        "late_offer": ["right let me see how i can help you with that", "ok i'm happy to help you with that"],
        "anything_else": ["is there anything else i can help you with", "anything else today",
                          "was there anything else", "can i help with anything else",
                          "is there anything more i can do for you", "anything else i can help with while i have you",
                          "is there any other thing you need today"],
        "cust_no_more": ["no that's all thanks", "no that's it", "nope all good", "no thank you that's everything",
                         "no i think that's it", "that's everything cheers"],
        "cust_yes": ["yes that's right", "yeah exactly", "yep that's it", "correct", "that's the one yeah",
                     "mm hm yes"],
        "cust_ok": ["ok great", "brilliant thank you", "oh that's good", "alright fine", "ok that works",
                    "lovely thanks"],
        "thanks": ["thanks for calling acme bank", "thank you for calling", "thanks for your call",
                   "thank you for your patience today", "thanks very much for calling", "thank you so much for calling us",
                   "ta very much for calling", "cheers for calling in", "many thanks for getting in touch"],
        "goodbye": ["goodbye", "bye now", "bye bye", "have a good day bye", "take care bye",
                    "have a lovely evening goodbye", "all the best bye", "cheerio", "bye for now"],
        "cust_bye": ["bye", "ok bye", "cheers bye", "thanks bye bye"],
        "closing_filler": ["you'll get a text confirming all that shortly", "the reference is in your app too",
                           "that's all sorted then"],
        "id_check": ["can i just confirm your date of birth please|fourteenth of march nineteen eighty two",
                     "could you confirm the first line of your address|twelve elm road",
                     "for security can you give me your postcode|l s six two a b",
                     "can i take your full name and date of birth|jo harris third of june seventy nine",
                     "and what's your date of birth|it's the second of may ninety"],
        "address_readback": ["so that's twelve elm road leeds l s six two a b yeah",
                             "ok that's flat four forty one station road is that right"],
        "hold": ["let me just check that for you one moment", "bear with me while i check that",
                 "i'll pop you on hold for a sec", "just let me look into that", "give me two minutes to check"],
        "thanks_holding": ["thanks for holding", "thank you for waiting", "thanks for bearing with me",
                           "sorry for the wait thanks for holding"],
        "bank_apology": ["i'm sorry that's our mistake", "apologies that was an error on our side",
                         "sorry that shouldn't have happened that's down to us"],
        "ack": ["ok", "right", "sure", "mm", "ok got it", "right ok"],
        "empathy": ["oh no i'm so sorry to hear that", "i completely understand how frustrating that must be",
                    "i'm really sorry you've been through that", "that sounds really stressful i'm sorry",
                    "i can hear how upset you are and i get it", "honestly i'd be annoyed too",
                    "i'm sorry this has been such a hassle for you", "that must be really worrying i understand"],
        "procedural": ["ok can i have your account number", "right what's the sort code",
                       "ok let me pull up the account", "can you spell your surname for me",
                       "ok and what date was that"],
        "blame": ["well that's your fault for not reading the terms", "you should have told us before you travelled",
                  "you didn't read the letter we sent you", "i already told you that twice",
                  "if you'd locked the card in the app this wouldn't have happened", "that's on you to be honest",
                  "no it was you who approved the payment not us"],
        "rude": ["that's not my problem", "whatever", "calm down", "are you stupid", "stop wasting my time",
                 "look i haven't got all day", "ugh fine whatever you say", "do you even know how a bank works"],
        "profanity": ["oh shit sorry the system just froze", "this fucking system is so slow",
                      "bollocks it's logged me out", "ah shit it's crashed again", "what the fuck is this screen doing",
                      "for fuck's sake it's gone again", "this shitty screen again"],
        "readback": ["so the card number is four five three two one one two two three three four four five five six six",
                     "just to confirm that's 4921 3377 0415 8862", "and the three digits on the back are three one seven yeah",
                     "ok so card number four nine one seven two two three four five five one two ending eight eight",
                     "the cvv is 604 got it"],
        "last4": ["is that the card ending four four two one", "the card ending in seven seven zero three yeah"],
        "ref_readback": ["your reference is c r four four one two", "i'll text you the reference nine nine three one"],
        "cust_swear": ["this is fucking ridiculous", "your bloody app is useless", "what a shit service honestly",
                       "for fuck's sake"],
        "cust_blame": ["you lot messed this up not me", "it's your fault i'm in this mess", "you're the ones who lost it"],
        "cust_card": ["it's four five three two one one two two three three four four five five six six and the code on the back is three one seven",
                      "the number is 4921 3377 0415 8862 security code 604"],
        "innocent": ["no rush take your time", "i'll note it on the system", "you can assess it in the app"],
        "cust_name": ["i spoke to {n} yesterday actually", "is that {n} i spoke to {n} on monday"],
    },
    "vi": {
        "greeting": ["xin chào", "dạ em chào {x}", "chào {x} ạ", "em xin chào quý khách", "dạ xin chào", "dạ em chào {x} nha",
                     "dạ em chào anh chị", "dạ a lô em chào {x} ạ"],
        "greeting_company": ["ngân hàng ABC xin chào", "ngân hàng ABC kính chào quý khách",
                             "ngân hàng A B C xin kính chào", "dạ ngân hàng ây bi xi xin chào"],
        "company": ["ngân hàng ABC", "ngân hàng A B C", "ngân hàng ây bi xi", "tổng đài ngân hàng ABC",
                    "trung tâm dịch vụ khách hàng ngân hàng ABC", "dạ bên em là ngân hàng ABC"],
        "self_intro": ["em là {n}", "em tên là {n}", "em {n} xin nghe ạ", "{n} xin nghe ạ",
                       "em là {n} tổng đài viên", "em {n} đây ạ", "tư vấn viên {n} xin nghe",
                       "em là {n} ở bộ phận chăm sóc khách hàng"],
        "offer_help": ["em có thể hỗ trợ gì cho {x} ạ", "{x} cần em hỗ trợ gì ạ", "em giúp gì được cho {x} ạ",
                       "{x} cần em hỗ trợ chi ạ", "em giúp gì được cho {x} nè", "{x} cần giúp gì hông ạ",
                       "em có thể giúp gì cho {x} ạ", "mình cần hỗ trợ gì ạ", "{x} cần tư vấn gì ạ",
                       "em hỗ trợ được gì cho anh chị ạ"],
        "late_intro": ["à em quên giới thiệu em tên là {n} ạ", "dạ em là {n} {x} cần gì cứ gọi lại gặp em nhé"],
        "late_greeting": ["à em chào {x} ạ em xin lỗi", "dạ em xin chào {x} em vội quá"],
        "late_company": ["dạ đây là tổng đài ngân hàng ABC ạ", "dạ bên em là ngân hàng A B C ạ em quên chưa nói"],
        "late_offer": ["dạ để em xem em hỗ trợ {x} thế nào ạ", "dạ em sẵn sàng hỗ trợ {x} việc này ạ"],
        "anything_else": ["{x} còn cần em hỗ trợ thêm gì nữa không ạ", "{x} còn thắc mắc gì khác không ạ",
                          "{x} còn cần gì nữa hông ạ", "còn chi nữa không {x}",
                          "còn vấn đề nào khác em hỗ trợ được không ạ", "mình còn cần gì thêm không {x}",
                          "dạ ngoài ra {x} còn cần hỗ trợ gì nữa không ạ", "{x} có cần em giúp thêm việc gì không ạ"],
        "cust_no_more": ["thôi được rồi em", "không có gì nữa em ạ", "dạ hông có gì nữa em", "ừa hết rồi", "vậy thôi em", "dạ không ạ hết rồi",
                         "ừ hết rồi cảm ơn em", "không em"],
        "cust_yes": ["ừ đúng rồi em", "đúng rồi", "vâng đúng ạ", "ừ", "dạ phải", "đúng vậy đó em"],
        "cust_ok": ["ừ vậy được", "vâng được rồi", "ok em", "thế thì tốt quá", "ờ vậy cũng được", "dạ vâng"],
        "thanks": ["cảm ơn {x} đã gọi đến ngân hàng ABC", "em cảm ơn {x} ạ", "dạ cảm ơn {x} nhiều nha", "cảm ơn {x} đã liên hệ tổng đài",
                   "cám ơn {x} nhiều ạ", "dạ em cảm ơn {x} đã gọi ạ", "em cảm ơn {x} đã tin dùng dịch vụ bên em"],
        "goodbye": ["chào {x} ạ", "em chào {x}", "chào {x} nhé", "hẹn gặp lại {x} ạ", "dạ em chào {x} ạ",
                    "chào {x} nha", "dạ em chào {x} nghen",
                    "tạm biệt {x} ạ", "chúc {x} một ngày tốt lành em chào {x}"],
        "cust_bye": ["ừ chào em", "ok chào em nhé", "vâng chào em", "ừ thôi chào em"],
        "closing_filler": ["dạ {x} sẽ nhận được tin nhắn xác nhận ngay ạ", "dạ mã hồ sơ có trong app luôn ạ",
                           "dạ vậy là xong rồi ạ"],
        "id_check": ["{x} cho em xin ngày tháng năm sinh để xác minh ạ|mười bốn tháng ba năm tám hai",
                     "{x} đọc giúp em số căn cước ạ|không ba bảy một hai ba bốn năm sáu",
                     "để bảo mật {x} cho em xin họ tên đầy đủ ạ|nguyễn thị hoa",
                     "{x} cho em xin số điện thoại đăng ký ạ|không chín một hai ba bốn năm sáu bảy tám",
                     "{x} cho em xin địa chỉ thường trú ạ|số 12 ngõ 45 nguyễn trãi"],
        "address_readback": ["dạ địa chỉ là số 12 ngõ 45 nguyễn trãi thanh xuân đúng không ạ",
                             "dạ em đọc lại địa chỉ là 88 lê lợi quận một ạ"],
        "hold": ["{x} chờ em một chút em kiểm tra nhé", "{x} vui lòng giữ máy giúp em ạ",
                 "để em xem lại đã ạ", "dạ {x} đợi em tí em check lại", "{x} giữ máy em kiểm tra thông tin ạ"],
        "thanks_holding": ["em cảm ơn {x} đã chờ máy ạ", "cảm ơn {x} đã đợi ạ", "dạ cám ơn {x} giữ máy ạ"],
        "bank_apology": ["dạ em xin lỗi đây là sai sót của ngân hàng ạ", "dạ lỗi này là do bên em ạ em xin lỗi {x}"],
        "ack": ["dạ", "vâng ạ", "dạ vâng", "dạ em hiểu", "vâng", "dạ rồi"],
        "empathy": ["dạ em rất hiểu sự bực mình của {x} ạ", "dạ em rất tiếc khi nghe {x} gặp chuyện này",
                    "em hiểu là {x} đang rất lo lắng ạ", "dạ em hiểu cảm giác của {x} lúc này",
                    "em biết chờ lâu như vậy rất khó chịu ạ", "dạ em thông cảm với {x} lắm ạ",
                    "chuyện này chắc làm {x} bực lắm em hiểu ạ"],
        "procedural": ["dạ {x} đọc số tài khoản giúp em", "dạ để em kiểm tra", "{x} cho em xin số thẻ bốn số cuối",
                       "dạ giao dịch đó ngày nào ạ", "dạ {x} đọc lại họ tên giúp em"],
        "blame": ["cái này là lỗi của {x} chứ không phải ngân hàng", "{x} phải đọc kỹ điều khoản trước chứ",
                  "em đã nói với {x} rồi mà", "tại {x} tự làm lộ mã OTP thôi", "{x} tự bấm xác nhận mà giờ lại kêu",
                  "do {x} không khoá thẻ sớm chứ bên em đâu có lỗi"],
        "rude": ["{x} bị điếc à", "hỏi gì lắm thế", "việc đấy không phải việc của em", "{x} nói nhanh lên em còn nhiều khách",
                 "kệ {x}", "thôi được rồi tuỳ {x}", "{x} có hiểu gì không vậy", "đừng có làm mất thời gian của em"],
        "profanity": ["dm hệ thống lại treo", "vl máy lại đơ rồi", "deo hieu sao no loi", "vcl chậm quá",
                      "dit me lai mat ket noi", "dm cái máy này"],
        "profanity_strict": ["máy em đéo load được", "vãi cả hệ thống lại lỗi", "địt mẹ lại treo máy rồi",
                             "đụ má cái phần mềm này", "đéo hiểu sao lại thế", "vãi thật lại văng ra"],
        "readback": ["dạ số thẻ của {x} là bốn năm ba hai một một hai hai ba ba bốn bốn năm năm sáu sáu đúng không ạ",
                     "dạ em đọc lại số thẻ 4921 3377 0415 8862 ạ", "mã CVV là ba một bảy phải không {x}",
                     "số thẻ chín bảy không bốn một hai ba bốn năm sáu bảy tám đúng chưa {x}", "dạ mã cvv 604 ạ"],
        "last4": ["dạ thẻ có bốn số cuối là 4421 đúng không ạ", "thẻ đuôi bảy bảy không ba phải không {x}"],
        "ref_readback": ["dạ mã hồ sơ của {x} là bốn bốn một hai", "em gửi mã yêu cầu chín chín ba một qua tin nhắn ạ"],
        "cust_swear": ["đm cái app như cc", "bực vãi cả ra", "cái ngân hàng gì mà như hạch", "đéo hiểu làm ăn kiểu gì"],
        "cust_blame": ["tại bên em làm sai chứ chị có làm gì đâu", "lỗi của ngân hàng chứ ai", "mấy em làm mất thẻ của anh chứ"],
        "cust_card": ["số thẻ là bốn năm ba hai một một hai hai ba ba bốn bốn năm năm sáu sáu mã cvv ba một bảy",
                      "số thẻ 4921 3377 0415 8862 em mã cvv 604"],
        "innocent": ["dạ {x} cứ yên tâm", "vài ngày làm việc là có ạ", "{x} đi ra chi nhánh gần nhất cũng được ạ",
                     "em đều ghi nhận hết rồi ạ"],
        "cust_name": ["hôm qua chị nói chuyện với {n} rồi", "có phải {n} không em hôm trước {n} hỗ trợ anh"],
    },
}

# Angry customer turns: (text, categories raised)
ANGRY = {
    "en": [("this is the third time i've called about this and nobody ever sorts it out", ["complaint"]),
           ("i'm absolutely fuming i've been waiting forty minutes to get through", ["complaint"]),
           ("are you serious i need that money today to pay my rent", []),
           ("no no no that's not good enough i want to speak to a manager", ["complaint"]),
           ("i can't believe this is happening again i'm so fed up", []),
           ("your service is a joke honestly every single time", ["complaint"]),
           ("i'm sick of being passed from pillar to post", ["complaint"]),
           ("this is ridiculous how hard can it be", [])],
    "vi": [("anh gọi ba lần rồi mà chưa ai giải quyết cho anh cả", ["complaint"]),
           ("chị chờ máy bốn mươi phút rồi đấy bực mình quá", ["complaint"]),
           ("trời ơi chị cần tiền đó hôm nay để trả tiền nhà mà", []),
           ("không được anh muốn gặp quản lý của em ngay", ["complaint"]),
           ("sao lại thế nữa rồi chán thật sự", []),
           ("dịch vụ gì mà tệ thế lần nào cũng vậy", ["complaint"]),
           ("chuyển máy tới chuyển máy lui mệt lắm rồi", ["complaint"]),
           ("vô lý hết sức có chút chuyện mà cũng không làm được", [])],
}

CUST_SWEAR_CATS = {"your bloody app is useless": ["outage", "complaint"], "what a shit service honestly": ["complaint"],
                   "đm cái app như cc": ["outage"], "cái ngân hàng gì mà như hạch": ["complaint"],
                   "đéo hiểu làm ăn kiểu gì": ["complaint"]}
NORES = {"en": ["hmm i'm not seeing anything wrong on my side", "there's nothing showing on the system for that i'm afraid",
                "yeah i can't really do anything with that one", "well it all looks normal to me"],
         "vi": ["dạ em kiểm tra thì không thấy gì bất thường ạ", "dạ trên hệ thống không hiện gì hết ạ",
                "dạ cái này em không xử lý được ạ", "dạ em thấy mọi thứ vẫn bình thường mà"]}
INTERRUPT = {"en": ["ok ok", "sorry can i just", "hang on hang on", "right but"],
             "vi": ["dạ dạ", "chị ơi cho em nói", "dạ anh ơi", "khoan đã anh"]}
FILLER = {"en": [("while i've got you let me check your mobile number is still the one ending two one", "yes that's still mine"),
                 ("i can also switch you to paperless statements if you like", "go on then why not"),
                 ("just so you know the app has a freeze card button for next time", "oh i didn't know that"),
                 ("are you still at the same email address", "yeah same one")],
          "vi": [("tiện đây em kiểm tra giúp {x} số điện thoại đuôi hai mốt vẫn dùng đúng không ạ", "ừ vẫn số đó"),
                 ("{x} có muốn đăng ký nhận sao kê qua email không ạ", "ừ được đăng ký luôn đi em"),
                 ("lần sau {x} có thể tự khoá thẻ ngay trên app ạ", "vậy à chị không biết"),
                 ("email của {x} vẫn là địa chỉ cũ đúng không ạ", "đúng rồi em")]}
CUST_MORE = {"en": ["oh actually one more thing", "oh wait while i've got you", "actually yes there's something else"],
             "vi": ["à mà còn một việc nữa em", "ờ tiện thể cho chị hỏi thêm", "à khoan anh còn việc này"]}
CUST_OPEN = {"en": ["hi", "hello", "hi there", "morning"], "vi": ["alo", "a lô em ơi", "dạ chào em", "alô"]}

# Outbound: (purpose, customer reply, its categories, agent follow-up resolution)
OUT_SCEN = {
    "en": [("i'm calling about a couple of payments on your card that our system flagged this morning",
            "oh no i haven't used my card today at all that's not me", ["fraud"],
            "ok i've stopped the card and raised a fraud claim a new card will be with you in five days"),
           ("your debit card is due for renewal and we want to check where to send it",
            "oh actually i've moved so you'll need my new address", ["address_change"],
            "i've updated the address and the new card will go there next week"),
           ("i'm ringing about the loan payment that was missed on the first",
            "yes sorry about that can i pay it now over the phone", ["payment"],
            "i've taken the payment so the loan is back up to date"),
           ("i'm calling to follow up on the complaint you raised with us last week",
            "yes and i'm still waiting for the refund of that fee", ["refund"],
            "the refund has been approved today and will be in your account by friday"),
           ("it's about a new credit card offer we have for existing customers",
            "no thanks actually i was going to ring you to close my account", ["cancellation"],
            "i can arrange that for you now and you'll get a closure letter in a week"),
           ("you asked us to close your current account and i wanted to check before we do",
            "yes please cancel it the monthly fees are too high", ["cancellation", "billing"],
            "i've closed it today and there'll be no further fees"),
           ("i'm just checking in after last week's problems with our mobile app",
            "well it's still not working i can't log in at all", ["outage"],
            "i've reset your access and sent a new activation code by text"),
           ("i'm calling to confirm your appointment at the king street branch tomorrow at ten",
            "yes that's fine i'll be there", [],
            "great they'll see you then")],
    "vi": [("em gọi về một số giao dịch trên thẻ của {x} mà hệ thống bên em nghi ngờ sáng nay",
            "ủa chị có dùng thẻ hôm nay đâu không phải chị làm", ["fraud"],
            "dạ em đã khoá thẻ và tạo yêu cầu tra soát thẻ mới sẽ gửi về trong năm ngày ạ"),
           ("thẻ ghi nợ của {x} sắp hết hạn em gọi để xác nhận địa chỉ nhận thẻ mới",
            "à anh chuyển nhà rồi em gửi về địa chỉ mới giúp anh", ["address_change"],
            "dạ em đã cập nhật địa chỉ thẻ mới sẽ gửi về đó tuần sau ạ"),
           ("em gọi nhắc về kỳ trả nợ khoản vay ngày mùng một bị trễ ạ",
            "ừ chị quên mất chị trả luôn bây giờ qua điện thoại được không", ["payment"],
            "dạ em đã trích nợ thanh toán khoản vay của chị đã về đúng hạn ạ"),
           ("em gọi để phản hồi về khiếu nại {x} gửi tuần trước ạ",
            "ừ mà anh vẫn chưa nhận được tiền hoàn phí", ["refund"],
            "dạ khoản hoàn phí đã được duyệt hôm nay thứ sáu sẽ về tài khoản ạ"),
           ("em gọi giới thiệu chương trình thẻ tín dụng mới cho khách hàng thân thiết ạ",
            "thôi em ơi chị đang định gọi để đóng tài khoản đây", ["cancellation"],
            "dạ em hỗ trợ đóng tài khoản luôn cho chị một tuần nữa chị nhận thư xác nhận ạ"),
           ("{x} có yêu cầu đóng tài khoản thanh toán em gọi xác nhận lại trước khi đóng ạ",
            "ừ đóng giúp anh phí hàng tháng cao quá", ["cancellation", "billing"],
            "dạ em đã đóng tài khoản từ hôm nay không phát sinh phí nữa ạ"),
           ("em gọi hỏi thăm sau sự cố ứng dụng tuần trước ạ",
            "vẫn chưa được em ơi chị vẫn không đăng nhập được", ["outage"],
            "dạ em đã cấp lại quyền truy cập và gửi mã kích hoạt mới qua tin nhắn ạ"),
           ("em gọi xác nhận lịch hẹn của {x} tại chi nhánh lê lợi mười giờ sáng mai ạ",
            "ừ được chị sẽ tới", [],
            "dạ vâng chi nhánh sẽ đón {x} ạ")],
}
OUT_W = {
    "en": {"greeting": ["hi", "hello", "good afternoon", "good morning", "hiya"],
           "self": ["this is {n}", "my name's {n}", "it's {n}", "{n} here", "you're speaking to {n}"],
           "company": ["calling from acme bank", "from acme bank's fraud team", "i'm with acme bank",
                       "from acme bank customer care"],
           "recording": ["just to let you know this call is recorded", "this call may be recorded for quality and training",
                         "calls are recorded for your security", "i should mention we record our calls"],
           "consent": ["is that ok with you", "are you happy to continue", "do you consent to that", "is that alright",
                       "are you ok with that before we go on"],
           "check_person": ["am i speaking with mrs harris", "is that mr jones please", "could i speak to jo harris"],
           "cust_pick": ["yes speaking", "yeah that's me", "who's calling", "speaking"],
           "cust_consent": ["yes that's fine", "yeah go on", "sure no problem", "ok"],
           "cust_wait": ["hang on let me turn the telly down", "sorry just a sec i'm driving let me pull over",
                         "hold on the kids are shouting give me a moment"],
           "cust_back": ["ok go on", "right i'm back", "sorry about that carry on"],
           "cust_record_q": ["is this being recorded"],
           "dodge": ["don't worry it's just a quick call"],
           "note": ["i'll record that on your file", "let me make a note of that on the system"],
           "late_self": ["sorry i should have said it's {n}"], "late_company": ["i'm calling from acme bank by the way"],
           "late_recording": ["oh i should say the call is being recorded"],
           "late_consent": ["and are you ok with the call being recorded sorry i didn't ask"],
           "late_purpose": ["so the reason i'm calling is"],
           "close": ["thanks for your time today bye", "thank you bye now", "that's everything thanks goodbye"]},
    "vi": {"greeting": ["dạ em chào {x}", "alo em chào {x} ạ", "xin chào {x}", "dạ chào {x} ạ"],
           "self": ["em là {n}", "em tên {n}", "em {n} đây ạ", "em là {n} nhân viên"],
           "company": ["gọi từ ngân hàng ABC", "bên ngân hàng A B C", "ở ngân hàng ây bi xi", "thuộc trung tâm thẻ ngân hàng ABC"],
           "recording": ["cuộc gọi này được ghi âm ạ", "cuộc gọi sẽ được ghi âm để đảm bảo chất lượng dịch vụ",
                         "em xin phép thông báo cuộc gọi có ghi âm ạ"],
           "consent": ["{x} có đồng ý không ạ", "{x} đồng ý tiếp tục chứ ạ", "{x} cho phép em tiếp tục nhé",
                       "{x} có đồng ý để em ghi âm không ạ"],
           "check_person": ["có phải {x} hoa không ạ", "em đang nói chuyện với {x} minh đúng không ạ"],
           "cust_pick": ["ừ đúng rồi", "ai đấy", "vâng tôi nghe", "ừ chị đây"],
           "cust_consent": ["ừ được", "ok em", "đồng ý", "ừ em cứ nói"],
           "cust_wait": ["em chờ chị tí chị đang chạy xe", "đợi anh chút anh ra chỗ yên tĩnh", "khoan đã chị tắt bếp cái"],
           "cust_back": ["rồi em nói đi", "ừ chị nghe đây", "được rồi em nói tiếp đi"],
           "cust_record_q": ["cuộc gọi này có ghi âm không em"],
           "dodge": ["dạ {x} yên tâm em hỏi nhanh thôi ạ"],
           "note": ["em ghi lại thông tin này vào hồ sơ của {x} nhé", "dạ em ghi chú lại ạ"],
           "late_self": ["dạ em quên giới thiệu em là {n} ạ"], "late_company": ["dạ em gọi từ ngân hàng ABC ạ"],
           "late_recording": ["à em xin phép thông báo cuộc gọi được ghi âm ạ"],
           "late_consent": ["dạ {x} có đồng ý cho bên em ghi âm cuộc gọi không ạ em quên chưa hỏi"],
           "late_purpose": ["dạ em gọi là vì"],
           "close": ["dạ em cảm ơn {x} em chào {x} ạ", "cảm ơn {x} chào {x} nhé"]},
}

# ---------------------------------------------------------------------------
# ASR-like noise (applied per phrase, so tags keep their word positions)
# ---------------------------------------------------------------------------
EN_HOMO = {"you're": "your", "today": "to day", "anything": "any thing", "acme": "acne", "i'm": "im",
           "that's": "thats", "it's": "its", "can't": "cant", "don't": "dont", "there's": "theres",
           "i've": "ive", "we'll": "will", "everything": "every thing", "goodbye": "good bye", "okay": "ok"}
EN_DROP = {"a", "the", "to", "and", "just", "so", "of", "for", "is"}
TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]


def strip_tones(word: str) -> str:
    d = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.combining(c)))


def wrong_tone(word: str, rng: random.Random) -> str:
    chars = list(unicodedata.normalize("NFD", word))
    pos = [i for i, ch in enumerate(chars) if ch in TONES]
    if not pos:
        return word
    i = pos[0]
    new = rng.choice([t for t in TONES if t != chars[i]])
    del chars[i]
    while i < len(chars) and unicodedata.combining(chars[i]):
        i += 1  # the tone goes after the vowel's own mark (circumflex, breve, horn)
    chars.insert(i, new)
    return unicodedata.normalize("NFC", "".join(chars))


def noisy(text: str, lang: str, mode: str, rng: random.Random) -> str:
    words = text.split()
    out: list[str] = []
    for w in words:
        if lang == "en":
            if w in EN_HOMO and rng.random() < (0.3 if w == "acme" else 0.5):
                out.extend(EN_HOMO[w].split())
                continue
            if w in EN_DROP and len(words) > 5 and rng.random() < 0.12:
                continue
            out.append(w)
        else:
            if mode == "toneless" or (mode == "partial" and rng.random() < 0.35):
                out.append(strip_tones(w))
            elif mode == "wrong" and rng.random() < 0.2:
                out.append(wrong_tone(w, rng))
            else:
                out.append(w)
    res = " ".join(out)
    if lang == "vi":
        if rng.random() < 0.15:
            res = res.replace("ABC", "a b c")
        if rng.random() < 0.1:
            res = res.replace("ngân hàng", "ngânhàng").replace("cảm ơn", "cảmơn")
        if rng.random() < 0.1:
            res = res.replace("ATM", "a tê em")
        res = res.replace("ABC", rng.choice(["abc", "ABC"]))
    return res


# ---------------------------------------------------------------------------
# Call assembly
# ---------------------------------------------------------------------------
class Call:
    """Segments as lists of (text, tags) phrases plus timing hints."""

    def __init__(self, lang: str, rng: random.Random, name_said: str, x: str) -> None:
        self.lang, self.rng, self.n, self.x = lang, rng, name_said, x
        self.segs: list[dict[str, Any]] = []
        self.decoys: list[str] = []
        self.asr_mode = "clean"

    def pick(self, key: str, pool: dict[str, list[str]] | None = None) -> str:
        src = pool if pool is not None else W[self.lang]
        return self.fill(self.rng.choice(src[key]))

    def ok(self, t: str) -> bool:
        """Vietnamese customer lines must use the call's address term (anh/chị) for themselves."""
        if self.lang == "en":
            return True
        other = "anh" if self.x == "chị" else "chị"
        return other not in t.split()

    def choose(self, pool: list[Any], key: Any = None) -> Any:
        ok = [p for p in pool if self.ok(key(p) if key else p)]
        return self.rng.choice(ok or pool)

    def cpick(self, key: str, pool: dict[str, list[str]] | None = None) -> str:
        src = pool if pool is not None else W[self.lang]
        return self.fill(self.choose(src[key]))

    def variant(self, lines: list[str]) -> int:
        """Index of a scenario variant whose customer line fits the address term."""
        idx = [i for i, t in enumerate(lines) if self.ok(t)]
        return self.rng.choice(idx or list(range(len(lines))))

    def fill(self, t: str) -> str:
        return t.replace("{n}", self.n).replace("{x}", self.x)

    def add(self, speaker: str, parts: list[tuple[str, frozenset[str]]], sentiment: str = "neutral",
            **kw: Any) -> None:
        parts = [p for p in parts if p[0]]
        if parts:
            self.segs.append({"speaker": speaker, "parts": parts, "sentiment": sentiment, **kw})

    def decoy(self, tag: str) -> None:
        if tag not in self.decoys:
            self.decoys.append(tag)


def render(call: Call, rng: random.Random) -> dict[str, Any]:
    """Noise, timing and words; returns segments plus tagged phrase spans."""
    lang = call.lang
    segs_out: list[dict[str, Any]] = []
    spans: list[dict[str, Any]] = []
    interruptions: list[dict[str, Any]] = []
    raised: list[dict[str, Any]] = []
    t = rng.uniform(0.2, 0.9)
    prev: dict[str, Any] | None = None
    last_end = t
    for seg in call.segs:
        if seg.get("interrupt") and prev is not None:
            lo = prev["start"] + 0.5 * (prev["end"] - prev["start"])
            start = rng.uniform(lo, max(lo + 0.05, prev["end"] - 0.8))
        else:
            start = last_end + seg.get("gap", rng.uniform(0.25, 1.1))
            start = max(start, seg.get("min_start", 0.0))
        mode = "clean"
        if lang == "vi":
            mode = rng.choices(["clean", "partial", "toneless", "wrong"], [0.55, 0.25, 0.1, 0.1])[0]
        punct = lang == "en" and rng.random() < 0.08
        words: list[list[Any]] = []
        cur = start
        texts = []
        for text, tags in seg["parts"]:
            if "strict" in tags or rng.random() < 0.25:
                ptext = text
            else:
                ptext = noisy(text, lang, mode, rng)
            if not ptext.strip():
                ptext = text
            pw = ptext.split()
            first = len(words)
            for w in pw:
                dur = min(0.5, max(0.2, 0.14 + 0.035 * len(w) + rng.uniform(-0.03, 0.05)))
                words.append([round(cur, 2), round(cur + dur, 2), w])
                cur += dur + rng.uniform(0.02, 0.1)
            texts.append(" ".join(pw))
            if tags:
                spans.append({"speaker": seg["speaker"], "tags": tags, "start": words[first][0],
                              "end": words[-1][1]})
        text = " ".join(texts)
        if punct:
            text = text[0].upper() + text[1:] + "."
            tw = text.split(" ")
            for i, w in enumerate(tw):
                words[i][2] = w
        end = round(words[-1][1] + 0.05, 2)
        out = {"speaker": seg["speaker"], "start": round(start, 2), "end": end, "text": text, "words": words}
        if seg.get("interrupt") and prev is not None:
            interruptions.append({"speaker": seg["speaker"], "interrupted": prev["speaker"],
                                  "start_s": round(start, 2), "overlap_s": round(max(0.1, prev["end"] - start), 2)})
        if seg.get("raised"):
            a = out["start"] + 0.3 * (end - out["start"])
            raised.append({"speaker": "customer", "start_s": round(a, 2),
                           "end_s": round(min(end - 0.1, a + rng.uniform(1.5, 4.0)), 2),
                           "above_median_db": round(rng.uniform(6.5, 12.0), 1)})
        out["sentiment"] = seg["sentiment"]
        segs_out.append(out)
        prev = out
        last_end = max(last_end, end)
    return {"segments": segs_out, "spans": spans, "interruptions": interruptions, "raised": raised}


class Ambiguous(Exception):
    pass


def in_first(sp: dict[str, Any], w: float) -> bool | None:
    if sp["end"] <= w - 0.5:
        return True
    if sp["start"] >= w + MARGIN_S:
        return False
    raise Ambiguous(f"phrase near {w}s edge")


def in_last(sp: dict[str, Any], end: float, w: float) -> bool:
    edge = end - w
    if sp["start"] >= edge + 0.5:
        return True
    if sp["end"] <= edge - MARGIN_S:
        return False
    raise Ambiguous("phrase near closing edge")


def compute_truth(r: dict[str, Any], lang: str, direction: str) -> dict[str, str]:
    segs, spans = r["segments"], r["spans"]
    end = max(s["end"] for s in segs)
    agent = [s for s in spans if s["speaker"] == "agent"]

    def first(tag: str, pred: Any = None) -> dict[str, Any] | None:
        c = [s for s in agent if tag in s["tags"] and (pred is None or pred(s))]
        return min(c, key=lambda s: s["start"]) if c else None

    def has(tag: str) -> bool:
        return any(tag in s["tags"] for s in agent)

    def pf(b: bool) -> str:
        return "pass" if b else "fail"

    for s in spans:  # near-misses must sit clearly outside the closing window
        if s["tags"] & {"decoy_thanks_holding", "decoy_thanks_mid"} and in_last(s, end, 25 + 2 * MARGIN_S):
            raise Ambiguous("thanks for holding inside closing window")
    tr: dict[str, str] = {}
    na = "not_applicable"
    if direction == "inbound":
        g = first("greeting", lambda s: in_first(s, 20))
        tr["inbound/greeting"] = pf(g is not None)
        tr["inbound/company_name"] = pf(first("company", lambda s: in_first(s, 20)) is not None)
        tr["inbound/self_intro"] = pf(first("self_intro", lambda s: in_first(s, 30)) is not None)
        tr["inbound/offer_help"] = pf(first("offer_help", lambda s: in_first(s, 45)) is not None)
        tr["inbound/confirm_problem"] = pf(has("confirm"))
        res = first("resolution")
        tr["inbound/resolution"] = pf(res is not None)
        tr["inbound/anything_else"] = pf(has("anything_else"))
        th = first("thanks", lambda s: in_last(s, end, 25))
        gb = first("goodbye", lambda s: in_last(s, end, 25))
        tr["inbound/thanks"] = pf(th is not None)
        tr["inbound/goodbye"] = pf(gb is not None)
        tr["inbound/greeting_before_resolution"] = (
            na if g is None or res is None else pf(g["start"] < res["start"]))
        tr["inbound/thanks_before_goodbye"] = na if th is None or gb is None else pf(th["start"] < gb["start"])
        for k in ["identify_self", "identify_company", "purpose", "recording_disclosure", "consent"]:
            tr["outbound/" + k] = na
    else:
        for k in ["greeting", "company_name", "self_intro", "offer_help", "confirm_problem", "resolution",
                  "anything_else", "thanks", "goodbye", "greeting_before_resolution", "thanks_before_goodbye"]:
            tr["inbound/" + k] = na
        tr["outbound/identify_self"] = pf(first("ob_self", lambda s: in_first(s, 30)) is not None)
        tr["outbound/identify_company"] = pf(first("ob_company", lambda s: in_first(s, 30)) is not None)
        tr["outbound/purpose"] = pf(first("purpose", lambda s: in_first(s, 60)) is not None)
        rec = first("recording", lambda s: in_first(s, 60)) is not None
        tr["outbound/recording_disclosure"] = pf(rec)
        tr["outbound/consent"] = na if not rec else pf(first("consent", lambda s: in_first(s, 90)) is not None)
    # anger
    anger_ts = [s["start"] for s in segs if s["speaker"] == "customer" and s["sentiment"] == "negative"]
    anger_ts += [e["start_s"] for e in r["raised"]]
    if not anger_ts:
        tr["angry_caller/empathy"] = na
        tr["angry_caller/no_interrupting_angry_customer"] = na
    else:
        a0 = min(anger_ts)
        ok = False
        for s in agent:
            if "empathy" not in s["tags"]:
                continue
            if a0 - MARGIN_S < s["start"] < a0 or a0 + 20 - 0.5 < s["start"] < a0 + 20 + MARGIN_S:
                raise Ambiguous("empathy near window edge")
            if a0 <= s["start"] <= a0 + 20:
                ok = True
        tr["angry_caller/empathy"] = pf(ok)
        bad = False
        for it in r["interruptions"]:
            if it["speaker"] != "agent" or it["interrupted"] != "customer":
                continue
            st = it["start_s"]
            for s in segs:
                if s["speaker"] == "customer" and s["sentiment"] == "negative":
                    if s["start"] <= st <= s["end"]:
                        bad = True
                    elif abs(st - s["end"]) < 0.3 or abs(st - s["start"]) < 0.3:
                        raise Ambiguous("interruption at angry segment edge")
            for e in r["raised"]:
                if e["start_s"] <= st <= e["start_s"] + 0.5:
                    bad = True
        tr["angry_caller/no_interrupting_angry_customer"] = pf(not bad)
    tr["angry_caller/no_blame"] = pf(not has("blame"))
    tr["forbidden/profanity"] = pf(not (has("profanity") or has("strict")))
    tr["forbidden/profanity_vi_strict"] = na if lang == "en" else pf(not has("strict"))
    tr["forbidden/rude"] = pf(not has("rude"))
    tr["forbidden/no_card_readback"] = pf(not has("readback"))
    return {k: tr[k] for k in RULES}

QUICK = {
    "en": [(["outage"], "is the app down i can't get in", "yes there's a problem with the app right now it'll be back within the hour",
            "so you just can't log into the app at the moment"),
           (["card_lost"], "i've lost my card can you stop it", "done i've stopped it so nobody can use it",
            "so the card's gone missing and you needed it blocked"),
           (["billing"], "what's this two pound fee on my account", "that's an overdraft fee i've refunded it",
            "so you were asking about the two pound charge"),
           (["payment"], "can i pay my card bill now", "yes that's the payment taken now",
            "so you wanted to pay the card bill today"),
           (["fraud"], "there's a payment on my card i didn't make", "i've frozen the card and i'm putting you through to fraud",
            "so there's a card payment that wasn't you")],
    "vi": [(["outage"], "app bị lỗi hả em", "dạ app đang bảo trì một tiếng nữa sẽ chạy lại ạ",
            "dạ vậy là {x} không đăng nhập được app ạ"),
           (["card_lost"], "chị mất thẻ rồi khoá giúp chị", "dạ em khoá thẻ rồi ạ",
            "dạ vậy là {x} bị mất thẻ và cần khoá ngay ạ"),
           (["billing"], "phí hai mươi nghìn này là phí gì em", "dạ phí tin nhắn ạ em hoàn lại rồi",
            "dạ vậy là {x} hỏi về khoản phí hai mươi nghìn ạ"),
           (["payment"], "chị muốn trả nợ thẻ luôn", "dạ em trích nợ xong rồi ạ",
            "dạ vậy là {x} muốn thanh toán thẻ ngay ạ"),
           (["fraud"], "có giao dịch lạ trên thẻ anh", "dạ em khoá thẻ và chuyển sang bộ phận chống gian lận ạ",
            "dạ vậy là có giao dịch {x} không thực hiện ạ")],
}
OUT_ANGRY = {"en": [("i've told you people to stop ringing me at work", ["complaint"]),
                    ("this is the fourth call this week it's harassment", ["complaint"]),
                    ("honestly i'm sick of these calls", [])],
             "vi": [("tuần này gọi bốn lần rồi phiền quá", ["complaint"]),
                    ("chị đã bảo đừng gọi giờ làm việc rồi mà", ["complaint"]),
                    ("mệt ghê gọi hoài", [])]}
UNUSUAL_INTRO = {"you've got {n} on the line", "{n} with you today", "{n} here", "it's {n} here",
                 "{n} xin nghe ạ", "em {n} xin nghe ạ", "em {n} đây ạ", "tư vấn viên {n} xin nghe"}


def cats(cs: list[str]) -> list[str]:
    return ["cat:" + c for c in cs]


def intro_part(c: Call) -> tuple[str, frozenset[str]]:
    tmpl = c.rng.choice(W[c.lang]["self_intro"])
    if tmpl in UNUSUAL_INTRO:
        c.decoy("unusual_intro")
    text = c.fill(tmpl)
    if c.rng.random() < 0.2:
        mis = EN_MISHEARD if c.lang == "en" else VI_MISHEARD
        text = text.replace(c.n, c.rng.choice(mis[c.n]))
        c.decoy("misheard_name")
    return P(text.lower() if c.lang == "en" else text, "self_intro")


def id_check(c: Call) -> None:
    q, a = c.pick("id_check").split("|")
    c.add("agent", [P(q)])
    c.add("customer", [P(a)])
    c.decoy("id_check")
    if c.rng.random() < 0.4:
        c.add("agent", [P("thanks for that" if c.lang == "en" else c.fill("dạ em cảm ơn {x}"), "decoy_thanks_mid"),
                        P(c.pick("ack"))])
        c.decoy("thanks_for_information")


def lead_trim(t: str) -> str:
    """Drop a leading hello from a customer line reused as a follow-up."""
    return re.sub(r"^(hi um |hiya |hi |yeah hello |hello |alo em ơi |alo |em ơi |dạ em ơi )", "", t)


def angry_exchange(c: Call, F: set[str], pool: list[tuple[str, list[str]]],
                   base: list[tuple[str, frozenset[str]]] | None = None) -> None:
    """An angry customer turn (a pool line, or ``base``: an upset complaint) and the agent's answer."""
    rng, w = c.rng, W[c.lang]
    if base is None:
        line, cs = c.choose(pool, key=lambda t: t[0])
        parts = [P(line, *cats(cs))]
    else:
        parts = list(base)
    if rng.random() < 0.3:
        sw = rng.choice(w["cust_swear"])
        parts.append(P(sw, *cats(CUST_SWEAR_CATS.get(sw, []))))
        c.decoy("customer_swears")
    if rng.random() < 0.25:
        parts.append(P(c.cpick("cust_blame")))
        c.decoy("customer_blames")
    c.add("customer", parts, "negative", raised=rng.random() < 0.5)
    if "interrupt_angry" in F:
        c.add("agent", [P(rng.choice(INTERRUPT[c.lang]))], interrupt=True)
    if "no_empathy" in F:
        c.add("agent", [P(c.pick("procedural"))])
        c.add("customer", [P(c.pick("cust_ok"))])
    elif "late_empathy" in F:
        id_check(c)
        c.add("agent", [P(c.pick("hold"), "decoy_hold")])
        c.add("agent", [P(c.pick("empathy"), "empathy")], gap=rng.uniform(24, 40))
        c.decoy("late_empathy_after_hold")
    else:
        parts = [P(c.pick("empathy"), "empathy")]
        if rng.random() < 0.3:
            parts.append(P(c.pick("bank_apology")))
            c.decoy("bank_apology")
        c.add("agent", parts, rng.choice(["neutral", "positive"]))


def inbound_call(c: Call, F: set[str], anger: bool, long: bool) -> list[str]:
    rng, L = c.rng, c.lang
    scen = rng.choice(EN_SCEN if L == "en" else VI_SCEN)
    vi_ = c.variant(scen[1])
    all_cats = list(scen[0])
    quick = "resolution_before_greeting" in F
    g = not ({"no_greeting", "late_greeting"} & F) and not quick
    co = not ({"no_company", "late_company"} & F)
    si = not ({"no_self_intro", "late_self_intro"} & F)
    oh = not ({"no_offer_help", "late_offer_help"} & F)
    parts: list[tuple[str, frozenset[str]]] = []
    if g and co and rng.random() < 0.4:
        parts.append(P(c.pick("greeting_company"), "greeting", "company"))
    else:
        if g:
            parts.append(P(c.pick("greeting"), "greeting"))
        if co:
            parts.append(P(c.pick("company"), "company"))
    if si:
        parts.append(intro_part(c))
    if oh:
        parts.append(P(c.pick("offer_help"), "offer_help"))
    if not parts:
        parts = [P("yeah go ahead" if L == "en" else "dạ nghe")]
    if len(parts) > 2 and rng.random() < 0.15:
        k = rng.randint(1, len(parts) - 1)
        c.add("agent", parts[:k])
        c.add("customer", [P(rng.choice(CUST_OPEN[L]))])
        c.add("agent", parts[k:])
        c.decoy("split_opening")
    else:
        c.add("agent", parts)
    late = [f for f in ["late_greeting", "late_company", "late_self_intro", "late_offer_help"] if f in F]
    late_win = max([{"late_greeting": 20, "late_company": 20, "late_self_intro": 30, "late_offer_help": 45}[f]
                    for f in late], default=0)
    if quick:
        q = c.choose(QUICK[L], key=lambda t: t[1])
        all_cats = list(q[0])
        c.add("customer", [P(q[1], *cats(q[0]))])
        c.add("agent", [P(c.fill(q[2]), "resolution"), P(c.pick("late_greeting"), "greeting")])
        c.decoy("greeting_after_resolution")
        c.add("customer", [P(c.pick("cust_ok"))])
        if late:
            c.add("agent", [P(c.pick({"late_greeting": "late_greeting", "late_company": "late_company",
                                      "late_self_intro": "late_intro", "late_offer_help": "late_offer"}[f]),
                              {"late_greeting": "greeting", "late_company": "company",
                               "late_self_intro": "self_intro", "late_offer_help": "offer_help"}[f]) for f in late],
                  min_start=late_win + 2 + rng.uniform(0, 5))
        if "no_confirm" not in F:
            c.add("agent", [P(c.fill(q[3]), "confirm")])
            c.add("customer", [P(c.pick("cust_yes"))])
    else:
        cp: list[tuple[str, frozenset[str]]] = []
        if rng.random() < 0.3:
            cp.append(P(rng.choice(CUST_OPEN[L])))
        if not si and rng.random() < 0.6:
            cp.append(P(c.cpick("cust_name")))
            c.decoy("customer_says_agent_name")
        cp.append(P(scen[1][vi_], *cats(scen[0])))
        if "complaint" in scen[0]:  # an upset complaint is honest "negative": the angry-caller pack applies
            angry_exchange(c, F, ANGRY[L], base=cp)
            anger = False
            c.decoy("complaint_statement_is_anger")
        else:
            c.add("customer", cp)
    angry_early = anger and rng.random() < 0.5
    if angry_early:
        angry_exchange(c, F, ANGRY[L])
    if rng.random() < 0.4:
        id_check(c)
        if rng.random() < 0.25:
            c.add("agent", [P(c.pick("address_readback"))])
            c.add("customer", [P(c.pick("cust_yes"))])
            c.decoy("address_readback")
    if not quick:
        if "no_confirm" not in F:
            c.add("agent", [P(scen[2][vi_], "confirm")])
            c.add("customer", [P(c.pick("cust_yes"))])
        else:
            c.decoy("no_restatement")
        if late:
            tags = {"late_greeting": "greeting", "late_company": "company", "late_self_intro": "self_intro",
                    "late_offer_help": "offer_help"}
            keys = {"late_greeting": "late_greeting", "late_company": "late_company",
                    "late_self_intro": "late_intro", "late_offer_help": "late_offer"}
            if "no_confirm" in F or rng.random() < 0.5:
                c.add("customer", [P("and um yeah i just wanted to get it sorted really" if L == "en"
                                     else c.fill("{x} cũng không biết phải làm sao nữa"))])
            if late_win >= 30:
                c.add("agent", [P(c.pick("hold"), "decoy_hold")])
            c.add("agent", [P(c.pick(keys[f]), tags[f]) for f in late], min_start=late_win + 2 + rng.uniform(0, 6))
            c.decoy("late_opening_phrase")
    if "card_readback" in F or rng.random() < 0.1:
        c.add("customer", [P(c.pick("cust_card"))])
        if "card_readback" in F:
            c.add("agent", [P(c.pick("readback"), "readback")])
        else:
            c.add("agent", [P(c.pick(rng.choice(["last4", "ref_readback"])))])
            c.decoy("customer_reads_card_agent_does_not")
    res_parts: list[tuple[str, frozenset[str]]] = []
    if rng.random() < 0.45:
        c.add("agent", [P(c.pick("hold"), "decoy_hold")])
        res_parts.append(P(c.pick("thanks_holding"), "decoy_thanks_holding"))
        c.decoy("thanks_for_holding")
        gap = rng.uniform(8, 45)
    else:
        gap = rng.uniform(0.3, 1.2)
    if not quick:
        if "no_resolution" in F:
            res_parts.append(P(c.fill(rng.choice(NORES[L]))))
        else:
            if rng.random() < 0.3 and set(scen[0]) & {"billing", "refund", "outage", "complaint"}:
                res_parts.append(P(c.pick("bank_apology")))
                c.decoy("bank_apology")
            if rng.random() < 0.3 and set(scen[0]) & {"billing", "refund"}:
                res_parts.append(P("normally the terms say that fee does apply but" if L == "en"
                                   else "dạ theo quy định thì phí này vẫn được thu nhưng"))
                c.decoy("neutral_policy_quote")
            res_parts.append(P(scen[3][vi_], "resolution"))
        c.add("agent", res_parts, gap=gap)
    elif res_parts:
        c.add("agent", res_parts + [P(c.pick("closing_filler"))], gap=gap)
    if anger and not angry_early:
        angry_exchange(c, F, ANGRY[L])
    c.add("customer", [P(c.pick("cust_ok"))], "positive" if rng.random() < 0.5 else "neutral")
    if long:
        for a, b in rng.sample([fb for fb in FILLER[L] if c.ok(fb[1])], 3):
            c.add("agent", [P(c.fill(a))])
            c.add("customer", [P(b)])
    if rng.random() < 0.15:
        c.add("agent", [P(c.pick("innocent"))])
        c.decoy("innocent_lookalike")
    scen2 = rng.choice([sc for sc in (EN_SCEN if L == "en" else VI_SCEN) if "complaint" not in sc[0]])
    v2 = c.variant(scen2[1])
    follow = "early_thanks" not in F and (long or rng.random() < 0.12)
    if follow:
        c.add("customer", [P(c.choose(CUST_MORE[L])), P(lead_trim(scen2[1][v2]), *cats(scen2[0]))])
        c.add("agent", [P(scen2[3][v2], "resolution")])
        c.add("customer", [P(c.pick("cust_ok"))])
        all_cats += scen2[0]
    kw: dict[str, Any] = {"min_start": 50.0} if not oh else {}
    if "no_anything_else" not in F:
        c.add("agent", [P(c.pick("anything_else"), "anything_else")], **kw)
        c.add("customer", [P(c.pick("cust_no_more"))])
    closing: list[tuple[str, frozenset[str]]] = []
    if rng.random() < 0.3:
        closing.append(P(c.pick("closing_filler")))
    if "early_thanks" in F:
        c.add("agent", closing + [P(c.pick("thanks"), "thanks")], **kw)
        c.add("customer", [P(c.choose(CUST_MORE[L])), P(lead_trim(scen2[1][v2]), *cats(scen2[0]))])
        all_cats += scen2[0]
        c.add("agent", [P(c.pick("hold"), "decoy_hold")])
        c.add("agent", [P(scen2[3][v2], "resolution")], gap=rng.uniform(25, 40))
        c.add("customer", [P(c.pick("cust_ok"))])
        fin = [] if "no_goodbye" in F else [P(c.pick("goodbye"), "goodbye")]
        c.add("agent", fin or [P(c.pick("closing_filler"))])
        c.decoy("thanks_too_early")
    else:
        th = [] if "no_thanks" in F else [P(c.pick("thanks"), "thanks")]
        gb = [] if "no_goodbye" in F else [P(c.pick("goodbye"), "goodbye")]
        seq = gb + th if "goodbye_before_thanks" in F else th + gb
        if not seq:
            seq = [P(c.pick("closing_filler"))]
        early_bye = rng.random() < 0.2 and bool(gb)
        if early_bye:
            c.add("customer", [P(c.pick("cust_bye"))])
        c.add("agent", closing + seq, "positive" if th else "neutral", **kw)
    if "no_goodbye" in F or ("early_thanks" not in F and not early_bye and rng.random() < 0.3):
        c.add("customer", [P(c.pick("cust_bye"))], "positive" if rng.random() < 0.3 else "neutral")
        if "no_goodbye" in F:
            c.decoy("customer_goodbye_only")
    return all_cats


def outbound_call(c: Call, F: set[str], anger: bool, long: bool) -> list[str]:
    rng, L = c.rng, c.lang
    ow = OUT_W[L]
    purpose, reply, rcats, res = rng.choice(OUT_SCEN[L])
    if L == "vi":
        c.x = "chị" if "chị" in reply.split() else "anh"
    purpose, res = c.fill(purpose), c.fill(res)
    c.add("customer", [P(rng.choice(CUST_OPEN[L]))])
    late_id = [f for f in ["late_identify_self", "late_identify_company"] if f in F]
    parts = [P(c.pick("greeting", ow))]
    if not ({"no_identify_self", "late_identify_self"} & F):
        parts.append(P(c.pick("self", ow), "ob_self"))
    if not ({"no_identify_company", "late_identify_company"} & F):
        parts.append(P(c.pick("company", ow), "ob_company"))
    if late_id or rng.random() < 0.3:
        parts.append(P(c.pick("check_person", ow)))
    c.add("agent", parts)
    if late_id:
        c.add("customer", [P(c.cpick("cust_wait", ow))])
        c.add("customer", [P(c.cpick("cust_back", ow))], gap=rng.uniform(25, 35))
        c.add("agent", [P(c.pick({"late_identify_self": "late_self", "late_identify_company": "late_company"}[f], ow),
                          {"late_identify_self": "ob_self", "late_identify_company": "ob_company"}[f]) for f in late_id])
        c.decoy("late_identification")
    else:
        c.add("customer", [P(c.cpick("cust_pick", ow))])
    rec = [] if ({"no_recording", "late_recording"} & F) else [P(c.pick("recording", ow), "recording")]
    con = [] if (not rec or {"no_consent", "late_consent"} & F) else [P(c.pick("consent", ow), "consent")]
    if "no_recording" in F and rng.random() < 0.6:
        c.add("customer", [P(c.cpick("cust_record_q", ow))])
        c.add("agent", [P(c.pick("dodge", ow))])
        c.decoy("recording_question_dodged")
    cats_out: list[str] = []
    if "no_purpose" in F:
        c.add("agent", rec + con)
        if con:
            c.add("customer", [P(c.cpick("cust_consent", ow))])
        c.add("customer", [P("sorry i'm really busy can you call me back tomorrow" if L == "en"
                             else c.fill("xin lỗi {x} đang bận em gọi lại sau nhé"))])
        c.add("agent", [P("of course no problem i'll try you tomorrow bye" if L == "en"
                          else c.fill("dạ vâng em sẽ gọi lại sau ạ em chào {x}"))])
        c.decoy("call_cut_short")
        return cats_out
    if "late_purpose" in F:
        c.add("agent", rec + con)
        if con:
            c.add("customer", [P(c.cpick("cust_consent", ow))])
        id_check(c)
        c.add("customer", [P(c.cpick("cust_wait", ow))])
        c.add("customer", [P(c.cpick("cust_back", ow))], gap=rng.uniform(10, 20))
        c.add("agent", [P(c.pick("late_purpose", ow) + " " + purpose, "purpose")], min_start=63 + rng.uniform(0, 6))
    else:
        seq = [P(purpose, "purpose")] + rec + con if rng.random() < 0.6 else rec + con + [P(purpose, "purpose")]
        c.add("agent", seq)
        if con:
            c.add("customer", [P(c.cpick("cust_consent", ow))])
    if "late_recording" in F:
        c.add("customer", [P(c.cpick("cust_wait", ow))])
        c.add("agent", [P(c.pick("late_recording", ow), "recording")], min_start=63 + rng.uniform(0, 8))
        c.decoy("late_recording")
    if anger:
        angry_exchange(c, F, OUT_ANGRY[L])
    c.add("customer", [P(reply, *cats(rcats))])
    cats_out += rcats
    if rng.random() < 0.3:
        c.add("agent", [P(c.pick("note", ow))])
        c.decoy("record_word_not_disclosure")
    if "late_consent" in F:
        c.add("agent", [P(c.pick("hold"), "decoy_hold")])
        c.add("agent", [P(c.pick("late_consent", ow), "consent")], min_start=93 + rng.uniform(0, 8))
        c.add("customer", [P(c.cpick("cust_consent", ow))])
        c.decoy("late_consent")
    if "card_readback" in F:
        c.add("customer", [P(c.pick("cust_card"))])
        c.add("agent", [P(c.pick("readback"), "readback")])
    c.add("agent", [P(res)])
    if long:
        for a, b in rng.sample([fb for fb in FILLER[L] if c.ok(fb[1])], 3):
            c.add("agent", [P(c.fill(a))])
            c.add("customer", [P(b)])
    c.add("customer", [P(c.pick("cust_ok"))])
    c.add("agent", [P(c.pick("close", ow))])
    return cats_out


MID = {"blame": "blame", "rude": "rude", "profanity": "profanity", "profanity_vi_strict": "profanity_strict"}


def insert_mid_faults(c: Call, F: set[str]) -> None:
    idx = [i for i, s in enumerate(c.segs) if s["speaker"] == "agent" and 0 < i < len(c.segs) - 2
           and not s.get("interrupt")]
    answers = [i for i in idx if c.segs[i - 1]["speaker"] == "customer"] or idx
    for f, key in MID.items():
        if f not in F:
            continue
        tag = "strict" if f == "profanity_vi_strict" else f
        reply = f in ("blame", "rude")  # said in answer to the customer
        i = c.rng.choice(answers if reply else idx)
        part = P(c.pick(key), tag)
        if reply or c.rng.random() < 0.5:
            c.segs[i]["parts"].insert(0, part)
        else:
            c.segs[i]["parts"].append(part)


# ---------------------------------------------------------------------------
# Fault plan
# ---------------------------------------------------------------------------
INBOUND_RULES = [r for r in RULES if r.startswith("inbound/")]
OUTBOUND_RULES = [r for r in RULES if r.startswith("outbound/")]
ANY_RULES = ["angry_caller/empathy", "angry_caller/no_blame", "angry_caller/no_interrupting_angry_customer",
             "forbidden/profanity", "forbidden/rude", "forbidden/no_card_readback"]
EXCLUSIVE = [({"resolution_before_greeting"}, {"no_greeting", "late_greeting", "no_resolution"}),
             ({"goodbye_before_thanks"}, {"no_thanks", "early_thanks", "no_goodbye"}),
             ({"no_consent", "late_consent"}, {"no_recording", "late_recording"}),
             ({"no_purpose"}, {"late_recording", "late_consent", "card_readback", "no_empathy", "late_empathy",
                               "interrupt_angry"})]
ANGER_FAULTS = {"no_empathy", "late_empathy", "interrupt_angry"}


def compatible(faults: set[str], f: str) -> bool:
    if any(FAULT_RULE[g] == FAULT_RULE[f] for g in faults):
        return False
    return not any((f in a and faults & b) or (f in b and faults & a) for a, b in EXCLUSIVE)


def plan(lang: str, rng: random.Random) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = [{"direction": "inbound", "faults": set()} for _ in range(N_INBOUND)]
    calls += [{"direction": "outbound", "faults": set()} for _ in range(N_OUTBOUND)]
    rng.shuffle(calls)
    clean = set(rng.sample(range(len(calls)), 12))

    def pool(rules: list[str], n: int) -> list[str]:
        out = []
        for r in rules:
            fs = RULE_FAULTS[r]
            k = 5 if r == "forbidden/profanity" and lang == "vi" else n
            out += [fs[i % len(fs)] for i in range(k)]
        return out

    stages = [("inbound", pool(INBOUND_RULES, FAILS_PER_LANG)), ("outbound", pool(OUTBOUND_RULES, FAILS_PER_LANG)),
              (None, pool(ANY_RULES, FAILS_PER_LANG) + (["profanity_vi_strict"] * STRICT_FAILS_VI if lang == "vi" else []))]
    for direction, faults in stages:
        rng.shuffle(faults)
        for f in faults:
            for cap in (2, 3):
                cand = [i for i, c in enumerate(calls) if i not in clean and len(c["faults"]) < cap
                        and (direction is None or c["direction"] == direction) and compatible(c["faults"], f)]
                if cand:
                    break
            else:
                raise RuntimeError(f"cannot place {f}")
            low = min(len(calls[i]["faults"]) for i in cand)
            i = rng.choice([i for i in cand if len(calls[i]["faults"]) == low])
            calls[i]["faults"].add(f)
    for c in calls:
        c["anger"] = bool(c["faults"] & ANGER_FAULTS)
    others = [c for c in calls if not c["anger"] and "no_purpose" not in c["faults"]]
    for c in rng.sample(others, 22):
        c["anger"] = True
    for c in calls:
        c["long"] = False
    for c in rng.sample([c for c in calls if "no_purpose" not in c["faults"]], 8):
        c["long"] = True
    return calls


def build_call(lang: str, spec: dict[str, Any], seed: int) -> dict[str, Any]:
    F: set[str] = spec["faults"]
    last: Exception | None = None
    for attempt in range(60):
        rng = random.Random(seed * 1000 + attempt)
        agents = EN_AGENTS if lang == "en" else VI_AGENTS
        agent = rng.choice(agents)
        said = agent.split()[0] if lang == "en" else agent.split()[-1]
        c = Call(lang, rng, said, rng.choice(["anh", "chị"]) if lang == "vi" else "")
        builder = inbound_call if spec["direction"] == "inbound" else outbound_call
        builder(c, F, spec["anger"], spec["long"])
        cats_ = [t[4:] for seg in c.segs if seg["speaker"] == "customer" for _, tags in seg["parts"]
                 for t in tags if t.startswith("cat:")]
        insert_mid_faults(c, F)
        if rng.random() < 0.15:
            mark_benign_interrupt(c)
        r = render(c, rng)
        try:
            truth = compute_truth(r, lang, spec["direction"])
        except Ambiguous as e:
            last = e
            continue
        bad = [f for f in F if truth[FAULT_RULE[f]] != "fail"]
        faulted = {FAULT_RULE[f] for f in F}
        if "profanity_vi_strict" in F:  # a toned swear word is profanity too
            faulted.add("forbidden/profanity")
        extra = [k for k, v in truth.items() if v == "fail" and k not in faulted]
        if bad or extra:
            last = RuntimeError(f"intent mismatch bad={bad} extra={extra}")
            continue
        segs = r["segments"]
        return {
            "language": lang,
            "metadata": {"direction": spec["direction"],
                         "queue": rng.choice(EN_QUEUES if lang == "en" else VI_QUEUES),
                         "agent_name": agent, "language": lang},
            "faults": sorted(F), "decoys": c.decoys,
            "context": f"{spec['direction']}:{'+'.join(sorted(set(cats_))) or 'none'}"
                       + (":long" if spec["long"] else "") + (":angry" if spec["anger"] else ""),
            "segments": [{k: s[k] for k in ("speaker", "start", "end", "text", "words")} for s in segs],
            "sentiment": [s["sentiment"] for s in segs],
            "metrics": {"speaker_separated": True, "interruptions": r["interruptions"], "raised_voice": r["raised"]},
            "truth": truth,
            "categories": [k for k in CATEGORIES if k in set(cats_)],
        }
    raise RuntimeError(f"call {lang} {seed} {sorted(F)}: {last}")


def mark_benign_interrupt(c: Call) -> None:
    """Decoy: the agent talks over a calm customer (never an angry one)."""
    for i in range(2, len(c.segs)):
        a, b = c.segs[i - 1], c.segs[i]
        words = sum(len(t.split()) for t, _ in a["parts"])
        if (a["speaker"] == "customer" and b["speaker"] == "agent" and a["sentiment"] != "negative"
                and words >= 9 and not b.get("interrupt") and not b.get("min_start")):
            b["interrupt"] = True
            c.decoy("agent_interrupts_calm_customer")
            return


# ---------------------------------------------------------------------------
# Validation and report
# ---------------------------------------------------------------------------
KEYS = ["id", "split", "language", "metadata", "faults", "decoys", "context", "segments", "sentiment", "metrics",
        "truth", "categories"]


def validate(rows: list[dict[str, Any]]) -> list[str]:
    errs: list[str] = []
    ids = set()
    for row in rows:
        rid = row["id"]
        e = errs.append
        if list(row) != KEYS:
            e(f"{rid}: keys {list(row)}")
        if rid in ids:
            e(f"{rid}: duplicate id")
        ids.add(rid)
        segs = row["segments"]
        if not 5 <= len(segs) <= 40:
            e(f"{rid}: {len(segs)} segments")
        if len(row["sentiment"]) != len(segs) or not set(row["sentiment"]) <= {"negative", "neutral", "positive"}:
            e(f"{rid}: sentiment")
        prev_start = -1.0
        for s in segs:
            if s["speaker"] not in ("agent", "customer") or not s["end"] > s["start"] > prev_start:
                e(f"{rid}: segment times {s['start']}-{s['end']}")
            prev_start = s["start"]
            if [w[2] for w in s["words"]] != s["text"].split(" ") or "" in s["text"].split(" "):
                e(f"{rid}: words != text")
            last = s["start"] - 0.001
            for a, b, _ in s["words"]:
                if not (s["start"] <= a < b <= s["end"] and a >= last):
                    e(f"{rid}: word times")
                last = b
        direction = row["metadata"]["direction"]
        tr = row["truth"]
        if list(tr) != RULES or not set(tr.values()) <= {"pass", "fail", "not_applicable"}:
            e(f"{rid}: truth keys/values")
        for r, v in tr.items():
            scoped = r.split("/")[0] in ("inbound", "outbound")
            if scoped and (v == "not_applicable") != (r.split("/")[0] != direction) and not r.endswith(
                    ("_before_resolution", "_before_goodbye", "/consent")):
                e(f"{rid}: {r} direction scope")
            if scoped and r.split("/")[0] != direction and v != "not_applicable":
                e(f"{rid}: {r} should be n/a")
        if (tr["forbidden/profanity_vi_strict"] == "not_applicable") != (row["language"] == "en"):
            e(f"{rid}: strict scope")
        if tr["forbidden/profanity_vi_strict"] == "fail" and tr["forbidden/profanity"] != "fail":
            e(f"{rid}: strict fail without profanity fail")
        angry = any(s == "negative" and g["speaker"] == "customer" for s, g in zip(row["sentiment"], segs, strict=True)) or bool(
            row["metrics"]["raised_voice"])
        for r in ("angry_caller/empathy", "angry_caller/no_interrupting_angry_customer"):
            if (tr[r] == "not_applicable") == angry:
                e(f"{rid}: {r} vs anger")
        if any(s == "negative" and g["speaker"] == "agent" for s, g in zip(row["sentiment"], segs, strict=True)):
            e(f"{rid}: agent segment labelled negative")
        for it in row["metrics"]["interruptions"]:
            hit = [g for g in segs if g["speaker"] == "agent" and abs(g["start"] - it["start_s"]) < 0.01]
            if not hit:
                e(f"{rid}: interruption without an agent segment starting there")
        if direction == "inbound":
            if tr["inbound/greeting"] == "fail" or tr["inbound/resolution"] == "fail":
                if tr["inbound/greeting_before_resolution"] != "not_applicable":
                    e(f"{rid}: order rule should be n/a")
            elif tr["inbound/greeting_before_resolution"] == "not_applicable":
                e(f"{rid}: order rule should apply")
            if "fail" in (tr["inbound/thanks"], tr["inbound/goodbye"]):
                if tr["inbound/thanks_before_goodbye"] != "not_applicable":
                    e(f"{rid}: closing order should be n/a")
            elif tr["inbound/thanks_before_goodbye"] == "not_applicable":
                e(f"{rid}: closing order should apply")
        else:
            if (tr["outbound/recording_disclosure"] == "fail") != (tr["outbound/consent"] == "not_applicable"):
                e(f"{rid}: consent n/a iff no disclosure")
        if not set(row["categories"]) <= set(CATEGORIES):
            e(f"{rid}: categories")
        if sorted(row["faults"]) != row["faults"]:
            e(f"{rid}: faults order")
    return errs


def report(rows: list[dict[str, Any]]) -> str:
    lines = ["| rule | fail | pass | n/a | fail en | fail vi |", "|---|---|---|---|---|---|"]
    for r in RULES:
        cnt = Counter(row["truth"][r] for row in rows)
        fl = Counter(row["language"] for row in rows if row["truth"][r] == "fail")
        lines.append(f"| {r} | {cnt['fail']} | {cnt['pass']} | {cnt['not_applicable']} | {fl['en']} | {fl['vi']} |")
    lines += ["", "| category | calls | en | vi |", "|---|---|---|---|"]
    for k in CATEGORIES:
        cc = Counter(row["language"] for row in rows if k in row["categories"])
        lines.append(f"| {k} | {cc['en'] + cc['vi']} | {cc['en']} | {cc['vi']} |")
    nf = Counter(len(row["faults"]) for row in rows)
    nseg = [len(row["segments"]) for row in rows]
    dirs = Counter((row["language"], row["metadata"]["direction"]) for row in rows)
    lines += ["", f"calls: {len(rows)}; by language/direction: "
              + ", ".join(f"{a} {b} {n}" for (a, b), n in sorted(dirs.items())),
              "faults per call: " + ", ".join(f"{k}: {v}" for k, v in sorted(nf.items())),
              f"segments per call: min {min(nseg)}, max {max(nseg)}, "
              f"over 15: {sum(n > 15 for n in nseg)}"]
    return "\n".join(lines)


def main() -> int:
    rows: list[dict[str, Any]] = []
    for li, lang in enumerate(["en", "vi"]):
        rng = random.Random(SEED + li)
        specs = plan(lang, rng)
        for i, spec in enumerate(specs):
            row = build_call(lang, spec, SEED + li * 100000 + i)
            rows.append({"id": f"{lang}-heldout4-{i:03d}", "split": "heldout4", **row})
    errs = validate(rows)
    for e in errs[:50]:
        print("ERROR", e, file=sys.stderr)
    if errs:
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(report(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
