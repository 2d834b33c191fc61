"""Build heldout21: a blind held-out set for aqm's compliance rules and call drivers.

Standard library only; every wording is written by hand in this file. Seeded from a SHA-256 of
"heldout21-20261205". `python3 build_heldout21.py` writes heldout21.jsonl, validates it and
prints the count tables; `--check` rebuilds in memory and compares byte for byte.
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
import unicodedata
from pathlib import Path

SEED = "heldout21-20261205"
HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout21.jsonl"

KEYS = [
    "inbound/greeting", "inbound/company_name", "inbound/self_intro", "inbound/offer_help",
    "inbound/confirm_problem", "inbound/resolution", "inbound/anything_else",
    "inbound/thanks", "inbound/goodbye", "inbound/greeting_before_resolution",
    "inbound/thanks_before_goodbye", "outbound/identify_self", "outbound/identify_company",
    "outbound/purpose", "outbound/recording_disclosure", "outbound/consent",
    "angry_caller/empathy", "angry_caller/no_blame",
    "angry_caller/no_interrupting_angry_customer", "forbidden/profanity",
    "forbidden/profanity_vi_strict", "forbidden/rude", "forbidden/no_card_readback",
]
INB = [k for k in KEYS if k.startswith("inbound/")]
OUTB = [k for k in KEYS if k.startswith("outbound/")]
CATS = ["address_change", "billing", "cancellation", "card_lost", "complaint", "fraud",
        "outage", "payment", "refund"]


def rng_for(label: str) -> random.Random:
    digest = hashlib.sha256(f"{SEED}/{label}".encode()).hexdigest()
    return random.Random(int(digest[:16], 16))


# ---------------------------------------------------------------- agents (style, full, spoken)
EN_AGENTS = [
    ("terse", "Devika Rao", "Devika"), ("terse", "Gareth Pryce", "Gareth"),
    ("casual", "Lily Oduya", "Lily"), ("casual", "Sam Kirkwood", "Sam"),
    ("american", "Brandon Alvarez", "Brandon"), ("american", "Kayla Morgan", "Kayla"),
    ("scottish", "Eilidh Fraser", "Eilidh"), ("scottish", "Hamish Baird", "Hamish"),
    ("phonetic", "Niamh Carter", "Niamh"), ("phonetic", "Yusuf Ahmed", "Yusuf"),
    ("formal", "Chidi Okafor", "Okafor"), ("formal", "Beatrice Hollis", "Hollis"),
]
VI_AGENTS = [
    ("quy_khach", "Lâm Thị Thoa", "Thoa"), ("quy_khach", "Trịnh Văn Toản", "Toản"),
    ("toi_formal", "Nguyễn Thị Nguyệt", "Nguyệt"), ("toi_formal", "Đoàn Văn Khải", "Khải"),
    ("hue", "Hồ Thị Phượng", "Phượng"), ("hue", "Nguyễn Văn Lực", "Lực"),
    ("loanword", "Trần Ngọc Yến", "Yến"), ("loanword", "Phạm Gia Huy", "Huy"),
    ("short", "Vũ Thị Huyền", "Huyền"), ("short", "Đinh Công Thiện", "Thiện"),
    ("warm", "Mai Thị Trinh", "Trinh"), ("warm", "Lương Văn Kha", "Kha"),
]
PHONETIC = {"Niamh": "that's N for November, I, A, M, H", "Yusuf": "Y U S U F"}

# style slots: greet, company, name, offer, restate, anyelse, thanks, bye, empathy, ok
EN_STYLE = {
    "terse": dict(
        greet=["Morning.", "Hi."], company=["Acme Bank."], name=["{n} here."],
        offer=["What's happened?", "Go on, tell me."], restate=["So {r}. Right?"],
        anyelse=["Anything else?"], thanks=["Thanks."], bye=["Bye."],
        empathy=["Sorry. That's rough."], ok="Right."),
    "casual": dict(
        greet=["Hiya,", "Hey there,"], company=["you're through to Acme,"],
        name=["it's {n} speaking,"], offer=["what can I do for you?", "go on, tell me."],
        restate=["No worries, so {r}, yeah?"],
        anyelse=["Anything more I can sort for you, mate?"],
        thanks=["Cheers for calling, mate.", "Much appreciated, mate."],
        bye=["Take it easy, bye.", "Speak soon."],
        empathy=["Oh mate, I'm really sorry, that's rubbish."], ok="No worries."),
    "american": dict(
        greet=["Hi there!", "Hey, good afternoon!"], company=["Welcome to Acme Bank,"],
        name=["my name's {n},"], offer=["how can I help you today?"],
        restate=["Okay, awesome, so {r}, correct?"],
        anyelse=["Is there anything else I can do for you today?"],
        thanks=["Thank you so much for calling!"], bye=["You have an awesome day, bye now."],
        empathy=["Oh gosh, I totally understand, I'm so sorry."], ok="You bet."),
    "scottish": dict(
        greet=["Hiya, good afternoon,", "Good morning,"], company=["Acme Bank,"],
        name=["you're speaking to {n},"], offer=["what can I do for you the day?"],
        restate=["Aye, so {r}, is that right?"],
        anyelse=["Anything else I can sort while you're on?"],
        thanks=["Thanks a lot for calling."], bye=["Cheerio now."],
        empathy=["Och, I'm sorry, that's a wee nightmare."], ok="Aye, okay."),
    "phonetic": dict(
        greet=["Good morning,", "Good afternoon,"], company=["Acme Bank,"],
        name=["my name is {n}, {spell},"], offer=["how may I help?"],
        restate=["Let me read that back: {r}."],
        anyelse=["Is there anything else today?"],
        thanks=["Thank you for calling."], bye=["Goodbye."],
        empathy=["I'm sorry, I do understand how stressful that is."], ok="Noted."),
    "formal": dict(
        greet=["Good day,", "Good afternoon,"], company=["and welcome to Acme Bank."],
        name=["{t} {n} speaking.", "{n} speaking."],
        offer=["How may I assist you today?"],
        restate=["If I have understood correctly, {r}."],
        anyelse=["Is there anything further I may assist with today?"],
        thanks=["Thank you for calling Acme Bank."], bye=["Goodbye, and have a pleasant day."],
        empathy=["I do apologise, that must be very distressing."], ok="Very well."),
}
VI_STYLE = {
    "quy_khach": dict(
        kh="quý khách", em="em", greet=["Xin kính chào quý khách,"],
        company=["Ngân hàng ABC xin nghe,"], name=["em là {n},"],
        offer=["em có thể giúp gì cho quý khách ạ?"],
        restate=["Dạ, như vậy là {r}, đúng không quý khách?"],
        anyelse=["Quý khách còn cần em hỗ trợ gì thêm không ạ?"],
        thanks=["Cảm ơn quý khách đã gọi."], bye=["Chào quý khách ạ."],
        empathy=["Dạ em rất tiếc, em hiểu quý khách đang lo."], ok="Dạ."),
    "toi_formal": dict(
        kh="{p}", em="tôi", greet=["Xin chào {p},"], company=["đây là Ngân hàng ABC,"],
        name=["tôi là {n},"], offer=["tôi có thể hỗ trợ gì cho {p}?"],
        restate=["Tôi xin nhắc lại: {r}, phải không {p}?"],
        anyelse=["{P} còn cần tôi hỗ trợ gì khác không?"],
        thanks=["Cảm ơn {p} đã liên hệ."], bye=["Xin chào {p}."],
        empathy=["Tôi rất thông cảm với {p}, tôi xin lỗi vì chuyện này."], ok="Vâng."),
    "hue": dict(
        kh="{p}", em="em", greet=["Dạ em chào {p},"], company=["Ngân hàng ABC đây,"],
        name=["em là {n} nghe,"], offer=["{p} cần chi, {p} cứ nói em nghe hỉ."],
        restate=["Dạ rứa là {r}, phải không {p}?"],
        anyelse=["Còn vướng gì nữa không {p} hỉ?"],
        thanks=["Dạ cám ơn {p} nhiều."], bye=["Dạ thôi nhé, chào {p}."],
        empathy=["Dạ em hiểu, rứa thì khổ cho {p} quá, em xin lỗi."], ok="Dạ rứa."),
    "loanword": dict(
        kh="{p}", em="em", greet=["Hi {p}, em chào {p},"], company=["bên em là ABC Bank,"],
        name=["em {n} nha,"], offer=["{p} cần em support gì ạ?"],
        restate=["Ok, em confirm lại là {r}, đúng không {p}?"],
        anyelse=["{P} còn gì cần em check thêm không?"],
        thanks=["Cảm ơn {p} nhiều nha."], bye=["Bye {p}, chào {p} nha."],
        empathy=["Em hiểu, em sorry {p} nha, vụ này mệt thật."], ok="Ok {p}."),
    "short": dict(
        kh="{p}", em="em", greet=["Chào {p}."], company=["ABC đây."], name=["Em {n}."],
        offer=["{P} cần gì ạ?"], restate=["Tức là {r}. Đúng không ạ?"],
        anyelse=["Còn gì nữa không ạ?"], thanks=["Cảm ơn {p}."], bye=["Chào {p}."],
        empathy=["Em xin lỗi. Em hiểu."], ok="Dạ."),
    "warm": dict(
        kh="{p}", em="em", greet=["Dạ em chào {p} ạ,"], company=["Ngân hàng ABC xin nghe ạ,"],
        name=["em tên là {n}, rất vui được nói chuyện với {p},"],
        offer=["hôm nay em giúp gì được cho {p} đây ạ?"],
        restate=["Dạ dạ, để em nói lại cho chắc nha: {r}, đúng không {p}?"],
        anyelse=["{P} còn vướng gì nữa không, cứ nói em nghe nha?"],
        thanks=["Dạ em cảm ơn {p} nhiều lắm nha."], bye=["Em chào {p}, chúc {p} một ngày vui."],
        empathy=["Trời ơi, em hiểu mà, em thương {p} quá, em xin lỗi {p} nha."],
        ok="Dạ vâng ạ."),
}

# ---------------------------------------------------------------- speakers
EN_SPEAKERS = [
    ("a Glasgow bus driver on a break", "Sorry, I've only got ten minutes before my route."),
    ("a student whispering in a library", "Sorry, I have to whisper, I'm in the library."),
    ("a pub landlady", "Hang on, love, let me get away from the bar."),
    ("a vicar", "Bless you for picking up so quickly."),
    ("a chef in a loud kitchen", "Sorry about the racket, service starts in twenty."),
    ("an elderly man with a hearing aid", "Speak up a bit, would you, my aid's playing up."),
    ("a Polish-British builder", "Sorry, I'm on scaffold, bit windy up here."),
    ("a call-centre worker herself", "I know how this goes, I do your job for a telco."),
]
VI_SPEAKERS = [
    ("cô giáo ở Huế", "chị", "Dạ, răng mà rứa hè, chị hỏi cái ni chút."),
    ("thợ xây Nghệ An", "anh", "Tau nói mi nghe, rứa là răng."),
    ("người trồng cây ăn trái ở Vĩnh Long", "chú", "Chú đang ngoài vườn chôm chôm nghen."),
    ("tài xế taxi Đà Nẵng", "anh", "Anh đang đỗ xe đón khách, nói lẹ giùm."),
    ("đại tá về hưu ở Hà Nội", "bác", "Tôi xin phép trình bày ngắn gọn."),
    ("sinh viên Thủ Đức", "bạn", "Dạ mình đang ở ký túc xá."),
    ("chủ tiệm nail mới về từ Mỹ", "chị", "Chị mới về từ Mỹ, nói tiếng Việt lộn xộn, sorry nha."),
    ("bà bán bún ở chợ", "cô", "Cô đang bán hàng, ồn lắm con."),
]

# ---------------------------------------------------------------- scenarios
# inbound: (id, categories, decoy tag or "", problem, restatement clause, resolution)
EN_IN = [
    ("late_father_account", ["cancellation"], "",
     "My dad passed away last month and I need to close his current account.",
     "you're closing your late father's current account",
     "I've started the bereavement closure; send the death certificate by post and the "
     "balance goes to the estate within ten working days."),
    ("gambling_block", [], "",
     "I want a block on my card for betting sites, I've been losing too much.",
     "you'd like gambling payments blocked on your debit card",
     "The gambling block is on now; it takes forty-eight hours to lift if you ever ask."),
    ("rent_order_bounced", ["billing", "payment"], "",
     "My rent standing order bounced and you've charged me a fee, and I still need to pay "
     "the landlord today.",
     "the rent standing order failed, you were charged for it, and the rent still has to go",
     "I've sent the rent now as a one-off payment and taken the returned-item fee off."),
    ("cloned_at_petrol", ["fraud", "refund"], "",
     "There are four payments in Leeds I never made, I think my card got cloned at the "
     "petrol station, and I want that money back.",
     "four Leeds payments aren't yours, probably from the petrol station, and you want them "
     "refunded",
     "I've stopped the card, raised a fraud claim for the four payments, and a new card "
     "comes in three days."),
    ("pension_lump_sum", [], "",
     "My pension lump sum was due on Monday and it hasn't landed.",
     "the pension tax-free lump sum due Monday hasn't arrived",
     "Nothing's come in yet; I've set a trace on it and we'll text you the moment it lands."),
    ("christmas_club", ["refund"], "",
     "The Christmas savings club kept a bonus back and I want it refunded to me.",
     "the Christmas club payout was short by the bonus and you want that back",
     "I've credited the missing bonus to your current account just now."),
    ("power_of_attorney", [], "",
     "I've got power of attorney for my mum and want to register it.",
     "you're registering a power of attorney for your mother's accounts",
     "Bring the certified copy to any branch or post it in; it's live within a week."),
    ("crypto_blocked", ["outage"], "",
     "The app keeps throwing an error whenever I send money to my crypto exchange, it's been "
     "down all morning for that.",
     "transfers to your crypto exchange fail with an error in the app",
     "There's a fault on payments to exchanges, engineers are on it, and it should be fixed "
     "by six tonight."),
    ("council_tax", ["payment"], "",
     "I want to pay my council tax from my savings account today.",
     "you want to pay this year's council tax out of savings",
     "That's paid, three hundred and twelve pounds to the council, reference CT eight one."),
    ("care_home_move", ["address_change"], "",
     "My aunt's moving into a care home and her letters need to go there.",
     "your aunt is going into a care home and her post needs updating",
     "Her address is updated to the care home from today."),
    ("child_account_closed", ["complaint"], "",
     "You closed my son's savings account without asking me and I want this escalated.",
     "your son's savings account was closed without your say-so and you want to escalate",
     "I've logged a formal complaint; a manager calls you within two working days."),
    ("payday_outage", ["outage"], "",
     "Online banking won't load at all and it's payday, I can't see my wages.",
     "online banking is down on payday and you can't see your pay",
     "There's a national outage; it should be back within the hour, and your wages are in."),
    ("cafe_terminal_fee", ["billing", "cancellation"], "",
     "I run a café and you're still charging rental for a card terminal I sent back, and I "
     "want the rental stopped.",
     "the café is still paying terminal rental after you returned it and you want it stopped",
     "I've ended the rental agreement and reversed this month's terminal charge."),
    ("charity_twice", ["billing", "refund"], "",
     "My charity donation came out twice this month, I want one of them back.",
     "the charity direct debit was taken twice and you want the second refunded",
     "I've raised an indemnity claim on the duplicate; it's back in your account by Friday."),
    ("phone_stolen_app", ["card_lost"], "",
     "My phone got nicked with the banking app on it, and my card was in the case.",
     "your phone and the card tucked in its case have been stolen",
     "I've frozen the card and logged the app out; a new card is on its way."),
    ("cancel_old_isa", ["cancellation"], "",
     "I want to close an old cash ISA I never use.",
     "you're closing a dormant cash ISA",
     "The ISA is closed and the balance moves to your current account today."),
    ("overdraft_fee_query", ["billing"], "",
     "There's an overdraft fee on my statement and I was never overdrawn.",
     "there's an overdraft fee on your statement but you never went overdrawn",
     "It was a timing error; I've taken the fee off and it shows tomorrow."),
    ("lost_card_train", ["card_lost"], "",
     "I've lost my card on the train home, it's gone.",
     "your card was lost on the train",
     "The card is cancelled and a new one goes out tonight, with the same PIN."),
    # category decoys
    ("expired_card", [], "card_expired_not_lost",
     "My card expired yesterday and the new one never came, I haven't lost anything.",
     "your card has expired and the replacement hasn't arrived",
     "I've reissued it to your home address; it's there in four days."),
    ("branch_address", [], "branch_address_not_address_change",
     "What's the address of your branch in Harrogate? I need to drop a form in.",
     "you need the Harrogate branch address to hand in a form",
     "It's fourteen Station Parade, open nine till five."),
    ("did_payment_arrive", [], "payment_arrived_question_not_payment",
     "I sent my builder a transfer yesterday, can you see if it arrived?",
     "you want to know if yesterday's transfer to the builder got there",
     "Yes, it was received at eleven yesterday; it's with his bank."),
    ("thought_cancelling", [], "thought_about_cancelling_not_cancellation",
     "I thought about cancelling my credit card but no, I'll keep it, I just want the limit "
     "checked.",
     "you're keeping the credit card and want the limit checked",
     "Your limit is two thousand five hundred and nothing's changed."),
    ("staff_praise", [], "praise_not_complaint",
     "I just want to say the lady at the Bolton branch was brilliant last week.",
     "you'd like to pass on praise for the Bolton branch staff",
     "I've logged that as a commendation; it goes to her manager today."),
    ("own_phone_broken", [], "own_phone_broken_not_outage",
     "My phone screen's smashed so I can't use the app, there's nothing wrong with your end.",
     "your own phone is broken so you can't get into the app",
     "You can use online banking on a computer; I've sent the login steps by email."),
    ("forgot_payment", [], "forgotten_payment_not_fraud",
     "I thought there was a payment I didn't make, the forty pounds to Harpers, oh wait, no, "
     "that's my gym, sorry.",
     "the Harpers payment you queried is your own gym",
     "Nothing to do then; it's a regular payment and it's all in order."),
    ("refund_policy_q", [], "refund_policy_question_not_refund",
     "If I ever paid a scammer, would you refund me? Nothing's happened, I'm just asking.",
     "you're asking about the refund policy for scams, with nothing to claim",
     "Each case is looked at under the reimbursement code; the leaflet link is in a text now."),
    ("fee_accepted", [], "fee_explained_accepted_not_billing",
     "What's this two pound fee? Oh, for the paper statement. Right, that's fine then.",
     "you wanted to know about the paper statement fee and you're happy with it",
     "Great, it stays as it is, and you can switch to paperless any time."),
]
VI_IN = [
    ("chuyen_nham_nguoi_la", ["refund"], "",
     "Tôi chuyển nhầm năm triệu cho một người lạ, muốn lấy lại tiền.",
     "{p} chuyển nhầm năm triệu cho người lạ và muốn đòi lại",
     "{Em} đã gửi yêu cầu tra soát hoàn trả; ngân hàng nhận sẽ liên hệ người nhận trong bảy "
     "ngày."),
    ("tai_khoan_ngu_dong", [], "",
     "Tài khoản của tôi bị ngủ đông, giờ muốn dùng lại.",
     "tài khoản của {p} đang ngủ đông và {p} muốn kích hoạt lại",
     "{Em} đã mở lại tài khoản; {p} đăng nhập lại ứng dụng là dùng được ngay."),
    ("phi_thuong_nien", ["billing"], "",
     "Sao thẻ tín dụng bị trừ phí thường niên tám trăm nghìn, tôi tưởng được miễn.",
     "thẻ tín dụng bị thu phí thường niên mà {p} nghĩ là được miễn",
     "{Em} kiểm tra rồi, thẻ đủ điều kiện miễn phí; {em} đã hoàn phí, hai ngày sẽ thấy."),
    ("atm_nuot_the", ["outage"], "",
     "Cây ATM ở Hàng Bài bị treo rồi nuốt thẻ của tôi luôn.",
     "cây ATM ở Hàng Bài bị lỗi và giữ thẻ của {p}",
     "Cây đó đang lỗi, {em} đã báo kỹ thuật; {p} ra phòng giao dịch Hàng Bài nhận lại thẻ "
     "sau ba giờ chiều."),
    ("xkld_nhat_doi_dia_chi", ["address_change"], "",
     "Tôi sắp đi xuất khẩu lao động bên Nhật, muốn đổi địa chỉ nhận thư về nhà chị gái.",
     "{p} đi lao động ở Nhật và muốn đổi địa chỉ nhận thư về nhà chị gái",
     "{Em} đã cập nhật địa chỉ mới, từ tháng sau thư gửi về nhà chị gái {p}."),
    ("gia_danh_cong_an", ["fraud", "refund"], "",
     "Có người gọi giả danh công an, xong tài khoản tôi bị trừ mười triệu mà tôi không làm, "
     "tôi muốn lấy lại tiền.",
     "sau cuộc gọi giả danh công an tài khoản bị trừ mười triệu lạ và {p} muốn đòi lại",
     "{Em} đã khoá tài khoản, lập hồ sơ giả mạo và báo ngân hàng nhận; có kết quả trong "
     "mười lăm ngày."),
    ("dong_tien_nuoc", ["payment"], "",
     "Tôi muốn đóng tiền nước tháng này qua tài khoản.",
     "{p} muốn thanh toán tiền nước tháng này",
     "{Em} đã thanh toán xong hai trăm mười nghìn tiền nước, biên nhận gửi qua tin nhắn."),
    ("ma_qr_khong_quet", ["outage"], "",
     "Mã QR ở quầy không quét được, ứng dụng báo lỗi suốt từ sáng.",
     "ứng dụng không quét được mã QR từ sáng",
     "Tính năng quét đang lỗi toàn hệ thống, khoảng hai tiếng nữa sẽ xong."),
    ("huy_bao_hiem_vay", ["cancellation", "refund"], "",
     "Tôi muốn huỷ gói bảo hiểm đi kèm khoản vay và lấy lại phí đã đóng.",
     "{p} muốn huỷ bảo hiểm khoản vay và nhận lại phí",
     "{Em} đã gửi yêu cầu huỷ; phí sẽ hoàn về tài khoản trong mười ngày làm việc."),
    ("mat_the_ben_xe", ["card_lost"], "",
     "Tôi làm mất thẻ ở bến xe Miền Đông rồi.",
     "{p} bị mất thẻ ở bến xe Miền Đông",
     "{Em} đã khoá thẻ và làm thẻ mới, năm ngày sẽ tới."),
    ("kieu_hoi_my", [], "",
     "Con tôi gửi kiều hối từ Mỹ về ba hôm rồi mà chưa thấy.",
     "khoản kiều hối con {p} gửi từ Mỹ ba hôm chưa về",
     "Khoản tiền đang ở ngân hàng trung gian, {em} đã tra soát, mai sẽ về."),
    ("hoc_phi_tieng_anh", ["payment"], "",
     "Tôi muốn đóng học phí tiếng Anh cho con ở trung tâm.",
     "{p} muốn đóng học phí tiếng Anh cho con",
     "{Em} đã chuyển học phí xong, trung tâm sẽ nhận trong hôm nay."),
    ("the_het_han", ["complaint"], "",
     "Thẻ hết hạn hai tuần rồi mà chưa nhận thẻ mới, tôi muốn khiếu nại chuyện này.",
     "thẻ của {p} hết hạn mà thẻ mới chưa tới và {p} muốn khiếu nại",
     "{Em} đã ghi nhận khiếu nại và phát hành lại thẻ, giao nhanh trong hai ngày."),
    ("phi_sms_sai", ["billing", "refund"], "",
     "Phí tin nhắn tháng này bị thu gấp ba, tôi muốn lấy lại phần thừa.",
     "phí tin nhắn bị thu gấp ba và {p} muốn lấy lại phần thừa",
     "{Em} đã hoàn phần thu thừa, tối nay sẽ vào tài khoản."),
    ("huy_the_phu", ["cancellation"], "",
     "Tôi muốn huỷ thẻ phụ của con trai.",
     "{p} muốn huỷ thẻ phụ của con trai",
     "Thẻ phụ đã huỷ ngay bây giờ."),
    ("app_loi_dang_nhap", ["outage", "complaint"], "",
     "Ứng dụng sập cả ngày không vào được, tôi muốn khiếu nại.",
     "ứng dụng bị sập cả ngày và {p} muốn khiếu nại",
     "Hệ thống đang khắc phục, {em} đã ghi khiếu nại, trưởng nhóm gọi lại trong ngày."),
    ("giao_dich_la_shopee", ["fraud"], "",
     "Có hai giao dịch lạ ở một trang mua sắm mà tôi không hề mua.",
     "có hai giao dịch lạ mà {p} không thực hiện",
     "{Em} đã khoá thẻ và mở hồ sơ tra soát hai giao dịch đó."),
    ("doi_dia_chi_nha_moi", ["address_change"], "",
     "Tôi mới chuyển nhà lên Biên Hoà, muốn cập nhật địa chỉ.",
     "{p} vừa chuyển nhà lên Biên Hoà và cần cập nhật địa chỉ",
     "Địa chỉ mới đã cập nhật xong."),
    # category decoys
    ("the_het_han_decoy", [], "card_expired_not_lost",
     "Thẻ tôi hết hạn rồi, không mất đâu, chỉ muốn làm thẻ mới.",
     "thẻ của {p} hết hạn và {p} cần thẻ mới",
     "{Em} đã làm thẻ mới, bảy ngày sẽ giao tới nhà."),
    ("hoi_dia_chi_chi_nhanh", [], "branch_address_not_address_change",
     "Cho tôi hỏi chi nhánh ở Cầu Giấy nằm ở đâu?",
     "{p} cần địa chỉ chi nhánh Cầu Giấy",
     "Chi nhánh ở số tám Trần Thái Tông, mở cửa đến năm giờ."),
    ("tien_den_chua", [], "payment_arrived_question_not_payment",
     "Hôm qua tôi chuyển tiền cho bên bán gạch, tiền tới chưa?",
     "{p} muốn biết khoản chuyển cho bên bán gạch đã tới chưa",
     "Dạ tiền đã tới lúc mười giờ hôm qua."),
    ("dinh_huy_the", [], "thought_about_cancelling_not_cancellation",
     "Tôi tính huỷ thẻ nhưng thôi, giữ lại, chỉ hỏi hạn mức.",
     "{p} giữ thẻ và muốn biết hạn mức",
     "Hạn mức của {p} là ba mươi triệu, không đổi."),
    ("khen_nhan_vien", [], "praise_not_complaint",
     "Tôi muốn khen cô nhân viên ở chi nhánh Đống Đa, làm rất chu đáo.",
     "{p} muốn khen nhân viên chi nhánh Đống Đa",
     "{Em} đã ghi nhận lời khen và chuyển cho quản lý chi nhánh."),
    ("dien_thoai_hu", [], "own_phone_broken_not_outage",
     "Điện thoại của tôi bị hư màn hình nên không vào ứng dụng được, bên ngân hàng không sao.",
     "điện thoại {p} bị hư nên {p} không dùng được ứng dụng",
     "{P} có thể giao dịch trên web, {em} gửi hướng dẫn qua email."),
    ("quen_giao_dich", [], "forgotten_payment_not_fraud",
     "Có khoản ba trăm nghìn tôi tưởng lạ, à không, tiền internet nhà tôi, tôi quên.",
     "khoản ba trăm nghìn là tiền internet của {p}",
     "Dạ vậy khoản đó bình thường, không cần làm gì."),
    ("hoi_chinh_sach_hoan", [], "refund_policy_question_not_refund",
     "Nếu lỡ bị lừa chuyển tiền thì ngân hàng có hoàn không? Tôi chỉ hỏi thôi.",
     "{p} hỏi chính sách hoàn tiền khi bị lừa, chưa có gì xảy ra",
     "{Em} gửi {p} đường dẫn quy định tra soát qua tin nhắn."),
    ("phi_chap_nhan", [], "fee_explained_accepted_not_billing",
     "Phí hai mươi nghìn này là gì? À phí rút tiền khác ngân hàng, vậy được rồi.",
     "{p} hỏi phí rút tiền ở ngân hàng ngoài và đồng ý",
     "Dạ vâng, phí đó đúng biểu phí, {p} rút ở ATM ABC thì miễn."),
]
# outbound: (id, categories, purpose, customer reply about the topic, agent detail)
EN_OUT = [
    ("payment_holiday_ending", ["payment"],
     "I'm calling because your mortgage payment holiday ends next month.",
     "Right, yes, I want to start paying again from the first.",
     "I've set the first payment for the first of the month; a letter confirms it."),
    ("suspicious_login", ["fraud"],
     "I'm calling about a login to your account from a device in Manila last night.",
     "That wasn't me, I've never been to Manila.",
     "I've locked online access and reset it; no money left the account."),
    ("dd_bounce", ["billing"],
     "I'm calling about a direct debit that bounced and the fee that came with it.",
     "I saw that fee, I wasn't happy about it.",
     "I've reviewed it and the fee stands this time, but the next one is waived."),
    ("survey_follow_up", ["complaint"],
     "I'm calling about the survey you filled in after your branch visit.",
     "Yes, I was unhappy, the queue was forty minutes and nobody said anything.",
     "I've logged it formally and the branch manager writes to you this week."),
    ("card_renewal_check", ["card_lost"],
     "I'm calling to check the renewal card, since you reported the old one lost.",
     "The new one still hasn't come, and the old one's definitely gone.",
     "I've sent another renewal card by courier, there tomorrow."),
    ("overdraft_fee_unpaid", ["billing", "refund"],
     "I'm calling about an unpaid overdraft fee on your account.",
     "That fee's wrong, I want it back, I had money going in that day.",
     "You're right; I've refunded it to the account."),
    ("kyc_update", ["address_change"],
     "I'm calling because we need your documents updated, and our letter came back.",
     "Oh, I moved, the new address is twelve Mill Lane.",
     "I've put Mill Lane on the account; upload a utility bill in the app."),
    ("cancel_insurance_ob", ["cancellation"],
     "I'm calling about the card insurance that renews next week.",
     "Cancel it, please, I don't need it.",
     "It's cancelled, nothing more will be taken."),
]
VI_OUT = [
    ("gian_no_het_han", ["payment"],
     "{Em} gọi vì thời gian giãn nợ khoản vay của {p} sắp hết.",
     "Ừ, tháng sau tôi đóng lại bình thường.",
     "{Em} đã đặt lịch trích nợ ngày mười lăm tháng sau."),
    ("dang_nhap_la", ["fraud"],
     "{Em} gọi về một lần đăng nhập lạ vào tài khoản {p} lúc nửa đêm.",
     "Không phải tôi, tôi ngủ từ mười giờ.",
     "{Em} đã khoá đăng nhập và đổi mật khẩu tạm, tiền vẫn còn đủ."),
    ("trich_no_loi", ["billing"],
     "{Em} gọi về khoản trích nợ tự động bị lỗi và phí phát sinh.",
     "Phí đó tôi thấy rồi, sao lại thu?",
     "{Em} giải thích rồi, lần sau sẽ nhắn tin trước ba ngày."),
    ("khao_sat", ["complaint"],
     "{Em} gọi theo phiếu khảo sát {p} gửi sau khi đến phòng giao dịch.",
     "Tôi chờ một tiếng không ai hỏi, tôi không hài lòng.",
     "{Em} đã ghi nhận thành khiếu nại, giám đốc phòng sẽ gọi lại."),
    ("the_moi_mat", ["card_lost"],
     "{Em} gọi kiểm tra thẻ thay thế vì {p} báo mất thẻ cũ.",
     "Thẻ mới chưa tới, thẻ cũ mất hẳn rồi.",
     "{Em} đã gửi lại thẻ bằng chuyển phát nhanh."),
    ("phi_thau_chi", ["billing", "refund"],
     "{Em} gọi về khoản phí thấu chi chưa thanh toán.",
     "Phí đó sai, tôi muốn lấy lại.",
     "{Em} kiểm tra đúng là sai, đã hoàn phí."),
    ("cap_nhat_giay_to", ["address_change"],
     "{Em} gọi vì cần cập nhật giấy tờ và thư gửi bị trả về.",
     "Tôi dọn nhà rồi, địa chỉ mới là số chín đường Lý Thường Kiệt.",
     "{Em} đã đổi địa chỉ, {p} chụp căn cước gửi qua ứng dụng nha."),
    ("huy_bao_hiem_the", ["cancellation"],
     "{Em} gọi về gói bảo hiểm thẻ sắp gia hạn.",
     "Huỷ giùm tôi, không cần nữa.",
     "{Em} đã huỷ, sẽ không trừ phí nữa."),
]

# ---------------------------------------------------------------- conduct and call lines
EN = dict(
    anger=[
        "This is ridiculous, I've been on hold for half an hour and nobody at your bank "
        "ever sorts anything out.",
        "I'm absolutely fuming, your bank has messed me about for weeks and I'm sick of it.",
        "Honestly this is a joke, every time I ring you lot it's the same useless story.",
        "You people are hopeless, I've rung three times and I'm still being fobbed off.",
    ],
    anger2=[
        "And don't tell me to check the app, because the app is the problem.",
        "I'm paying you for an account and I can't even get a straight answer.",
        "I've had enough of being passed around like a parcel.",
    ],
    process=["Okay, let me pull the account up.", "Right, I'll look at the notes now.",
             "Let me get into the details on screen."],
    interrupt=["Hang on, hang on, just let me stop you there,",
               "Okay, okay, if I can just jump in,"],
    hold_go="Bear with me one moment while I check that.",
    hold_apology="Sorry to keep you holding there, that's sorted on my side now.",
    cust_sorry="Look, I'm sorry for shouting, it's just awful, it's not you personally.",
    cust_yes=["Yes, that's it.", "Yep, exactly.", "That's right, yes."],
    cust_repeat="Sorry, say that again? This hearing aid's whistling at me.",
    interpreter="I'm his nephew, I'm translating for him: he says that's what happened.",
    cust_after=["Okay, that's a relief.", "Right, fair enough.", "Good, that's what I needed."],
    cust_noelse=["No, that's everything.", "No, that's the lot.", "Nope, all done."],
    cust_bye=["Thanks, bye.", "Cheers, bye now.", "Lovely, ta-ra."],
    bare_ack=["Okay.", "Right."],
    vague=["These things usually sort themselves out in the end.",
           "It'll probably be fine, I'd give it a while."],
    blame=["You should have read the terms before signing up, to be fair.",
           "Well, that's on you for not checking the statement sooner.",
           "If you'd kept the card safe this wouldn't have happened.",
           "You really ought to have rung us before doing that.",
           "That's what happens when you ignore our letters.",
           "To be honest that's your mistake, not ours.",
           "You put the wrong details in, so it bounced.",
           "You should have set up the alerts like we told you.",
           "Most people read the small print, you know.",
           "You agreed to it online, so it's your call really.",
           "That one's down to you, I'm afraid."],
    blame_reply="I don't think that's fair at all.",
    rude=["Ugh, fine.", "Whatever you say.", "I haven't got all day, get on with it.",
          "Yeah yeah, I heard you the first time.", "Look, just listen for once.",
          "Do you want it sorted or not?", "Ugh, whatever.", "Not my problem, honestly.",
          "Fine, fine, if you say so.", "Can we hurry this up?", "Oh come on, seriously?"],
    rude_reply="There's no need for that tone.",
    swear=["Bloody hell, the system's frozen again.", "Oh crap, it's logged me out.",
           "Damn thing won't load.", "Bugger, wrong screen.", "Hell, it's crashed again.",
           "Oh shit, sorry, the page died.", "This bloody screen, honestly.",
           "Sod it, let me try again.", "You said the app is bloody useless, and I hear that."],
    swear_quoted="You said the app is bloody useless, and I hear that.",
    swear_quoted_cust="Your app is bloody useless, honestly.",
    swear_reply="Is everything alright your end?",
    card_ask="Can you read me the long number on the card?",
    card_pass=["Got it, that matches what I have.", "Lovely, that lines up."],
    card_expiry="And the expiry is oh nine twenty-eight, yes?",
    card_reply="Yes.",
    fillers=[
        ("Is the mobile on the account still the best number?", "Yes, that's the one."),
        ("Would you like a text once it's done?", "A text is fine, yes."),
        ("Are you still on paper statements?", "No, I went paperless last year."),
        ("Do you bank with anyone else at all?", "Just you lot."),
        ("Is the email on file still current?", "Should be, yes."),
        ("Just checking the postcode on file is the same.", "Same as ever, yes."),
        ("Do you use the app or the website more?", "Mostly the app."),
        ("Shall I put a note on the account about today?", "Please do."),
    ],
    sec=[("What's your date of birth?", "Fourth of March, nineteen eighty."),
         ("And the first line of the address?", "Twenty-two Orchard Road."),
         ("Last one: the name of your first school?", "St Anne's."),
         ("What's the postcode?", "L17 8QS."),
         ("And your mother's maiden name?", "Kowalski.")],
    sec_done="Right, that's you through security.",
    pause="Let me bring the file up, one moment.",
    quick_q="Hi, quick one first, are branches open on Saturdays?",
    quick_a="Yes, most are open nine till one on Saturdays.",
    drop_cust="Hello? You're breaking up, I'll ring back if it",
    summary="So, just to sum up: {r}, and that's in hand.",
    transfer="I'll put you through to the specialist team now and I've noted it all, so you "
             "won't repeat yourself; if the line's busy they'll ring you back today.",
    done_now="I've done that for you now.",
    company_end=["you're through to Acme."],
    company_twice="Acme Bank, this is Acme Bank,",
    team_only=["you're through to the customer desk,", "this is the day-to-day team,"],
    ob_hello="Hello?",
    ob_ask="Am I speaking with {c}?",
    ob_yes="Yes, speaking.",
    ob_company="calling from Acme Bank.",
    ob_team="calling from the customer team.",
    ob_name="my name is {n},",
    ob_record=["This call is recorded for quality and training.",
               "Just so you know, we record our calls."],
    ob_consent=["Is that okay with you?", "Are you happy to carry on?", "Do you mind that?"],
    ob_consent_yes="That's fine.",
    ob_close_cust="Okay, thanks, bye.",
    ob_close="Thanks for your time today, bye now.",
    ob_callee=["Mr Dawson", "Mrs Patel", "Ms Quinn", "Mr Novak"],
)
VI = dict(
    anger=[
        "Bực mình thật sự, gọi ba lần rồi mà ngân hàng các người không ai giải quyết gì "
        "hết.",
        "Tôi tức lắm rồi đó, ngân hàng làm ăn kiểu gì mà để khách chờ cả tuần trời.",
        "Làm ăn tắc trách quá, lần nào gọi cũng hứa rồi để đó.",
        "Chán ngân hàng này lắm rồi, toàn đẩy qua đẩy lại.",
    ],
    anger2=[
        "Đừng bảo tôi vào ứng dụng, ứng dụng đang hư đó.",
        "Tôi trả phí đàng hoàng mà hỏi không ai trả lời cho ra lẽ.",
        "Tôi không muốn nghe hứa suông nữa.",
    ],
    process=["Để {em} mở hồ sơ ra xem.", "Để {em} xem ghi chú trên hệ thống.",
             "Để {em} tra thông tin trên máy."],
    interrupt=["Khoan khoan, {p} cho {em} nói chút,", "Dạ dạ, cho {em} chen vào chút,"],
    hold_go="{P} đợi {em} một chút để {em} kiểm tra.",
    hold_apology="Dạ {em} xin lỗi đã để {p} đợi, bên {em} xử lý xong rồi.",
    cust_sorry="Thôi tôi xin lỗi vì lớn tiếng, chuyện này khổ quá, không phải tại em.",
    cust_yes=["Đúng rồi.", "Ừ đúng vậy.", "Phải rồi đó."],
    cust_repeat="Nói lại giùm cái, tai tôi nghe không rõ.",
    interpreter="Tôi là cháu, tôi dịch cho ông: ông nói đúng là vậy đó.",
    cust_after=["Vậy thì yên tâm rồi.", "Ừ được rồi.", "Vậy là ổn."],
    cust_noelse=["Không, hết rồi.", "Hết rồi em.", "Vậy thôi."],
    cust_bye=["Ừ cảm ơn, chào nha.", "Rồi, chào em.", "Cám ơn nghen."],
    bare_ack=["Dạ.", "Vâng."],
    vague=["Dạ mấy cái này thường tự xong thôi.", "Chắc để vài bữa là ổn."],
    blame=["Lẽ ra {p} phải đọc kỹ điều khoản trước khi ký.",
           "Tại {p} không xem sao kê sớm chứ bên {em} đâu có lỗi.",
           "{P} giữ thẻ không cẩn thận nên mới vậy.",
           "Lẽ ra {p} phải gọi báo trước khi làm.",
           "Tại {p} không đọc thư bên {em} gửi.",
           "Cái này là lỗi của {p}, không phải bên {em}.",
           "{P} nhập sai thông tin nên mới bị trả về.",
           "Ai biểu {p} không cài thông báo.",
           "Người ta ai cũng đọc kỹ hết, {p} phải tự chịu thôi.",
           "{P} tự đồng ý trên mạng mà."],
    blame_reply="Nói vậy là không công bằng.",
    rude=["Nói mãi.", "Ừ rồi, biết rồi, nói hoài.", "Thì làm theo đi, hỏi hoài.",
          "Nghe cho kỹ giùm cái.", "Muốn xong không thì bảo.", "Kệ {p} chứ.",
          "Trời, có vậy cũng hỏi.", "Nhanh lên giùm, {em} còn nhiều người đang chờ.",
          "Rồi rồi, sao cũng được.", "Hỏi gì lắm thế."],
    rude_reply="Sao em nói chuyện kiểu đó?",
    swear_strict=["Vãi, hệ thống đơ rồi.", "Đéo hiểu sao máy lại tắt.",
                  "Địt, lại văng ra ngoài.", "Đụ, trang này treo hoài.",
                  "Vãi thật, mất hết dữ liệu.", "Đéo chạy gì hết trơn.",
                  "Địt, sai màn hình rồi.", "Đụ, mạng rớt nữa.", "Vãi chưởng, chậm quá."],
    swear_plain=["Mẹ kiếp, lại treo máy.", "Dm, đứng hình luôn."],
    swear_reply="Có chuyện gì vậy em?",
    card_ask="{P} đọc giùm {em} dãy số dài trên thẻ.",
    card_pass=["Dạ khớp với hệ thống rồi.", "Dạ đúng rồi ạ."],
    card_expiry="Ngày hết hạn là tháng chín năm hai tám phải không {p}?",
    card_reply="Đúng.",
    fillers=[
        ("Số điện thoại trên hồ sơ vẫn dùng chứ {p}?", "Vẫn số đó."),
        ("{P} có muốn nhận tin nhắn khi xong không?", "Có, nhắn giùm."),
        ("{P} còn nhận sao kê giấy không?", "Không, xem trên điện thoại."),
        ("Email trên hồ sơ vẫn đúng chứ?", "Đúng rồi."),
        ("{P} hay dùng ứng dụng hay web?", "Ứng dụng thôi."),
        ("{Em} ghi chú lại cuộc gọi hôm nay nha?", "Ừ ghi đi."),
        ("{P} có tài khoản ngân hàng nào nữa không?", "Có một cái bên kia."),
        ("Căn cước của {p} còn hạn chứ?", "Còn hạn."),
    ],
    sec=[("{P} cho {em} xin ngày sinh.", "Mười hai tháng tư năm bảy mươi."),
         ("Số căn cước của {p} là gì?", "Tôi đọc bốn số cuối là bảy bảy hai một."),
         ("Tên mẹ của {p} là gì?", "Nguyễn Thị Lài."),
         ("{P} ở phường nào?", "Phường Tân Định."),
         ("Chi nhánh mở tài khoản là ở đâu?", "Chi nhánh Hải Châu.")],
    sec_done="Dạ xác minh xong rồi.",
    pause="Để {em} mở hồ sơ, {p} chờ chút.",
    quick_q="Cho hỏi nhanh, thứ bảy phòng giao dịch có mở cửa không?",
    quick_a="Dạ thứ bảy mở buổi sáng, đến mười một giờ rưỡi.",
    drop_cust="A lô? Mất sóng rồi, tôi gọi lại",
    summary="Dạ tóm lại là {r}, bên {em} lo rồi.",
    transfer="{Em} chuyển máy cho bộ phận chuyên trách ngay, {em} đã ghi lại hết để {p} khỏi "
             "nói lại, nếu bận họ gọi lại trong hôm nay.",
    done_now="{Em} làm xong cho {p} rồi đó.",
    company_end=["{p} đang gọi tới ABC."],
    company_twice="Ngân hàng ABC, ABC xin nghe,",
    team_only=["đây là tổng đài chăm sóc,", "bộ phận dịch vụ xin nghe,"],
    ob_hello="A lô?",
    ob_ask="Có phải {sp} {c} không ạ?",
    ob_yes="Ừ đúng rồi.",
    ob_company="gọi từ Ngân hàng ABC.",
    ob_team="gọi từ bộ phận chăm sóc.",
    ob_name="{em} là {n},",
    ob_record=["Cuộc gọi được ghi âm để đảm bảo chất lượng.",
               "Cuộc gọi này có ghi âm."],
    ob_consent=["{P} có đồng ý không ạ?", "Vậy được không {p}?", "{P} thấy ổn chứ ạ?"],
    ob_consent_yes="Ừ được.",
    ob_close_cust="Ừ cảm ơn, chào nha.",
    ob_close="Cảm ơn {p}, chào {p} ạ.",
    ob_callee=["Tuấn", "Hạnh", "Sáu", "Ba"],
)

# ---------------------------------------------------------------- planning
TOK_KEYS = {
    "greet": ["inbound/greeting"], "company": ["inbound/company_name"],
    "name": ["inbound/self_intro"], "offer": ["inbound/offer_help"],
    "restate": ["inbound/confirm_problem"], "resolve": ["inbound/resolution"],
    "anyelse": ["inbound/anything_else"], "thanks": ["inbound/thanks"],
    "bye": ["inbound/goodbye"], "gbr": ["inbound/greeting_before_resolution"],
    "tbg": ["inbound/thanks_before_goodbye"], "oself": ["outbound/identify_self"],
    "ocomp": ["outbound/identify_company"], "purpose": ["outbound/purpose"],
    "record": ["outbound/recording_disclosure"], "consent": ["outbound/consent"],
    "empathy": ["angry_caller/empathy"], "blame": ["angry_caller/no_blame"],
    "interrupt": ["angry_caller/no_interrupting_angry_customer"],
    "swear": ["forbidden/profanity"],
    "strict": ["forbidden/profanity", "forbidden/profanity_vi_strict"],
    "plain": ["forbidden/profanity"], "rude": ["forbidden/rude"],
    "card": ["forbidden/no_card_readback"],
}
CONFLICTS = [{"greet", "gbr"}, {"resolve", "gbr"}, {"thanks", "tbg"}, {"bye", "tbg"},
             {"record", "consent"}]
IN_TOKS = ["greet", "company", "name", "offer", "restate", "resolve", "anyelse", "thanks",
           "bye", "gbr", "tbg"]
OUT_TOKS = ["oself", "ocomp", "purpose", "record", "consent"]
GEN_TOKS = ["empathy", "blame", "interrupt", "rude", "card"]


def plan_language(lang: str) -> list[dict]:
    rng = rng_for(f"plan/{lang}")
    calls = [{"direction": "inbound" if i < 110 else "outbound", "toks": [], "load": 0}
             for i in range(150)]
    inb = list(range(110))
    outb = list(range(110, 150))
    reserved = set(rng.sample(inb, 17)) | set(rng.sample(outb, 6))
    swear = "strict" if lang == "vi" else "swear"
    tokens = []
    for t in IN_TOKS:
        tokens += [(t, "inbound")] * 9
    for t in OUT_TOKS:
        tokens += [(t, "outbound")] * 9
    for t in GEN_TOKS + [swear]:
        tokens += [(t, "inbound")] * 7 + [(t, "outbound")] * 2
    if lang == "vi":
        tokens += [("plain", "inbound"), ("plain", "outbound")]
    first = [x for x in tokens if x[0] in ("gbr", "tbg", "consent", "record")]
    rest = [x for x in tokens if x[0] not in ("gbr", "tbg", "consent", "record")]
    rng.shuffle(rest)
    for tok, direction in first + rest:
        weight = 2 if tok == "strict" else 1
        pool = inb if direction == "inbound" else outb
        cands = []
        for i in pool:
            c = calls[i]
            if i in reserved or c["load"] + weight > 3 or tok in c["toks"]:
                continue
            if tok in ("swear", "strict", "plain") and any(
                    x in c["toks"] for x in ("swear", "strict", "plain")):
                continue
            if any(tok in pair and (pair - {tok}) <= set(c["toks"]) for pair in CONFLICTS):
                continue
            cands.append(i)
        low = min(calls[i]["load"] for i in cands)
        pick = rng.choice([i for i in cands if calls[i]["load"] == low])
        calls[pick]["toks"].append(tok)
        calls[pick]["load"] += weight
    for pool, want in ((inb, 28), (outb, 4)):
        angry = [i for i in pool if {"empathy", "interrupt"} & set(calls[i]["toks"])]
        others = [i for i in pool if i not in angry]
        rng.shuffle(others)
        angry += others[: max(0, want - len(angry))]
        for i in angry:
            calls[i]["angry"] = True
    scen_in = EN_IN if lang == "en" else VI_IN
    scen_out = EN_OUT if lang == "en" else VI_OUT
    plain_sc = [s for s in scen_in if not s[2]]
    decoy_sc = [s for s in scen_in if s[2]]
    calm_in = [i for i in inb if not calls[i].get("angry")]
    rng.shuffle(calm_in)
    decoy_calls = calm_in[: 2 * len(decoy_sc)]
    for k, i in enumerate(decoy_calls):
        calls[i]["scenario"] = decoy_sc[k % len(decoy_sc)]
    rest_in = [i for i in inb if i not in decoy_calls]
    rng.shuffle(rest_in)
    for k, i in enumerate(rest_in):
        calls[i]["scenario"] = plain_sc[k % len(plain_sc)]
    ob = list(outb)
    rng.shuffle(ob)
    for k, i in enumerate(ob):
        calls[i]["scenario"] = scen_out[k % len(scen_out)]
    agents = EN_AGENTS if lang == "en" else VI_AGENTS
    speakers = EN_SPEAKERS if lang == "en" else VI_SPEAKERS
    order = list(range(150))
    rng.shuffle(order)
    for k, i in enumerate(order):
        c = calls[i]
        c["agent"] = agents[k % len(agents)]
        c["speaker"] = speakers[rng.randrange(len(speakers))]
        c["long"] = rng.random() < 0.33
        c["noise"] = rng.choice([0, 1, 1, 2, 2, 3])
        c["angry"] = c.get("angry", False)
        c["toks"] = sorted(c["toks"])
    return [calls[i] for i in order]


# ---------------------------------------------------------------- text helpers
def strip_marks(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if not unicodedata.combining(ch))


def norm_tokens(text: str) -> list[str]:
    text = text.lower().replace("-", " ").replace("/", " ")
    out = "".join(ch if (ch.isalnum() or ch == " ") else ("" if ch == "'" else " ")
                  for ch in text)
    return [unicodedata.normalize("NFC", w) for w in out.split()]


EN_HOMO = {"week": "weak", "meet": "meat", "sale": "sail", "due": "dew", "mail": "male",
           "fair": "fare", "road": "rode", "whole": "hole", "knew": "new", "pain": "pane"}
EN_SPLIT = {"account": "a count", "payment": "pay meant", "statement": "state meant",
            "balance": "bal ants", "direct": "die rect", "transfer": "trans fur",
            "council": "coun sill"}
EN_JOIN = {("kind", "of"): "kinda", ("out", "of"): "outta", ("let", "me"): "lemme",
           ("give", "me"): "gimme", ("got", "to"): "gotta", ("going", "to"): "gonna"}
EN_FILL = ["um like", "you know", "basically", "er", "sort of like"]
EN_ACME = ["acne", "ack may", "akmee", "egg me"]
VI_JOIN = {("tài", "khoản"): "tàikhoản", ("chuyển", "khoản"): "chuyểnkhoản",
           ("số", "dư"): "sốdư", ("mật", "khẩu"): "mậtkhẩu", ("bảo", "hiểm"): "bảohiểm",
           ("kiều", "hối"): "kiềuhối", ("địa", "chỉ"): "địachỉ"}
VI_FILL = ["kiểu như", "thì là", "nói chung", "á"]
VI_ABC = ["a bê xê", "ây bi xi", "a bờ cờ", "ê bê xê"]
NOISE_P = [0.40, 0.60, 0.80, 0.90]


def noisy(words: list[str], lang: str, level: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    i = 0
    whole_strip = lang == "vi" and rng.random() < 0.12
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if lang == "en":
            if w == "acme" and rng.random() < 0.5:
                out += rng.choice(EN_ACME).split()
            elif nxt and (w, nxt) in EN_JOIN and rng.random() < 0.6:
                out.append(EN_JOIN[(w, nxt)])
                i += 1
            elif w in EN_HOMO and rng.random() < 0.6:
                out.append(EN_HOMO[w])
            elif w in EN_SPLIT and rng.random() < 0.5:
                out += EN_SPLIT[w].split()
            else:
                out.append(w)
        else:
            if w == "abc" and rng.random() < 0.5:
                out += rng.choice(VI_ABC).split()
            elif nxt and (w, nxt) in VI_JOIN and rng.random() < 0.5:
                out.append(VI_JOIN[(w, nxt)])
                i += 1
            elif whole_strip or rng.random() < 0.08:
                out.append(strip_marks(w))
            else:
                out.append(w)
        i += 1
    if level >= 2 and len(out) > 3 and rng.random() < 0.35:
        pos = rng.randrange(1, len(out))
        fill = rng.choice(EN_FILL if lang == "en" else VI_FILL).split()
        out = out[:pos] + fill + out[pos:]
    return out


# ---------------------------------------------------------------- building one call
def P(text: str, tags=(), prot: bool = False, cats=()) -> dict:
    return {"text": text, "tags": set(tags), "prot": prot, "cats": list(cats)}


def S(spk: str, *pieces, **kw) -> dict:
    seg = {"spk": spk, "pieces": list(pieces)}
    seg.update(kw)
    return seg


def card_number(rng: random.Random, n: int) -> str:
    first = "37" if n == 15 else rng.choice(["49", "45", "51", "53"])
    return first + "".join(str(rng.randrange(10)) for _ in range(n - 2))


EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
VI_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def groups(num: str) -> str:
    if len(num) == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


def build_call(lang: str, c: dict, rng: random.Random) -> tuple[list[dict], list[str], dict]:
    L = EN if lang == "en" else VI
    style, full, spoken = c["agent"]
    st = (EN_STYLE if lang == "en" else VI_STYLE)[style]
    toks = set(c["toks"])
    decoys: set[str] = set()
    if lang == "vi":
        pron = "quý khách" if style == "quy_khach" else c["speaker"][1]
        em = "tôi" if style == "toi_formal" else "em"
    else:
        pron, em = "", ""
    sc = c["scenario"]
    callee = rng.choice(L["ob_callee"])
    fmt_kw = dict(p=pron, P=pron[:1].upper() + pron[1:], em=em, Em=em[:1].upper() + em[1:],
                  n=spoken, spell=PHONETIC.get(spoken, ""), c=callee,
                  t="Mr" if spoken == "Okafor" else "Ms",
                  sp=c["speaker"][1] if lang == "vi" else "")

    def f(s: str, **extra) -> str:
        out = s.format(**fmt_kw, **extra)
        return out[:1].upper() + out[1:]

    def pick(xs):
        return xs[rng.randrange(len(xs))]

    segs: list[dict] = []
    A = "agent"
    C = "customer"
    middle: list[list[dict]] = []
    if c["angry"]:
        text = pick(L["anger"])
        if "interrupt" in toks:
            text = text + " " + pick(L["anger2"])
        block = [S(C, P(text, prot=True), angry=True)]
        if "interrupt" in toks:
            pcs = [P(f(pick(L["interrupt"])))]
            if "empathy" not in toks:
                pcs.append(P(f(pick(st["empathy"])), {"empathy"}))
            pcs.append(P(f(pick(L["process"]))))
            block.append(S(A, *pcs, interrupt=True))
            decoys.add("agent_interrupts_angry_customer")
        elif "empathy" in toks:
            block.append(S(A, P(f(pick(L["process"])))))
            decoys.add("no_empathy_straight_to_process")
            if rng.random() < 0.5:
                block.append(S(C, P(L["cust_sorry"])))
                block.append(S(A, P(f(pick(L["process"])))))
                decoys.add("empathy_words_customer_only")
        elif rng.random() < 0.3:
            block.append(S(A, P(f(L["hold_go"]))))
            block.append(S(A, P(f(L["hold_apology"]), {"empathy"}), gap=(4.0, 6.0)))
            decoys.add("hold_apology_counted_as_empathy")
        else:
            block.append(S(A, P(f(pick(st["empathy"])), {"empathy"}),
                           P(f(pick(L["process"])))))
        middle.append(block)
    if "blame" in toks:
        middle.append([S(A, P(f(c["blame_line"]), {"blame"}, True)),
                       S(C, P(L["blame_reply"]))])
        decoys.add("agent_blames_customer")
    if "rude" in toks:
        middle.append([S(A, P(f(c["rude_line"]), {"rude"}, True)),
                       S(C, P(L["rude_reply"]))])
        decoys.add("agent_rude")
    for sw in ("swear", "strict", "plain"):
        if sw in toks:
            tags = {"swear", "strict"} if sw == "strict" else {"swear"}
            if c["swear_line"] == L.get("swear_quoted"):
                middle.append([S(C, P(L["swear_quoted_cust"], prot=True)),
                               S(A, P(f(c["swear_line"]), tags, True))])
                decoys.add("agent_quotes_customer_swear")
            else:
                middle.append([S(A, P(f(c["swear_line"]), tags, True)),
                               S(C, P(L["swear_reply"]))])
            if "agent_quotes_customer_swear" not in decoys:
                decoys.add({"swear": "swear_at_system", "strict": "vi_strict_swear",
                            "plain": "vi_plain_swear"}[sw])
    if "card" in toks or rng.random() < 0.15:
        form = c.get("card_form") if "card" in toks else rng.choice(["match", "expiry"])
        n = 15 if form == "amex15" else 16
        num = card_number(rng, n)
        block = [S(A, P(f(L["card_ask"]))), S(C, P(groups(num), prot=True))]
        decoys.add("customer_reads_card_number")
        units = EN_UNITS if lang == "en" else VI_UNITS
        if form == "match":
            block.append(S(A, P(f(pick(L["card_pass"])))))
            decoys.add("card_pass_matched")
        elif form == "expiry":
            block.append(S(A, P(f(L["card_expiry"]))))
            decoys.add("card_expiry_only_not_card")
        elif form == "cvv":
            cvv = "".join(str(rng.randrange(10)) for _ in range(3))
            ask = ("And the security code on the back?" if lang == "en"
                   else f("Còn mã bảo mật mặt sau thì sao {p}?"))
            rb = (f"Security code {' '.join(units[int(d)] for d in cvv)}, got it." if lang == "en"
                  else f("Mã bảo mật {d}, rồi.", d=" ".join(units[int(d)] for d in cvv)))
            block += [S(A, P(ask)), S(C, P(cvv, prot=True)), S(A, P(rb, {"card"}, True))]
            decoys.add("card_cvv_read_back")
        else:
            shown = num
            if form == "one_wrong":
                k = rng.randrange(4, n - 1)
                shown = num[:k] + str((int(num[k]) + 3) % 10) + num[k + 1:]
            body = (" ".join(units[int(d)] for d in shown) if form == "words"
                    else groups(shown))
            lead = "So that's" if lang == "en" else "Dạ số thẻ là"
            block.append(S(A, P(f"{lead} {body}.", {"card"}, True)))
            decoys.add({"groups": "card_read_back_groups", "words": "card_read_back_words",
                        "one_wrong": "card_read_back_one_digit_wrong",
                        "amex15": "card_read_back_amex_15"}[form])
        if form != "match":
            block.append(S(C, P(L["card_reply"])))
        middle.append(block)

    cats = list(sc[1])
    if c["direction"] == "inbound":
        sid, _, dec, problem, restate_r, resolve_t = sc
        if dec:
            decoys.add(dec)
        # opening
        if "gbr" in toks:
            segs.append(S(C, P(L["quick_q"])))
            decoys.add("answer_before_greeting")
        elif rng.random() < 0.25:
            segs.append(S(C, P(L["ob_hello"])))
            decoys.add("customer_speaks_first")
        pcs = []
        if "gbr" in toks:
            pcs.append(P(f(L["quick_a"]), {"resolve"}))
        if "greet" not in toks:
            g = pick(st["greet"])
            pcs.append(P(f(g), {"greet"}))
            if g.startswith("Good day"):
                decoys.add("greeting_good_day")
            if g.startswith("Xin kính chào"):
                decoys.add("greeting_xin_kinh_chao")
        else:
            decoys.add("opening_without_greeting")
        comp_end = False
        if "company" in toks:
            pcs.append(P(f(pick(L["team_only"]))))
            decoys.add("team_name_only")
        else:
            r = rng.random()
            if r < 0.15:
                comp_end = True
            elif r < 0.27:
                pcs.append(P(f(L["company_twice"]), {"company"}))
                decoys.add("company_said_twice")
            else:
                pcs.append(P(f(pick(st["company"])), {"company"}))
        if "name" not in toks:
            pcs.append(P(f(pick(st["name"])), {"name"}))
            if style == "phonetic":
                decoys.add("name_spelled_out")
            if style == "formal":
                decoys.add("surname_with_title")
        if comp_end:
            pcs.append(P(f(pick(L["company_end"])), {"company"}))
            decoys.add("company_only_at_end_of_opening")
        late_offer = False
        if "offer" not in toks:
            o = pick(st["offer"])
            pcs.append(P(f(o), {"offer"}))
            if "tell me" in o or "nói em nghe" in o or "happened" in o:
                decoys.add("offer_as_go_on_tell_me")
        elif rng.random() < 0.5:
            late_offer = True
        else:
            decoys.add("no_offer_of_help")
        segs.append(S(A, *pcs))
        if late_offer:
            for q, a in L["sec"][:3]:
                segs.append(S(A, P(f(q))))
                segs.append(S(C, P(a)))
            segs.append(S(A, P(f(L["pause"]))))
            segs.append(S(A, P(f(L["sec_done"])), P(f(pick(st["offer"])), {"offer"}),
                          min_start=48.5))
            decoys.add("offer_after_window")
        touch = c["speaker"][1] if lang == "en" else c["speaker"][2]
        ptext = f(problem)
        if rng.random() < 0.6:
            ptext = touch + " " + ptext
        segs.append(S(C, P(ptext, cats=cats)))
        if lang == "en" and c["speaker"][0].startswith("a Polish") and rng.random() < 0.5 or (
                lang == "vi" and rng.random() < 0.06):
            segs.append(S(C, P(L["interpreter"])))
            decoys.add("interpreter_three_way")
        summary_only = False
        if "restate" in toks:
            if rng.random() < 0.6:
                segs.append(S(A, P(f(pick(L["bare_ack"])))))
                decoys.add("bare_ack_no_restatement")
            else:
                decoys.add("no_restatement")
        else:
            r = rng.random()
            if r < 0.15:
                summary_only = True
                segs.append(S(A, P(f(st["ok"]))))
                decoys.add("restatement_only_closing_summary")
            else:
                if r < 0.35:
                    tmpl = "So {r}, is that it?" if lang == "en" else "Vậy là {r}, phải vậy không?"
                    decoys.add("restatement_as_question")
                else:
                    tmpl = pick(st["restate"])
                segs.append(S(A, P(f(tmpl, r=f(restate_r)), {"restate"})))
                segs.append(S(C, P(pick(L["cust_yes"]))))
                if lang == "en" and c["speaker"][0].startswith("an elderly"):
                    segs.append(S(C, P(L["cust_repeat"])))
                    segs.append(S(A, P(f(tmpl, r=f(restate_r)), {"restate"})))
                    decoys.add("caller_asks_for_repeat")
        head = segs
        tail: list[dict] = []
        if "resolve" in toks:
            tail.append(S(A, P(f(pick(L["vague"])))))
            decoys.add("no_concrete_step")
        else:
            r = rng.random()
            if r < 0.15 and not dec:
                tail.append(S(A, P(f(L["transfer"]), {"resolve"})))
                decoys.add("warm_transfer_with_promise")
            elif r < 0.3:
                tail.append(S(A, P(f(L["done_now"]), {"resolve"}), P(f(resolve_t))))
                decoys.add("done_that_for_you_now")
            else:
                tail.append(S(A, P(f(resolve_t), {"resolve"})))
        tail.append(S(C, P(pick(L["cust_after"]))))
        if summary_only:
            tail.append(S(A, P(f(L["summary"], r=f(restate_r)), {"restate"})))
            tail.append(S(C, P(pick(L["cust_yes"]))))
        if "anyelse" not in toks:
            ae = pick(st["anyelse"])
            tail.append(S(A, P(f(ae), {"anyelse"})))
            tail.append(S(C, P(pick(L["cust_noelse"]))))
            if "anything more" in ae.lower() or "vướng gì" in ae:
                decoys.add("anything_else_alt_wording")
        else:
            decoys.add("no_anything_else")
        thanks = P(f(pick(st["thanks"])), {"thanks"})
        bye = P(f(pick(st["bye"])), {"bye"})
        if "thanks" in toks and "bye" in toks:
            tail.append(S(C, P(L["drop_cust"])))
            decoys.add("call_dropped_before_closing")
        else:
            if "tbg" in toks:
                tail.append(S(A, bye, thanks))
                decoys.add("goodbye_before_thanks")
            elif "thanks" in toks:
                tail.append(S(A, bye))
                decoys.add("closing_without_thanks")
            elif "bye" in toks:
                tail.append(S(A, thanks))
                decoys.add("closing_without_goodbye")
            else:
                tail.append(S(A, thanks, bye))
            if bye["text"].startswith(("Dạ thôi nhé", "Take it easy", "Speak soon")):
                decoys.add("goodbye_informal")
            if thanks["text"].startswith(("Much appreciated", "Dạ cám ơn")) and (
                    "thanks" not in toks):
                decoys.add("thanks_alt_wording")
            tail.append(S(C, P(pick(L["cust_bye"])), last=True))
    else:
        sid, _, purpose_t, reply_t, detail_t = sc
        head = [S(C, P(L["ob_hello"]))]
        pcs = [P(f(pick(st["greet"])))]
        if "oself" not in toks:
            pcs.append(P(f(L["ob_name"]), {"name"}))
        else:
            decoys.add("no_self_identification")
        if "ocomp" not in toks:
            pcs.append(P(f(L["ob_company"]), {"company"}))
        else:
            pcs.append(P(f(L["ob_team"])))
            decoys.add("no_company_named")
        pcs.append(P(f(L["ob_ask"])))
        head.append(S(A, *pcs))
        head.append(S(C, P(L["ob_yes"])))
        rec_mode = "now"
        if "record" in toks:
            rec_mode = rng.choice(["never", "late"])
        cons_mode = "now"
        if "consent" in toks:
            cons_mode = rng.choice(["never", "late"])
        pcs = []
        if "purpose" not in toks:
            pcs.append(P(f(purpose_t), {"purpose"}))
        if rec_mode == "now":
            pcs.append(P(f(pick(L["ob_record"])), {"record"}))
            if cons_mode == "now":
                pcs.append(P(f(pick(L["ob_consent"])), {"consent"}))
        if pcs:
            head.append(S(A, *pcs))
            head.append(S(C, P(L["ob_consent_yes"])))
        if "purpose" in toks:
            for q, a in L["sec"][:3]:
                head.append(S(A, P(f(q))))
                head.append(S(C, P(a)))
            head.append(S(A, P(f(L["pause"]))))
            head.append(S(A, P(f(purpose_t), {"purpose"}), min_start=63.5))
            decoys.add("purpose_after_window")
        head.append(S(C, P(reply_t, cats=cats)))
        tail = []
        if rec_mode == "late":
            tail.append(S(A, P(f(pick(L["ob_record"])), {"record"}),
                          P(f(pick(L["ob_consent"])), {"consent"}), min_start=63.5))
            tail.append(S(C, P(L["ob_consent_yes"])))
            decoys.add("recording_notice_after_window")
        elif rec_mode == "never":
            decoys.add("no_recording_notice")
        if cons_mode == "late":
            tail.append(S(A, P(f(pick(L["ob_consent"])), {"consent"}), min_start=93.5))
            tail.append(S(C, P(L["ob_consent_yes"])))
            decoys.add("consent_after_window")
        elif cons_mode == "never":
            decoys.add("notice_without_consent")
        tail.append(S(A, P(f(detail_t))))
        tail.append(S(C, P(pick(L["cust_after"]))))
        tail.append(S(A, P(f(L["ob_close"]))))
        tail.append(S(C, P(L["ob_close_cust"]), last=True))
    # middle blocks: anger first, then the rest in a drawn order
    first_block = middle[:1] if c["angry"] else []
    rest_blocks = middle[1:] if c["angry"] else middle
    rng.shuffle(rest_blocks)
    body = [s for b in first_block + rest_blocks for s in b]
    fixed = len(head) + len(body) + len(tail)
    lo, hi = (21, 30) if c["long"] or fixed > 15 else (11, 15)
    target = max(fixed, rng.randint(lo, hi))
    if target % 2 != fixed % 2 and target + 1 <= hi:
        target += 1
    fill = []
    fillers = L["fillers"]
    k0 = rng.randrange(len(fillers))
    k = 0
    while fixed + len(fill) + 2 <= target:
        q, a = fillers[(k0 + k) % len(fillers)]
        fill += [S(A, P(f(q))), S(C, P(a))]
        k += 1
    if rng.random() < 0.5:
        segs = head + body + fill + tail
    else:
        segs = head + fill[:2] + body + fill[2:] + tail
    return segs, sorted(decoys), {"cats": cats, "sid": sid}


# ---------------------------------------------------------------- timing, noise, truth
def cs(x: float) -> int:
    return int(round(x * 100))


def layout(lang: str, c: dict, segs: list[dict], rng: random.Random) -> list[dict] | None:
    """Give every word a time in centiseconds; returns segment dicts with pieces timed."""
    a_speed = 0.9 + 0.15 * (sum(map(ord, c["agent"][0])) % 7) / 6
    c_speed = 0.95 + 0.2 * (sum(map(ord, c["speaker"][0])) % 5) / 4
    t = cs(rng.uniform(0.2, 0.8))
    prev_end = t
    out = []
    anger_seg = None
    for seg in segs:
        speed = a_speed if seg["spk"] == "agent" else c_speed
        if seg.get("interrupt"):
            a0, a1 = anger_seg["start"], anger_seg["end"]
            start = a0 + int((a1 - a0) * rng.uniform(0.70, 0.85))
            if start < a0 + 100 or start > a1 - 150:
                return None
        else:
            lo, hi = seg.get("gap", (0.6, 2.2))
            start = prev_end + cs(rng.uniform(lo, hi))
            if seg.get("min_start"):
                start = max(start, cs(seg["min_start"] + rng.uniform(0.0, 1.5)))
        cur = start
        timed = []
        for j, pc in enumerate(seg["pieces"]):
            if j:
                cur += rng.randint(10, 40)
            words = norm_tokens(pc["text"])
            if not pc["prot"] and rng.random() < NOISE_P[c["noise"]]:
                words = noisy(words, lang, c["noise"], rng)
            wt = []
            for w in words:
                base = min(0.65, 0.15 + 0.055 * len(w))
                if lang == "vi":
                    base = min(0.78, base * 1.2)
                d = max(1, cs(base * speed))
                wt.append([cur, cur + d, w])
                cur += d + rng.randint(5, 16)
            timed.append({"tags": pc["tags"], "cats": pc["cats"], "words": wt,
                          "start": wt[0][0]})
            cur = wt[-1][1]
        end = timed[-1]["words"][-1][1]
        rec = {"spk": seg["spk"], "start": start, "end": end, "pieces": timed,
               "angry": seg.get("angry", False), "interrupt": seg.get("interrupt", False),
               "last": seg.get("last", False)}
        out.append(rec)
        if rec["angry"]:
            anger_seg = rec
        prev_end = max(prev_end, end)
    return out


EDGES_IN = {"greet": 20, "company": 20, "name": 30, "offer": 45}
EDGES_OUT = {"name": 30, "company": 30, "purpose": 60, "record": 60, "consent": 90}


def truth_of(direction: str, lang: str, timed: list[dict]) -> tuple[dict, bool]:
    """Truth from tagged agent pieces; also says whether a piece sits too near an edge."""
    end = max(s["end"] for s in timed) / 100
    first: dict[str, float] = {}
    starts: dict[str, list[float]] = {}
    for s in timed:
        if s["spk"] != "agent":
            continue
        for pc in s["pieces"]:
            for tg in pc["tags"]:
                x = pc["start"] / 100
                starts.setdefault(tg, []).append(x)
                first.setdefault(tg, x)
    near = False
    tr = {k: "na" for k in KEYS}
    neg = [s for s in timed if s["angry"]]
    edges = EDGES_IN if direction == "inbound" else EDGES_OUT
    for tg, e in edges.items():
        if any(abs(x - e) < 2 for x in starts.get(tg, [])):
            near = True
    last0 = end - 25
    for tg in ("thanks", "bye"):
        if any(abs(x - last0) < 2 for x in starts.get(tg, [])):
            near = True

    def within(tg, e):
        return "pass" if tg in first and first[tg] <= e else "fail"

    if direction == "inbound":
        tr["inbound/greeting"] = within("greet", 20)
        tr["inbound/company_name"] = within("company", 20)
        tr["inbound/self_intro"] = within("name", 30)
        tr["inbound/offer_help"] = within("offer", 45)
        tr["inbound/confirm_problem"] = "pass" if "restate" in first else "fail"
        tr["inbound/resolution"] = "pass" if "resolve" in first else "fail"
        tr["inbound/anything_else"] = "pass" if "anyelse" in first else "fail"
        th = [x for x in starts.get("thanks", []) if x >= last0]
        by = [x for x in starts.get("bye", []) if x >= last0]
        tr["inbound/thanks"] = "pass" if th else "fail"
        tr["inbound/goodbye"] = "pass" if by else "fail"
        if "greet" in first and "resolve" in first:
            tr["inbound/greeting_before_resolution"] = (
                "pass" if first["greet"] < first["resolve"] else "fail")
        if th and by:
            tr["inbound/thanks_before_goodbye"] = "pass" if min(th) < min(by) else "fail"
    else:
        tr["outbound/identify_self"] = within("name", 30)
        tr["outbound/identify_company"] = within("company", 30)
        tr["outbound/purpose"] = within("purpose", 60)
        tr["outbound/recording_disclosure"] = within("record", 60)
        if "record" in first:
            tr["outbound/consent"] = within("consent", 90)
    if neg:
        a0 = neg[0]["start"] / 100
        emp = [x for x in starts.get("empathy", []) if a0 <= x <= a0 + 20]
        tr["angry_caller/empathy"] = "pass" if emp else "fail"
        if any(abs(x - (a0 + 20)) < 2 or a0 - 2 <= x < a0 for x in starts.get("empathy", [])):
            near = True
        bad = any(s["interrupt"] and any(n["start"] < s["start"] < n["end"] for n in neg)
                  for s in timed)
        tr["angry_caller/no_interrupting_angry_customer"] = "fail" if bad else "pass"
    tr["angry_caller/no_blame"] = "fail" if "blame" in first else "pass"
    tr["forbidden/profanity"] = "fail" if "swear" in first else "pass"
    if lang == "vi":
        tr["forbidden/profanity_vi_strict"] = "fail" if "strict" in first else "pass"
    tr["forbidden/rude"] = "fail" if "rude" in first else "pass"
    tr["forbidden/no_card_readback"] = "fail" if "card" in first else "pass"
    return tr, near


# ---------------------------------------------------------------- row and independent check
def make_row(lang: str, idx: int, c: dict, timed: list[dict], decoys: list[str], info: dict,
             tr: dict, rng: random.Random) -> dict:
    segments, sentiment = [], []
    interruptions, raised = [], []
    neg = [s for s in timed if s["angry"]]
    for s in sorted(timed, key=lambda s: s["start"]):
        words = [w for pc in s["pieces"] for w in pc["words"]]
        segments.append({
            "speaker": s["spk"], "start": s["start"] / 100, "end": s["end"] / 100,
            "text": " ".join(w[2] for w in words),
            "words": [[w[0] / 100, w[1] / 100, w[2]] for w in words]})
        sentiment.append("negative" if s["angry"] else
                         "positive" if s["last"] and s["spk"] == "customer" else "neutral")
        if s["interrupt"]:
            n = [x for x in neg if x["start"] < s["start"] < x["end"]][0]
            interruptions.append({"speaker": "agent", "interrupted": "customer",
                                  "start_s": s["start"] / 100,
                                  "overlap_s": (min(s["end"], n["end"]) - s["start"]) / 100})
        if s["angry"] and rng.random() < 0.55:
            a = s["start"] + rng.randint(20, 80)
            b = max(a + 50, s["end"] - rng.randint(10, 60))
            raised.append({"speaker": "customer", "start_s": a / 100, "end_s": b / 100,
                           "above_median_db": round(rng.uniform(6.5, 13.5), 1)})
    cats = set(info["cats"])
    if neg:
        cats.add("complaint")
    style, full, spoken = c["agent"]
    direction = c["direction"]
    n_seg = len(segments)
    ctx = (f"{direction}/{info['sid']}; caller: {c['speaker'][0]}; agent {spoken} ({style}); "
           f"{'long' if n_seg >= 21 else 'short'}; noise level {c['noise']}; "
           f"{'angry' if neg else 'calm'}")
    pre = "en" if lang == "en" else "vi"
    return {
        "id": f"{pre}-heldout21-{idx:03d}", "split": "heldout21", "language": lang,
        "metadata": {"direction": direction, "queue": (info["cats"] or ["general"])[0],
                     "agent_name": full, "language": lang},
        "faults": [k for k in KEYS if tr[k] == "fail"],
        "decoys": decoys, "context": ctx, "segments": segments, "sentiment": sentiment,
        "metrics": {"speaker_separated": True, "interruptions": interruptions,
                    "raised_voice": raised},
        "truth": tr, "categories": sorted(cats),
    }


def kw_match(tok: str, kw: str) -> bool:
    if strip_marks(tok) == tok:
        return tok == strip_marks(kw)
    return tok == kw


def agent_tokens(row: dict, t0: float, t1: float) -> list[str]:
    return [w[2] for s in row["segments"] if s["speaker"] == "agent"
            for w in s["words"] if t0 <= w[0] <= t1]


def has_any(toks: list[str], kws: list[str]) -> bool:
    joined = " " + " ".join(toks) + " "
    for kw in kws:
        parts = kw.split()
        if len(parts) == 1:
            if any(kw_match(t, kw) for t in toks):
                return True
        elif f" {kw} " in joined or f" {strip_marks(kw)} " in joined:
            return True
    return False


GREET_W = ["hello", "hi", "hiya", "hey", "morning", "afternoon", "evening", "good day", "chào"]
COMP_W = ["acme", "acne", "ack may", "akmee", "egg me", "abc", "a bê xê", "ây bi xi",
          "a bờ cờ", "ê bê xê"]
OFFER_W = ["help", "assist", "how can", "how may", "what can", "do for you", "tell me",
           "whats happened", "giúp", "hỗ trợ", "cần gì", "cần chi", "nói em nghe", "support",
           "việc gì"]
REC_W = ["record", "recorded", "recording", "ghi âm"]
THANK_W = ["thanks", "thank", "cheers", "ta", "appreciate", "appreciated", "cảm ơn",
           "cám ơn"]
BYE_W = ["bye", "goodbye", "take care", "cheerio", "see you", "speak soon", "chào",
         "tạm biệt", "thôi nhé"]
ELSE_W = ["else", "anything more", "anything further", "further", "khác", "gì nữa",
          "gì thêm", "vướng gì", "còn gì"]
EMP_W = ["sorry", "apologise", "understand", "hear you", "oh no", "awful", "rough",
         "xin lỗi", "thông cảm", "hiểu", "tiếc", "trời ơi", "thương", "sorry"]
EN_SWEAR = ["shit", "fuck", "fucking", "bloody", "crap", "damn", "hell", "sod", "bugger",
            "piss", "arse", "bollocks"]
VI_STRICT = ["đéo", "địt", "đụ", "vãi", "lồn"]
VI_PLAIN = ["dm", "đm", "vl", "mẹ kiếp"]
NUM_EN = {w: 1 for w in EN_UNITS + ["oh"]}
NUM_EN.update({w: 2 for w in ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                              "sixteen", "seventeen", "eighteen", "nineteen"]})
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUM_VI = {w: 1 for w in VI_UNITS + [strip_marks(x) for x in VI_UNITS]}


def digit_runs(toks: list[str], lang: str) -> tuple[int, bool]:
    """Longest digit run over agent tokens, and whether a 3-digit code follows code/cvv/mã."""
    vals = []
    for i, t in enumerate(toks):
        if t.isdigit():
            vals.append(len(t))
        elif lang == "en" and t in TENS:
            vals.append(2)
        elif lang == "en" and t in NUM_EN:
            prev = toks[i - 1] if i else ""
            vals.append(0 if (prev in TENS and NUM_EN[t] == 1 and t not in ("oh", "zero"))
                        else NUM_EN[t])
        elif (lang == "en" and t == "double") or (lang == "vi" and t in NUM_VI):
            vals.append(1)
        else:
            vals.append(-1)
    best, run, runs = 0, 0, []
    for i, v in enumerate(vals):
        if v < 0:
            if run:
                runs.append((i, run))
            run = 0
        else:
            run += v
            best = max(best, run)
    if run:
        runs.append((len(vals), run))
    code = False
    for i, t in enumerate(toks):
        if t in ("code", "cvv", "mã", "ma"):
            j = i + 1
            while j < len(toks) and j <= i + 6 and vals[j] < 0:
                j += 1
            if j < len(toks) and j <= i + 6:
                k, r = j, 0
                while k < len(toks) and vals[k] >= 0:
                    r += vals[k]
                    k += 1
                if r == 3:
                    code = True
    return best, code


def text_check(row: dict) -> list[str]:
    """Independent check from words, times and context only (never the tags)."""
    errs = []
    tr = row["truth"]
    lang = row["language"]
    end = max(s["end"] for s in row["segments"])
    spoken = row["context"].split("; agent ")[1].split(" (")[0].lower()
    inbound = row["metadata"]["direction"] == "inbound"
    cw = 21 if inbound else 31
    if tr["inbound/greeting"] == "fail" and has_any(agent_tokens(row, 0, 21), GREET_W):
        errs.append("greeting word in window")
    comp_key = "inbound/company_name" if inbound else "outbound/identify_company"
    if tr[comp_key] == "fail" and has_any(agent_tokens(row, 0, cw), COMP_W):
        errs.append("company in window")
    name_key = "inbound/self_intro" if inbound else "outbound/identify_self"
    if tr[name_key] == "fail" and has_any(agent_tokens(row, 0, 31), [spoken]):
        errs.append("name in window")
    if tr["inbound/offer_help"] == "fail" and has_any(agent_tokens(row, 0, 46), OFFER_W):
        errs.append("offer in window")
    if tr["outbound/recording_disclosure"] == "fail" and has_any(
            agent_tokens(row, 0, 61), REC_W):
        errs.append("recording in window")
    closing = agent_tokens(row, end - 26, end + 1)
    if tr["inbound/thanks"] == "fail" and has_any(closing, THANK_W):
        errs.append("thanks in closing")
    if tr["inbound/goodbye"] == "fail" and has_any(closing, BYE_W):
        errs.append("goodbye in closing")
    if tr["inbound/anything_else"] == "fail" and has_any(agent_tokens(row, 0, 999), ELSE_W):
        errs.append("anything-else said")
    negs = [s for s, lab in zip(row["segments"], row["sentiment"], strict=True)
            if lab == "negative"]
    if negs:
        a0 = negs[0]["start"]
        if tr["angry_caller/empathy"] == "fail" and has_any(
                agent_tokens(row, a0, a0 + 21), EMP_W):
            errs.append("empathy word after anger")
        cut = any(any(n["start"] < i["start_s"] < n["end"] for n in negs)
                  for i in row["metrics"]["interruptions"])
        if cut != (tr["angry_caller/no_interrupting_angry_customer"] == "fail"):
            errs.append("interruption label")
    elif tr["angry_caller/empathy"] != "na" or (
            tr["angry_caller/no_interrupting_angry_customer"] != "na"):
        errs.append("anger keys without anger")
    allt = agent_tokens(row, 0, 9999)
    if lang == "en":
        sw = has_any(allt, EN_SWEAR)
        if sw != (tr["forbidden/profanity"] == "fail"):
            errs.append("en swear mismatch")
    else:
        strict = any(t in VI_STRICT for t in allt)
        if strict != (tr["forbidden/profanity_vi_strict"] == "fail"):
            errs.append("vi strict mismatch")
        anysw = strict or has_any(allt, VI_PLAIN)
        if anysw != (tr["forbidden/profanity"] == "fail"):
            errs.append("vi swear mismatch")
    best, code = digit_runs(allt, lang)
    if (best >= 12 or code) != (tr["forbidden/no_card_readback"] == "fail"):
        errs.append(f"card mismatch {best} {code}")
    return errs


# ---------------------------------------------------------------- whole set
CARD_FORMS = ["groups", "words", "one_wrong", "amex15", "cvv"]


def expected_fails(toks: list[str]) -> set[str]:
    return {k for t in toks for k in TOK_KEYS[t]}


def build_set() -> tuple[list[dict], dict]:
    rows = []
    draws = {"ok": 0, "redraw": 0}
    for lang, base in (("en", 0), ("vi", 150)):
        L = EN if lang == "en" else VI
        plans = plan_language(lang)
        hand = {"blame": 0, "rude": 0, "swear": 0, "strict": 0, "plain": 0, "card": 0}
        for c in plans:
            if "blame" in c["toks"]:
                c["blame_line"] = L["blame"][hand["blame"]]
                hand["blame"] += 1
            if "rude" in c["toks"]:
                c["rude_line"] = L["rude"][hand["rude"]]
                hand["rude"] += 1
            for sw, src in (("swear", "swear"), ("strict", "swear_strict"),
                            ("plain", "swear_plain")):
                if sw in c["toks"]:
                    c["swear_line"] = L[src][hand[sw]]
                    hand[sw] += 1
            if "card" in c["toks"]:
                c["card_form"] = CARD_FORMS[hand["card"] % len(CARD_FORMS)]
                hand["card"] += 1
        for j, c in enumerate(plans):
            idx = base + j
            want = expected_fails(c["toks"])
            for attempt in range(400):
                rng = rng_for(f"call/{lang}/{idx}/{attempt}")
                segs, decoys, info = build_call(lang, c, rng)
                timed = layout(lang, c, segs, rng)
                if timed is None:
                    continue
                tr, near = truth_of(c["direction"], lang, timed)
                fails = {k for k, v in tr.items() if v == "fail"}
                dur = max(s["end"] for s in timed) / 100
                n = len(timed)
                if near or fails != want or not (50 <= dur <= 240):
                    continue
                if not (9 <= n <= 15 or 21 <= n <= 34):
                    continue
                row = make_row(lang, idx, c, timed, decoys, info, tr, rng)
                if text_check(row):
                    continue
                rows.append(row)
                draws["ok"] += 1
                draws["redraw"] += attempt
                break
            else:
                raise SystemExit(f"could not build {lang} call {idx} {c['toks']}")
    return rows, draws


def validate(rows: list[dict]) -> None:
    order = ["id", "split", "language", "metadata", "faults", "decoys", "context", "segments",
             "sentiment", "metrics", "truth", "categories"]
    assert len(rows) == 300
    for r in rows:
        assert list(r) == order, r["id"]
        assert list(r["metadata"]) == ["direction", "queue", "agent_name", "language"]
        assert list(r["truth"]) == KEYS
        assert r["faults"] == [k for k in KEYS if r["truth"][k] == "fail"]
        assert all(v in ("pass", "fail", "na") for v in r["truth"].values())
        assert r["categories"] == sorted(set(r["categories"]))
        assert set(r["categories"]) <= set(CATS)
        assert r["decoys"] == sorted(r["decoys"])
        segs = r["segments"]
        assert 9 <= len(segs) <= 15 or 21 <= len(segs) <= 34, r["id"]
        assert len(r["sentiment"]) == len(segs)
        end = max(s["end"] for s in segs)
        assert 50 <= end <= 240, r["id"]
        prev = -1.0
        for s, lab in zip(segs, r["sentiment"], strict=True):
            assert list(s) == ["speaker", "start", "end", "text", "words"]
            assert s["text"] == " ".join(w[2] for w in s["words"])
            assert s["start"] == s["words"][0][0] and s["end"] == s["words"][-1][1]
            assert s["start"] >= prev
            prev = s["start"]
            last = -1.0
            for a, b, _ in s["words"]:
                assert a < b and a >= last and abs(round(a * 100) - a * 100) < 1e-6
                assert abs(round(b * 100) - b * 100) < 1e-6
                last = b
            if lab == "negative":
                assert s["speaker"] == "customer"
        inter = {i["start_s"] for i in r["metrics"]["interruptions"]}
        for a, b in zip(segs, segs[1:], strict=False):
            if b["start"] < a["end"]:
                assert b["start"] in inter, r["id"]
        for i in r["metrics"]["interruptions"]:
            assert i["overlap_s"] > 0
        inbound = r["metadata"]["direction"] == "inbound"
        other = OUTB if inbound else INB
        assert all(r["truth"][k] == "na" for k in other)
        if r["language"] == "en":
            assert r["truth"]["forbidden/profanity_vi_strict"] == "na"
        assert not text_check(r), (r["id"], text_check(r))
    for lang in ("en", "vi"):
        sub = [r for r in rows if r["language"] == lang]
        assert len(sub) == 150
        assert sum(r["metadata"]["direction"] == "inbound" for r in sub) == 110
        for k in KEYS:
            if lang == "en" and k == "forbidden/profanity_vi_strict":
                continue
            assert sum(r["truth"][k] == "fail" for r in sub) >= 9, (lang, k)
        assert sum(not r["faults"] for r in sub) >= 20
    for k in KEYS:
        assert sum(r["truth"][k] == "pass" for r in rows) >= 40, k
    for cat in CATS:
        assert sum(cat in r["categories"] for r in rows) >= 15, cat


def dump(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def tables(rows: list[dict], draws: dict) -> str:
    lines = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
             "|---|---|---|---|---|---|---|"]
    for k in KEYS:
        cells = []
        for lang in ("en", "vi"):
            sub = [r for r in rows if r["language"] == lang]
            cells += [str(sum(r["truth"][k] == v for r in sub)) for v in ("fail", "pass", "na")]
        lines.append(f"| {k} | " + " | ".join(cells) + " |")
    lines += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for cat in CATS + ["(none)"]:
        cnt = []
        for lang in ("en", "vi"):
            sub = [r for r in rows if r["language"] == lang]
            cnt.append(sum((cat in r["categories"]) if cat != "(none)" else not r["categories"]
                           for r in sub))
        lines.append(f"| {cat} | {cnt[0]} | {cnt[1]} | {cnt[0] + cnt[1]} |")
    fpc = {}
    for r in rows:
        fpc[len(r["faults"])] = fpc.get(len(r["faults"]), 0) + 1
    lines.append("")
    lines.append("Faults per call: " + ", ".join(f"{k} in {fpc[k]}" for k in sorted(fpc)))
    for lang in ("en", "vi"):
        sub = [r for r in rows if r["language"] == lang]
        lines.append(
            f"{lang}: fault-free {sum(not r['faults'] for r in sub)}, angry "
            f"{sum('negative' in r['sentiment'] for r in sub)}, long "
            f"{sum(len(r['segments']) >= 21 for r in sub)}, raised voice "
            f"{sum(bool(r['metrics']['raised_voice']) for r in sub)}, interruptions "
            f"{sum(bool(r['metrics']['interruptions']) for r in sub)}")
    durs = [max(s["end"] for s in r["segments"]) for r in rows]
    nsegs = [len(r["segments"]) for r in rows]
    lines.append(f"Length {min(durs):.1f}-{max(durs):.1f} s; segments {min(nsegs)}-{max(nsegs)}")
    lines.append(f"Draws: {draws['ok']} calls, {draws['redraw']} redraws")
    dec: dict[str, int] = {}
    for r in rows:
        for d in r["decoys"]:
            dec[d] = dec.get(d, 0) + 1
    lines.append("")
    lines.append("Decoy tags: " + ", ".join(f"{d} {dec[d]}" for d in sorted(dec)))
    return "\n".join(lines)


def plant_test(rows: list[dict]) -> list[str]:
    """Plant words into copies of finished rows and count how often the text check flags."""
    import copy

    def put(row, where, words):
        r = copy.deepcopy(row)
        ag = [s for s in r["segments"] if s["speaker"] == "agent"]
        seg = ag[0] if where == "first" else ag[-1]
        w0 = seg["words"][0] if where == "first" else seg["words"][-1]
        new = [[w0[0], w0[1], w] for w in words]
        seg["words"] = new + seg["words"] if where == "first" else seg["words"] + new
        seg["text"] = " ".join(w[2] for w in seg["words"])
        return r

    out = []
    plans = [
        ("inbound/greeting", "fail", "first", "hello", "chào"),
        ("inbound/company_name", "fail", "first", "acme", "abc"),
        ("inbound/company_name", "fail", "first", "ack may", "a bê xê"),
        ("outbound/identify_company", "fail", "first", "acme", "abc"),
        ("inbound/offer_help", "fail", "first", "help", "giúp"),
        ("inbound/thanks", "fail", "last", "much appreciated", "cám ơn"),
        ("inbound/goodbye", "fail", "last", "speak soon", "thôi nhé"),
        ("inbound/anything_else", "fail", "last", "anything more", "còn gì"),
        ("forbidden/profanity", "pass", "last", "bloody", "đéo"),
        ("forbidden/profanity", "pass", "last", "bugger", "mẹ kiếp"),
        ("forbidden/no_card_readback", "pass", "last", "4929 1184 0032 7716",
         "9704 1184 0032 7716"),
        ("forbidden/no_card_readback", "pass", "last",
         "four nine two nine one one eight four oh oh three two",
         "chín bảy không bốn một một tám bốn không không ba hai"),
        ("forbidden/no_card_readback", "pass", "last", "code four one seven",
         "mã bảo mật bốn một bảy"),
        ("forbidden/no_card_readback", "pass", "last", "expiry oh nine twenty eight",
         "tháng chín năm hai tám"),
    ]
    for key, val, where, en_w, vi_w in plans:
        sel = [r for r in rows if r["truth"][key] == val]
        hit = sum(bool(text_check(put(r, where, (en_w if r["language"] == "en"
                                                  else vi_w).split())))
                  for r in sel)
        out.append(f"{key} {val}: planted '{en_w}' / '{vi_w}': "
                   f"{hit} of {len(sel)} flagged")
    return out


def main() -> None:
    rows, draws = build_set()
    validate(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        if OUT.read_bytes() != data:
            raise SystemExit("heldout21.jsonl differs from a fresh build")
        print("check: heldout21.jsonl is byte-for-byte the same as a fresh build")
    else:
        OUT.write_bytes(data)
    print(tables(rows, draws))
    if "--plant" in sys.argv:
        print("\n".join(plant_test(rows)))
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
