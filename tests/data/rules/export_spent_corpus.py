"""Write ``aqm/scoring/data/items_spent.txt`` (agent sentences, script items) and
``aqm/scoring/data/drivers_spent.txt`` (customer sentences, call drivers): the wordings of the
seven SPENT held-out rule sets as training sentences for the per-item classifier.

heldout2 to heldout8 were written by other authors; their errors have been read, so their
wordings may now train. heldout9 and heldout10 stay blind: nothing of them is ever read here.

- ``heldout2_wordings`` / ``heldout3_wordings``: tagged parts like ``wordings.py``; tags map
  to items as in ``export_item_corpus.py``; fillers, blame, swearing, rudeness and card
  read-backs are negatives; customer lines get their scenario's categories (anger lines:
  ``complaint``, as ``build_rules_set`` gives them).
- ``build_heldout4`` / ``build_heldout5`` (imported: their ``main`` only runs as a script):
  every pool is mapped below to the item (or driver) the builder tags it with, "-" for its
  untagged decoys; pools that a builder joins with others are written one part at a time.
- ``build_heldout6`` (imported likewise): its wordings carry inline evidence markup
  (``{greet:...}``, ``{resolve:...}``); agent lines are labelled by the items their markup
  tags (its blame/prof/strict/rude/card/amb tags are none), except the pools listed in
  ``H6_AGENT`` (bare greetings it wraps itself; "thanks for holding" and thanks after an ID
  check, which it tags thanks only for its closing window); customer lines get their
  scenario's categories (angry wordings also ``complaint``, as the builder adds it) and
  outbound replies their own. Its ``$`` placeholders are filled as the builder fills them,
  customer lines in the caller's own anh/chị; statements it splits at "||" are written
  part by part (``H6_PARTS``).
- ``build_heldout7`` (imported likewise): module-level pools ``EN_<NAME>`` / ``VI_<NAME>``
  joined into calls as tagged parts; every pool is mapped to the item or driver its tag
  gives (``H7_AGENT``, ``H7_CUSTOMER``, ``H7_PAIRS`` for question/answer pairs, the late
  parts ``H7_LATE`` / ``H7_OB_LATE``, the scenarios' ``prob``/``conf``/``res``/``corr`` and
  outbound ``purpose``/``cust``/``body``), "-" for untagged decoys, and the parts its code
  joins are written one at a time (``H7_FIXED``). Customer lines get the drivers the builder
  gives the call for them (its scenario's; every angry line but distress ``complaint``). Its
  placeholders are filled as it fills them: customer name, amount and day; in Vietnamese the
  honorific anh/chị/cô/chú/bác, the agent's "em" (or "cháu" to cô/chú/bác: a late "À quên,
  cháu tên là {first}" is still ``self_intro``) and the caller's own pronoun (or "tui").
  Its outbound calls have no resolution rule, so their close-outs are labelled by what they
  say; a late "Oh, and hello, I never said hello" is a greeting, "Before I go into the
  reason, I need to check ..." no purpose, "Whatever branch is easiest for you" no rudeness
  (a negative), central and southern wordings ("làm chi rứa", "thấy thương chị quá") like
  any other.
- ``build_heldout8`` (imported likewise): its wordings carry inline markup (``[greet:...]``,
  ``[intro:...]``, ``[resol:...]``, ``[greet+co:...]``); agent lines are labelled by the items
  their markup tags (its d_* decoy, blame, rude, prof, strict and card tags are none), except
  the opening pools it wraps itself (``H8_OPENERS``) and the pools listed in ``H8_AGENT``
  ("thanks for holding", which it tags thanks; bare acknowledgements, interruptions and
  questions without empathy are none). Customer lines get the drivers the builder gives the
  call for them: the scenario's, ``complaint`` added to every angry line (its frightened
  fraud victims and grieving callers add none), an add-on request its own driver, outbound
  replies their purpose's. Exchanges (ID checks, the caller's questions, small talk) are
  written part by part (``H8_PAIRS``), and so are the parts its code joins (``H8_FIXED``).
  Its placeholders are filled as it fills them: agent name ``{first}``; in Vietnamese the
  honorific anh/chị/cô/chú (the agent always "em") with its given name, the caller's own
  pronoun that honorific or "tôi"; an English title, a colleague's name; its toneless swearing
  gets its tone marks back (``TONED``). Lines whose label is not their pool's are
  ``H8_RELABEL``; a late "you're through to Acme Bank's card team, by the way" is still
  ``company``, the outbound lead "Hi," a greeting.

Labels say what the SENTENCE realises (a late self-introduction is still ``self_intro``; a
mid-call "thanks for holding" is no ``thanks``), following items_written.txt and
drivers_written.txt. Where a builder's tag (or lack of one) disagrees with those files'
conventions, the sentence is left out and counted (``DOUBT``). Placeholders become the
classifier's: agent name ``{first}``, company ``{co}`` (spoken forms such as "ngân hàng ây bi
xi" stay), honorifics and card numbers filled in. An outbound opening that starts with a hello
("Hi, this is {first} from {co}") is also a greeting. Duplicates (within these files, or
already in items_written.txt, items_tune.txt or drivers_written.txt; case, punctuation and
the spelled-out company ignored) are dropped, and so is every copy of words whose labels
contradict each other there; words that are a greeting in one line and a goodbye in another
keep both (items_train treats those items as ambiguous with each other). Deterministic:
``python tests/data/rules/export_spent_corpus.py``.
"""

from __future__ import annotations

import re
import sys
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_heldout4 as B4  # noqa: E402
import build_heldout5 as B5  # noqa: E402
import build_heldout6 as B6  # noqa: E402
import build_heldout7 as B7  # noqa: E402
import build_heldout8 as B8  # noqa: E402
import heldout2_wordings as H2  # noqa: E402
import heldout3_wordings as H3  # noqa: E402
from export_item_corpus import ITEM_OF_TAG  # noqa: E402

from aqm.scoring.items_train import AMBIGUOUS_WITH  # noqa: E402

DATA = HERE.parents[2] / "aqm" / "scoring" / "data"
ITEMS_OUT = DATA / "items_spent.txt"
DRIVERS_OUT = DATA / "drivers_spent.txt"
AGENT_EXISTING = ("items_written.txt", "items_tune.txt")
CUSTOMER_EXISTING = ("drivers_written.txt",)
SCRIPT_ITEMS = ("greeting", "company", "self_intro", "offer_help", "confirm_problem",
                "resolution", "anything_else", "thanks", "goodbye", "empathy", "purpose",
                "recording_disclosure", "consent")
CATEGORIES = ("billing", "outage", "refund", "cancellation", "complaint", "card_lost",
              "address_change", "payment", "fraud")
LANGS = ("en", "vi")
# aqm.scoring.items_train.AMBIGUOUS_WITH: these items' examples are neither positives nor
# negatives of each other, so the same words may carry either label; ITEM_OF_TAG: wordings.py
# tags -> items (export_item_corpus.py)
CARDS = ("4921 3377 0415 8862", "5412 7534 9901 2267", "4539 2218 7741 0992")
CVVS = ("317", "604", "728")
# toneless swear words as the builders spell them -> with their tone marks (clean text)
TONED = {"deo hieu sao no loi": "đéo hiểu sao nó lỗi",
         "dit me lai mat ket noi": "địt mẹ lại mất kết nối",
         "deo hieu sao may loi nua": "đéo hiểu sao máy lỗi nữa",
         "dit me cai he thong": "địt mẹ cái hệ thống", "deo load duoc": "đéo load được",
         "deo hieu sao he thong lai bao loi": "đéo hiểu sao hệ thống lại báo lỗi",
         "deo hieu sao may lai dung nua, doi em chut nha":
             "đéo hiểu sao máy lại đứng nữa, đợi em chút nha",
         "dit me cai he thong, da em lam lai": "địt mẹ cái hệ thống, dạ em làm lại"}


@dataclass(frozen=True)
class Doubt:
    """A pool or line left out: its label is not certain (``REASONS[key]`` says why)."""

    key: str


REASONS = {
    "bank_apology": "the agent apologising for the bank's own mistake: builders 4-8 tag "
                    "it no empathy, items_written counts such apologies as empathy",
    "late_offer": "\"let me see how I can help you with that\": builder 4 tags it "
                  "offer_help, items_written has \"Let me see what I can do.\" as a negative",
    "closing_promise": "closing remarks builders leave untagged that items_written counts as "
                       "a resolution (\"you'll get a text confirming all that\", \"that's "
                       "all sorted\", \"that's all done on the system\", builder 7's "
                       "\"that's the one I've dealt with\", builder 8's \"so that's all done "
                       "on our side\")",
    "patience_thanks": "\"thank you for your patience\" as a hold decoy (builders 5, 6 "
                       "and 8), items_written has it as thanks",
    "wait_apology": "\"xin lỗi để anh chờ lâu\" as a hold decoy (builders 5 and 6), "
                    "items_written has such apologies for the wait as empathy",
    "mid_thanks": "\"dạ em cảm ơn anh\" as a mid-call thanks (builders 4 and 6): the same "
                  "words are closing thanks in items_written and items_tune",
    "side_resolution": "an answer that completes a side request (\"I've switched those on "
                       "for you now\"): builders 5, 6 and 8 tag no resolution, "
                       "items_written would",
    "reassure": "builder 5's reassurance after anger (\"I'll flag the case as urgent\"), "
                "which it never puts in a call without a resolution: unclear",
    "outbound_res": "an outbound close-out that is only half a resolution (\"I can arrange "
                    "that for you now\", \"great I'll close the case\", builder 7's "
                    "appointment \"I've put you down for Tuesday at ten\", builder 8's "
                    "\"I've emailed the three options\" and \"Any deposit keeps it "
                    "active\")",
    "anger_no_driver": "an angry customer line its builder gives no driver, while "
                       "drivers_written labels the same kind of line complaint",
    "swear_blame": "a customer swearing at or blaming the bank: builders 2-4 give it no "
                   "driver (or outage only), builder 5 and drivers_written give complaint",
    "lost_wallet": "a swearing decoy about a lost wallet: card_lost or not is unclear",
    "other_driver": "a scenario line that also raises a driver its builder does not give "
                    "(the wrong fee behind a refund), or not clearly the one it gives",
    "preamble": "a caller's preamble about calling again and again and the line cutting off: "
                "builder 5 no driver, drivers_written has a line that cuts off as outage and "
                "repeated calls as complaint",
    "loan_wait": "\"I applied and nobody has called\" (vi): builder 5 no driver, close to "
                 "drivers_written complaints about no call back",
    "closing_company": "a closing thanks naming the company (\"thanks for calling Acme "
                       "Bank\"): builder 6 tags it company, items_written has such thanks "
                       "as thanks only",
    "company_mention": "builder 6's and 7's late company line (\"Here at Acme Bank we can do "
                       "that for you\", \"We at Acme Bank can certainly check that\"): they "
                       "tag company, items_written has the company merely "
                       "mentioned mid-call as no company",
    "amb": "a bare \"I understand\" / \"sorry about that\" / \"dạ em hiểu\": builder 6 "
           "keeps them out of the empathy window as ambiguous (builder 7 redraws a call "
           "without empathy that has them there, yet uses them as plain "
           "acknowledgements; builder 8 as decoys of a restatement); items_written counts "
           "some such short words as empathy or confirm_problem, items_spent has \"dạ em "
           "hiểu\" as none",
    "standing_order": "setting up a standing order: builder 6 gives payment, drivers_written "
                      "has \"I want to set up a new standing order to my landlord.\" as no "
                      "driver",
    "split_part": "the second part of a statement builder 6 splits in two, which names no "
                  "driver without the first (\"they haven't got it either\")",
    "info_answer": "builder 7's answers to a caller's side question (\"It's five hundred "
                   "pounds a day at the machine\"): it tags them resolution, items_spent "
                   "has builder 5's such answers as none and items_written facts like \"Our "
                   "opening hours are eight till eight.\" as none",
    "purpose_lead": "\"Right, so the reason I'm calling today is this:\" (builder 7, never "
                    "said in its calls): a lead-in that states no purpose",
    "ob_hello": "\"Hi there, am I speaking with Mr McLeod?\" (builder 7 tags no greeting on an "
                "outbound call, builder 8 tags \"Hello, am I speaking to Mrs Jones?\" "
                "greeting): an outbound opening's hello is a greeting here, yet "
                "items_written has \"Hi, am I speaking with Sarah?\" as none",
    "correction": "a caller correcting a detail of the problem (\"Four, actually, there's "
                  "another one from this morning\"): builder 7 gives the call's drivers, the "
                  "words name none by themselves",
    "grief_letters": "builder 8's bereavement line about letters still sent to the dead "
                     "(never said in its calls): grief, which it gives no complaint, yet a "
                     "complaint about the bank's letters",
}

# individual lines, by their text in the source (before placeholders are filled)
DOUBT: dict[str, str] = {
    # heldout2 / heldout3 customer decoys
    "It's your fault, your bank messed this up.": "swear_blame",
    "You made a mistake, not me.": "swear_blame",
    "Lỗi của bên em chứ không phải của chị.": "swear_blame",
    "Tại các em làm sai đấy.": "swear_blame",
    "This is bloody ridiculous.": "swear_blame",
    "What the hell is going on with my money?": "swear_blame",
    "Mẹ kiếp, bực quá đi mất.": "swear_blame",
    "Đồ điên, ai làm vậy chứ.": "swear_blame",
    "Honestly, that's your bank's fault.": "swear_blame",
    "Lỗi là do ngân hàng chứ không phải tôi.": "swear_blame",
    "Ugh, bloody hell, I lost my wallet again.": "lost_wallet",
    "Mẹ kiếp, tôi lại mất ví rồi.": "lost_wallet",
    # heldout4
    "you'll get a text confirming all that shortly": "closing_promise",
    "that's all sorted then": "closing_promise",
    "dạ {x} sẽ nhận được tin nhắn xác nhận ngay ạ": "closing_promise",
    "dạ vậy là xong rồi ạ": "closing_promise",
    "this is fucking ridiculous": "swear_blame",
    "for fuck's sake": "swear_blame",
    "đm cái app như cc": "swear_blame",
    "bực vãi cả ra": "swear_blame",
    "you charged me an overdraft fee when i wasn't even overdrawn i want that money back and "
    "i'm not happy with how this was handled": "other_driver",
    "i was charged a late fee because your system didn't take my direct debit i want a refund "
    "and i want to complain": "other_driver",
    "ngân hàng thu phí chậm thanh toán của anh trong khi anh trả đúng hạn anh muốn lấy lại "
    "tiền và phản ánh việc này": "other_driver",
    "chị bị trừ phí thường niên dù đã được miễn phí chị muốn được hoàn và muốn khiếu nại":
        "other_driver",
    "the replacement card went to my old flat i don't live there any more": "other_driver",
    "thẻ mới của chị bị gửi về địa chỉ cũ chị chuyển nhà rồi sợ người khác lấy mất":
        "other_driver",
    "thẻ thay thế gửi về nhà trọ cũ của anh anh không ở đó nữa": "other_driver",
    "i can arrange that for you now and you'll get a closure letter in a week": "outbound_res",
    "dạ em hỗ trợ đóng tài khoản luôn cho chị một tuần nữa chị nhận thư xác nhận ạ":
        "outbound_res",
    "dạ em cảm ơn {x}": "mid_thanks",
    # heldout5
    "thank you for your patience": "patience_thanks",
    "cám ơn chị đã kiên nhẫn chờ": "patience_thanks",
    "xin lỗi để anh chờ lâu": "wait_apology",
    "sorry that's our mistake we shouldn't have charged you": "bank_apology",
    "that's an error on our side and I apologise": "bank_apology",
    "dạ đây là lỗi từ phía ngân hàng em thành thật xin lỗi chị": "bank_apology",
    "bên em sai sót em xin lỗi anh ạ": "bank_apology",
    "I'm so angry right now I can't believe this has happened": "anger_no_driver",
    "I'm absolutely furious about this": "anger_no_driver",
    "tôi đang rất bực mình đấy tiền đó tôi cần trả tiền nhà": "anger_no_driver",
    "sao lại như vậy được tôi tức lắm rồi": "anger_no_driver",
    "tôi bực lắm rồi nha": "anger_no_driver",
    "anh nộp hồ sơ vay tiêu dùng tuần trước mà chưa thấy ai gọi": "loan_wait",
    B5.PREAMBLE["en"][0]: "preamble",
    B5.PREAMBLE["vi"][0]: "preamble",
    "thanks I'll mark those as genuine": "outbound_res",
    "great I'll close the case": "outbound_res",
    "I'll email that over this afternoon": "outbound_res",
    "dạ em ghi nhận giao dịch hợp lệ": "outbound_res",
    "dạ vậy em đóng yêu cầu nhé": "outbound_res",
    "dạ em đánh dấu ưu tiên cho hồ sơ khiếu nại của chị": "outbound_res",
    "dạ em gửi thông tin cho anh chiều nay": "outbound_res",
    "yes I've switched those on for you now": "side_resolution",
    "I can order one now it'll come in about a week": "side_resolution",
    "dạ được em đăng ký luôn cho chị nhé": "side_resolution",
    "that's all done on the system": "closing_promise",
    "dạ hệ thống đã cập nhật xong ạ": "closing_promise",
}
# individual lines whose label is not their pool's
RELABEL: dict[str, str] = {
    # heldout4: anger the builder gives no driver, and that raises none
    "are you serious i need that money today to pay my rent": "-",
    "trời ơi chị cần tiền đó hôm nay để trả tiền nhà mà": "-",
    # heldout4: the appointment kept (outbound) is no resolution
    "great they'll see you then": "-",
    "dạ vâng chi nhánh sẽ đón {x} ạ": "-",
    # heldout5: distress without a driver; a company line that greets
    "I'm panicking here I need that money for my rent": "-",
    "this is really upsetting I don't know what to do": "-",
    "trời ơi tôi lo quá không biết làm sao": "-",
    "{b} kính chào": "company greeting",
}


@dataclass
class Corpus:
    """The exported sentences of one kind (agent or customer) and what was left out."""

    customer: bool
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # set, lang, label, text
    doubtful: dict[tuple[str, str], str] = field(default_factory=dict)  # (lang, text) -> reason

    def add(self, src: str, lang: str, label: str | Doubt, raw: str,
            fill: str | None = None) -> None:
        """One source line: ``label`` is its pool's ("-", "item item", or a ``Doubt``)."""
        if raw in DOUBT:
            label = Doubt(DOUBT[raw])
        elif raw in RELABEL:
            label = RELABEL[raw]
        USED.add(raw)
        text = clean(raw, lang, fill if fill is not None else raw)
        if isinstance(label, Doubt):
            self.doubtful.setdefault((lang, text), label.key)
            return
        known = CATEGORIES if self.customer else SCRIPT_ITEMS
        names = sorted(set(label.split()) - {"-"})
        assert set(names) <= set(known), (label, raw)
        self.rows.append((src, lang, ",".join(names) or "-", text))


USED: set[str] = set()


def clean(raw: str, lang: str, seed: str) -> str:
    """The classifier's placeholders ({first} {co} {p}); anh/chị and card data filled in."""
    text = raw.replace("{n}", "{first}").replace("{b}", "{co}")
    h = zlib.crc32(seed.encode("utf-8"))
    text = text.replace("{x}", ("anh", "chị")[h % 2])
    text = re.sub(r"(?i)\bacme bank's\b", "{co}", text)
    text = re.sub(r"(?i)\bacme bank\b", "{co}", text)
    text = re.sub(r"(?i)ngân hàng ABC", "{co}", text)
    text = text.replace("ending [CARD]", "ending " + CARDS[h % 3][-4:])
    text = text.replace("[CARD]", CARDS[h % 3]).replace("[CVV]", CVVS[h % 3])
    text = TONED.get(text, text)
    if lang == "en":
        text = re.sub(r"\bi\b", "I", text)
    left = set(re.findall(r"\{[^}]*\}", text)) - {"{first}", "{co}", "{p}"}
    assert not left and "[" not in text, raw
    return unicodedata.normalize("NFC", " ".join(text.split()))


def labels(names: Iterable[str]) -> str:
    return " ".join(names) or "-"


# --------------------------------------------------------------------------- heldout2/3
WORDINGS_CUSTOMER = {"decoy_company": "-", "ack": "-", "no_more": "-", "ob_reply": "-",
                     "verify": "-", "decoy_blame": Doubt("swear_blame"), "decoy_card": "-",
                     "decoy_profanity": Doubt("swear_blame"), "bye": "-"}


def greets(text: str, lang: str) -> bool:
    """An outbound opening that starts with a hello ("Hi, this is ..."; "Dạ em chào anh,
    em là ..."); a bare "Alo" is no greeting (items_written: "Alo, chị còn đó không ạ?")."""
    if lang == "en":
        return re.match(r"(hi|hello|hey|hiya|good (morning|afternoon|evening))\b",
                        text.lower()) is not None
    return "chào" in text.lower().split(",")[0].split()


def from_wordings(a: Corpus, c: Corpus, src: str, w: object, split: str) -> None:
    for lang in LANGS:
        up = lang.upper()
        pool = getattr(w, up)
        for slot, lists in pool.items():
            for text, tags in lists[split]:
                items = {ITEM_OF_TAG[t] for t in tags if t in ITEM_OF_TAG}
                if slot.startswith("ob_open") and greets(text, lang):
                    items.add("greeting")
                a.add(src, lang, labels(items), text)
        for text in getattr(w, f"{up}_FILLER"):
            a.add(src, lang, "-", text)
        for key, lines in getattr(w, f"{up}_CUSTOMER").items():
            for text in lines:
                c.add(src, lang, WORDINGS_CUSTOMER[key], text)
        for cats, _tune, lines, _problem in getattr(w, f"{up}_SCENARIOS"):
            for text in lines:
                c.add(src, lang, labels(cats.split()), text)
        for text in getattr(w, f"{up}_ANGER")[split]:
            c.add(src, lang, "complaint", text)  # build_rules_set: ANGER_CATEGORIES


# --------------------------------------------------------------------------- heldout4
H4_AGENT: dict[str, str | Doubt] = {
    "greeting": "greeting", "greeting_company": "company greeting", "company": "company",
    "self_intro": "self_intro", "offer_help": "offer_help", "late_intro": "self_intro",
    "late_greeting": "greeting", "late_company": "company", "late_offer": Doubt("late_offer"),
    "anything_else": "anything_else", "thanks": "thanks", "goodbye": "goodbye",
    "closing_filler": "-", "address_readback": "-", "hold": "-", "thanks_holding": "-",
    "bank_apology": Doubt("bank_apology"), "ack": "-", "empathy": "empathy",
    "procedural": "-", "blame": "-", "rude": "-", "profanity": "-", "profanity_strict": "-",
    "readback": "-", "last4": "-", "ref_readback": "-", "innocent": "-"}
H4_CUSTOMER: dict[str, str | Doubt] = {
    "cust_no_more": "-", "cust_yes": "-", "cust_ok": "-", "cust_bye": "-", "cust_card": "-",
    "cust_name": "-", "cust_blame": Doubt("swear_blame")}
H4_OUT_AGENT = {"greeting": "greeting", "self": "self_intro", "company": "company",
                "recording": "recording_disclosure", "consent": "consent",
                "check_person": "-", "dodge": "-", "note": "-", "late_self": "self_intro",
                "late_company": "company", "late_recording": "recording_disclosure",
                "late_consent": "consent", "close": "goodbye thanks"}
H4_OUT_CUSTOMER = ("cust_pick", "cust_consent", "cust_wait", "cust_back", "cust_record_q")
# fixed wordings in the builder's code: (customer?, lang, label, text)
H4_FIXED = [
    (False, "en", "-", "yeah go ahead"), (False, "vi", "-", "dạ nghe"),
    (True, "en", "-", "and um yeah i just wanted to get it sorted really"),
    (True, "vi", "-", "{x} cũng không biết phải làm sao nữa"),
    (False, "en", "-", "normally the terms say that fee does apply but"),
    (False, "vi", "-", "dạ theo quy định thì phí này vẫn được thu nhưng"),
    (False, "en", "-", "thanks for that"), (False, "vi", "-", "dạ em cảm ơn {x}"),
    (True, "en", "-", "sorry i'm really busy can you call me back tomorrow"),
    (True, "vi", "-", "xin lỗi {x} đang bận em gọi lại sau nhé"),
    (False, "en", "goodbye", "of course no problem i'll try you tomorrow bye"),
    (False, "vi", "goodbye", "dạ vâng em sẽ gọi lại sau ạ em chào {x}"),
]


def with_cats(default: str | Doubt, cats: list[str] | tuple[str, ...]) -> str | Doubt:
    """A customer line's drivers; a line its builder gives none keeps the pool's default."""
    return labels(cats) if cats else default


def heldout4(a: Corpus, c: Corpus) -> None:
    src = "heldout4"
    for lang in LANGS:
        w = B4.W[lang]
        expected = set(H4_AGENT) | set(H4_CUSTOMER) | {"id_check", "cust_swear"}
        assert set(w) == expected - ({"profanity_strict"} if lang == "en" else set())
        for key, lines in w.items():
            for text in lines:
                if key == "id_check":
                    q, ans = text.split("|")
                    a.add(src, lang, "-", q, fill=key + q)
                    c.add(src, lang, "-", ans, fill=key + ans)
                elif key == "cust_swear":
                    c.add(src, lang, with_cats(Doubt("swear_blame"),
                                               B4.CUST_SWEAR_CATS.get(text, [])), text)
                elif key in H4_CUSTOMER:
                    c.add(src, lang, H4_CUSTOMER[key], text, fill=key + text)
                else:
                    a.add(src, lang, H4_AGENT[key], text, fill=key + text)
        for cats, lines, confs, ress in B4.EN_SCEN if lang == "en" else B4.VI_SCEN:
            for text in lines:
                c.add(src, lang, labels(cats), text)
            for text in confs:
                a.add(src, lang, "confirm_problem", text)
            for text in ress:
                a.add(src, lang, "resolution", text)
        for cats, said, res, conf in B4.QUICK[lang]:
            c.add(src, lang, labels(cats), said)
            a.add(src, lang, "resolution", res)
            a.add(src, lang, "confirm_problem", conf)
        for text, cats in B4.ANGRY[lang] + B4.OUT_ANGRY[lang]:
            c.add(src, lang, with_cats(Doubt("anger_no_driver"), cats), text)
        for text in B4.NORES[lang] + B4.INTERRUPT[lang]:
            a.add(src, lang, "-", text)
        for said, answer in B4.FILLER[lang]:
            a.add(src, lang, "-", said)
            c.add(src, lang, "-", answer)
        for text in B4.CUST_MORE[lang] + B4.CUST_OPEN[lang]:
            c.add(src, lang, "-", text)
        ow = B4.OUT_W[lang]
        assert set(ow) == set(H4_OUT_AGENT) | set(H4_OUT_CUSTOMER) | {"late_purpose"}
        for purpose, reply, cats, res in B4.OUT_SCEN[lang]:
            a.add(src, lang, "purpose", purpose)  # (late_purpose only leads into it)
            c.add(src, lang, with_cats("-", cats), reply)
            a.add(src, lang, "resolution", res)
        for key, lines in ow.items():
            for text in lines:
                if key in H4_OUT_AGENT:
                    a.add(src, lang, H4_OUT_AGENT[key], text, fill="out" + key + text)
                elif key in H4_OUT_CUSTOMER:
                    c.add(src, lang, "-", text)
    for customer, lang, label, text in H4_FIXED:
        (c if customer else a).add(src, lang, label, text)


# --------------------------------------------------------------------------- heldout5
H5_AGENT: dict[str, str | Doubt] = {
    "greet": "greeting", "company": "company", "company_nogreet": "company",
    "company_tail": "company", "intro": "self_intro", "help": "offer_help",
    "late_intro": "self_intro", "late_company": "company", "late_help": "offer_help",
    "addr_readback": "-", "check_hold": "-", "thanks_hold": "-", "anyelse": "anything_else",
    "thanks": "thanks", "bye": "goodbye", "empathy": "empathy", "condolence": "empathy",
    "nonempathy_react": "-", "blame": "-", "policy": "-", "profanity": "-",
    "profanity_toneless": "-", "profanity_strict": "-", "rude": "-", "polite_decoy": "-",
    "readback_decoy": "-", "small_talk_a": "-", "new_starter": "-", "nonresolve": "-",
    "transfer_lead": "-"}
H5_CUSTOMER: dict[str, str | Doubt] = {
    "cust_nothing": "-", "cust_bye": "-", "cust_hello": "-", "cust_swear": "complaint",
    "cust_blame": "complaint", "angry_complaint": "complaint", "angry_distress": "-",
    "cust_ok": "-", "cust_thanks_mid": "-", "small_talk_c": "-", "cust_greet_name": "-"}
H5_OUTB_AGENT = {"self": "self_intro", "company": "company",
                 "recording": "recording_disclosure", "consent": "consent", "verify": "-",
                 "security": "-"}
H5_OUTB_CUSTOMER = ("cust_pickup", "cust_yes", "security_a")
H5_EXTRA = {  # builder-level tables: (table, label) for the agent's wordings
    "LATE_GREET": "greeting", "OUT_GREET": "greeting", "OUT_LATE_SELF": "self_intro",
    "OUT_LATE_COMPANY": "company", "OUT_LATE_REC": "recording_disclosure",
    "OUT_LATE_CONSENT": "consent", "REASSURE": Doubt("reassure"), "HOLD_ASK": "-",
    "APOLOGY": Doubt("bank_apology")}
H5_FIXED = [
    (False, "en", "-", "yes go ahead"), (False, "vi", "-", "dạ nghe ạ"),
    (True, "en", "-", "sorry is this Acme Bank"),
    (True, "vi", "-", "đây có phải ngân hàng ABC không em"),
    (False, "en", "-", "yes it is"), (False, "en", "-", "yep that's right"),
    (False, "vi", "-", "dạ đúng rồi ạ"),
    (False, "en", "-", "that's all done on the system"),
    (False, "vi", "-", "dạ hệ thống đã cập nhật xong ạ"),
    (False, "en", "-", "yes I can do that for you now"),
    (False, "vi", "-", "dạ em làm luôn cho mình ạ"),
    (False, "en", "-", "okay"), (False, "en", "-", "right"), (False, "en", "-", "mm"),
    (False, "vi", "-", "dạ vâng"), (False, "en", "-", "okay then"),
    (True, "en", "-", "yeah that's fine"), (True, "vi", "-", "ừ được"),
    (True, "vi", "-", "dạ được em"), (True, "vi", "-", "ok em"),
    (False, "en", "-", "sorry to bother you"), (False, "vi", "-", "dạ em xin lỗi làm phiền"),
]


def heldout5(a: Corpus, c: Corpus) -> None:
    src = "heldout5"
    for lang in LANGS:
        bank = B5.EN if lang == "en" else B5.VI
        assert set(bank) <= set(H5_AGENT) | set(H5_CUSTOMER) | {"angry_out"}, set(bank)
        for key, lines in bank.items():
            for text in lines:
                if key == "angry_out":
                    cats, said = B5.split_cats(text)
                    c.add(src, lang, with_cats(Doubt("anger_no_driver"), cats), said)
                elif key in H5_CUSTOMER:
                    c.add(src, lang, H5_CUSTOMER[key], text)
                else:
                    a.add(src, lang, H5_AGENT[key], text)
        for scen in (B5.SCEN_EN if lang == "en" else B5.SCEN_VI).values():
            for text in scen["prob"]:
                cats, said = B5.split_cats(text)
                c.add(src, lang, with_cats("-", cats), said)
            for text in scen["conf"]:
                a.add(src, lang, "confirm_problem", text)
            for text in scen["res"]:
                a.add(src, lang, "resolution", text)
        for text in B5.SECOND_EN if lang == "en" else B5.SECOND_VI:
            cats, said = B5.split_cats(text)
            c.add(src, lang, with_cats("-", cats), said)
        for scen in (B5.OUT_EN if lang == "en" else B5.OUT_VI).values():
            for text in scen["purpose"]:
                a.add(src, lang, "purpose", text)
            for text in scen["reply"]:
                cats, said = B5.split_cats(text)
                c.add(src, lang, with_cats("-", cats), said)
            for text in scen["res"]:
                a.add(src, lang, "resolution", text)
        outb = B5.OUTB_EN if lang == "en" else B5.OUTB_VI
        assert set(outb) == set(H5_OUTB_AGENT) | set(H5_OUTB_CUSTOMER)
        for key, lines in outb.items():
            for text in lines:
                if key in H5_OUTB_AGENT:
                    a.add(src, lang, H5_OUTB_AGENT[key], text)
                else:
                    c.add(src, lang, "-", text)
        pairs = B5.PAIRS[lang]
        for q, ans in pairs["id_first"] + pairs["id"]:
            a.add(src, lang, "-", q)
            c.add(src, lang, "-", ans)
        for q, ans in pairs["extra"] + pairs["one_more"]:
            c.add(src, lang, "-", q)
            a.add(src, lang, "-", ans)
        for ask, said, back in B5.READBACK[lang]:
            a.add(src, lang, "-", ask)
            c.add(src, lang, "-", said)
            a.add(src, lang, "-", back)
        for text in B5.PREAMBLE[lang]:
            c.add(src, lang, "-", text)
        for table, label in H5_EXTRA.items():
            for text in getattr(B5, table)[lang]:
                a.add(src, lang, label, text)
    for customer, lang, label, text in H5_FIXED:
        (c if customer else a).add(src, lang, label, text)


# --------------------------------------------------------------------------- heldout6
# builder 6 marks its evidence inline ({tag:words}); these tags are script items (its other
# tags, amb blame prof strict rude card, and the words it tags automatically, are none)
ITEM_OF_TAG6 = {"greet": "greeting", "company": "company", "intro": "self_intro",
                "offer": "offer_help", "confirm": "confirm_problem", "resolve": "resolution",
                "anyelse": "anything_else", "thanks": "thanks", "bye": "goodbye",
                "emp": "empathy", "purpose": "purpose", "disclose": "recording_disclosure",
                "consent": "consent"}
MARKED = "@"  # an agent pool labelled by its markup
# pools of B6.EN / B6.VI: agent pools labelled by their markup unless listed here
H6_AGENT: dict[str, str | Doubt] = {
    "greet": "greeting",  # the builder wraps these in {greet:...}
    "hold_end": "-", "idok": "-",  # mid-call "thanks for holding" / "thanks" after ID checks
    "late_company": Doubt("company_mention"), "amb": Doubt("amb"),
    "bank_apology": Doubt("bank_apology")}
H6_CUSTOMER: dict[str, str | Doubt] = {
    "cust_hello": "-", "cust_hold_ok": "-", "cust_angry_more": Doubt("anger_no_driver"),
    "cust_calm": "-", "cust_continue_angry": Doubt("anger_no_driver"), "cust_nothing": "-",
    "cust_bye": "-", "cust_thanks_bye": "-", "react_good": "-", "react_nores": "-",
    "name_decoy": "-", "cust_jump": "-", "gbr_cust": "-", "gbr_cust2": "-", "ramble": "-"}
# pools of exchanges: who says each part (a: agent, c: customer); agent parts by markup,
# customer parts "-"
H6_PAIRS = {"idcheck": "ac", "blame_generic": "ca", "rude": "ca", "card": "cac",
            "card_decoy": "ac", "small": "ca", "relative": "cc", "cust_hold": "cc"}
H6_AGENT_POOLS = ("company", "intro", "offer", "trainee_open", "backch", "hold_start", "emp",
                  "emp_bereave", "emp_upset", "nonemp", "interrupt_lines", "late_empathy",
                  "prof", "strict", "strict_rude", "anyelse", "not_anyelse", "thanks", "bye",
                  "welcome", "late_intro", "late_greet_pre", "late_greet",
                  "late_greet_nooffer", "late_offer", "gbr_after", "greet_company")
# B6.EN_EXTRA / VI_EXTRA ("so" and "tbg_join" only join other parts)
H6_X_AGENT = ("card_ask", "decoy_intr", "noconfirm", "pre_anger")
H6_X_CUSTOMER: dict[str, str | Doubt] = {
    "ack": "-", "angry_generic": "complaint", "apology_ok": "-", "clear": "-",
    "cust_intr": "-", "decoy_intr_cust": "-", "hello_first": "-", "huh": "-",
    "idanswer": "-", "reaction": "-", "thanks_small": "-"}
H6_X_OUTBOUND: dict[str, tuple[bool, str | Doubt]] = {  # (customer?, label)
    "nonemp": (False, "-"), "cust_angry_more": (True, Doubt("anger_no_driver")),
    "idanswer": (True, "-")}
# B6.EN_OUTP / VI_OUTP
H6_OUT_AGENT = ("open_full", "open_noself", "open_nocompany", "open_none", "disc_cons",
                "disc_only", "consent_only", "late_self", "late_disc", "late_consent",
                "closing")
H6_OUT_CUSTOMER: dict[str, str] = {"cust_ok": "-", "cust_consent": "-", "cust_mm": "-",
                                   "cust_bye": "-", "angry": "complaint"}
H6_OUT_PAIRS = {"verify": "ac", "cust_pause": "cc"}
# wordings in the builder's code (its gbr_after() parts, replies, outbound close):
# (customer?, lang, label, text)
H6_FIXED: list[tuple[bool, str, str | Doubt, str]] = [
    (True, "en", "-", "Hello?"), (True, "en", "-", "Okay."), (True, "en", "-", "Sure."),
    (True, "vi", "-", "A lô?"), (True, "vi", "-", "Ừ."), (True, "vi", "-", "Dạ."),
    (False, "en", MARKED, "Oh, {greet:hello}"), (False, "en", "-",
                                                 "sorry, I jumped straight in there"),
    (False, "en", MARKED, "{intro:$name speaking}"),
    (False, "en", MARKED, "{offer:How can I help you today}?"),
    (False, "vi", MARKED, "À, {greet:em chào $kh ạ}"),
    (False, "vi", "-", "em xin lỗi, em vội quá"), (False, "vi", MARKED, "{intro:em là $name}"),
    (False, "vi", MARKED, "{offer:Em hỗ trợ được gì cho $kh ạ}?"),
    (False, "en", MARKED, "{thanks:Thanks for your time}, from all of us at "
                          "{company:Acme Bank}, {bye:bye now}."),
    (False, "vi", MARKED, "{thanks:Dạ em cảm ơn $kh}, {company:ngân hàng ABC} {bye:chào $kh} "
                          "ạ."),
]
# the parts of customer statements the builder splits at "||", by their text
H6_PARTS: dict[str, str | Doubt] = {
    "Hello, um, I was checking my statement and there's, er, the same payment twice, to my "
    "gym, thirty-five pounds, same day.": "billing",
    "I've only got the one membership, so can I get that second one refunded?": "refund",
    "Hello, I can't find my credit card. I had it at the restaurant last night and this "
    "morning it's gone.": "card_lost",
    "I've rung the restaurant and they haven't got it either.": Doubt("split_part"),
    "Vâng, chào em, chị muốn hỏi là hôm qua chị thanh toán tiền học cho con, ba triệu hai, "
    "mà tài khoản bị trừ hai lần ấy.": "billing",
    "Chị chỉ đóng một lần thôi, em xem lại rồi trả lại chị khoản kia nhé.": "refund",
}
# individual lines, by their text in the builder (region mark "N:"/"S:" removed)
H6_DOUBT: dict[str, str] = {
    "Sorry to keep you, {thanks:thanks for your patience}.": "patience_thanks",
    "Dạ xin lỗi đã để $kh chờ lâu ạ.": "wait_apology",
    "Dạ rồi, {thanks:cảm ơn $kh nha}.": "mid_thanks",
    "Dạ vâng, em cảm ơn ạ.": "mid_thanks",
    "{thanks:Thanks for calling} {company:Acme Bank}": "closing_company",
    "{thanks:Dạ em cảm ơn $kh đã gọi đến} {company:ngân hàng ABC}": "closing_company",
    "{thanks:Cảm ơn $kh đã tin tưởng sử dụng dịch vụ của} {company:ngân hàng ABC}":
        "closing_company",
    "{thanks:Thanks for your time}, from all of us at {company:Acme Bank}, {bye:bye now}.":
        "closing_company",
    "{thanks:Dạ em cảm ơn $kh}, {company:ngân hàng ABC} {bye:chào $kh} ạ.": "closing_company",
    "Okay, so that's all done for you.": "closing_promise",
    "Right, you're all set.": "closing_promise",
    "Dạ vậy là xong rồi ạ.": "closing_promise",
    "Vâng, thế là ổn rồi ạ.": "closing_promise",
    "{amb:I understand}. Let me bring it up.": "amb",
    "{amb:Dạ em hiểu} ạ, để em xem.": "amb",
    "The debit card. Please, I just need it stopped.": "other_driver",
    "Thẻ ghi nợ đó em, em khóa gấp giùm chị.": "other_driver",
    "I want to set up a standing order to my landlord, eight hundred a month, going out on "
    "the first.": "standing_order",
    "Hi, I've just started renting a flat, and I need to pay the rent every month by "
    "standing order, eight hundred pounds, I've got the landlord's details here.":
        "standing_order",
    # outbound close-outs the builder tags no resolution
    "Great, I'll mark that as genuine then, the card's all good to use.": "outbound_res",
    "Okay, I've made a note that it'll be paid by Friday.": "outbound_res",
    "No problem, I'll post the details out today.": "outbound_res",
    "Of course, I'll email you both options today.": "outbound_res",
    "Lovely, I'll send the offer documents out for you to sign.": "outbound_res",
    "I've found the fees were correct, but I've refunded one as a gesture of goodwill.":
        "outbound_res",
    "Brilliant, I'll close the case then.": "outbound_res",
    "I'll send the application link by email.": "outbound_res",
    "Dạ vậy em xác nhận giao dịch hợp lệ ạ.": "outbound_res",
    "Dạ em ghi nhận $kh thanh toán cuối tuần ạ.": "outbound_res",
    "Dạ em gửi thông tin cho $kh liền ạ.": "outbound_res",
    "Dạ em gửi địa chỉ chi nhánh gần nhất qua tin nhắn cho $kh ạ.": "outbound_res",
    "Dạ phí đó đúng quy định, nhưng em đã hoàn một phần để hỗ trợ $kh ạ.": "outbound_res",
    "Dạ vậy em đóng yêu cầu nha.": "outbound_res",
    "Okay, I've updated the number.": "side_resolution",
}
# lines whose label is not their pool's or markup's: the builder tags the company in this
# greeting automatically ("ây bi xi" inside its {greet:...})
H6_RELABEL: dict[str, str] = {"{greet:A lô, ngân hàng ây bi xi xin chào} $kh0": "company greeting"}
H6_USED: set[str] = set()


class Heldout6:
    """Builder 6's wordings, its markup stripped and its ``$`` placeholders filled as the
    builder fills them (agent name ``{first}``; customer, anh/chị, tôi/mình drawn from the
    text), customer wordings in the caller's own pronoun as the builder swaps them."""

    def __init__(self, a: Corpus, c: Corpus) -> None:
        self.a, self.c = a, c
        self.b = B6.Builder(B6.Spec("vi", "inbound", frozenset(), False, 0), 0)

    def line(self, customer: bool, lang: str, label: str | Doubt, text: str) -> None:
        text = B6.strip_region(text)
        if text in H6_DOUBT:
            label = Doubt(H6_DOUBT[text])
        elif text in H6_RELABEL:
            label = H6_RELABEL[text]
        H6_USED.add(text)
        tags = [t for m in B6.MARK_RE.finditer(text) for t in m.group(1).split("+")]
        if label == MARKED:
            assert not customer, text
            label = labels(sorted({ITEM_OF_TAG6[t] for t in tags if t in ITEM_OF_TAG6}))
        bare = B6.MARK_RE.sub(r"\2", text)
        h = zlib.crc32(text.encode("utf-8"))
        b = self.b
        b.lang = lang
        if lang == "en":
            cn, cfull = B6.EN_CUSTOMERS[h % len(B6.EN_CUSTOMERS)]
            b.ctx = {"name": "{first}", "full": "{first}", "cn": cn, "cfull": cfull}
        else:
            pron, cn, cfull = B6.VI_CUSTOMERS[h % len(B6.VI_CUSTOMERS)]
            kh0 = ("anh chị", "quý khách")[(h >> 8) % 2]
            toi = ("tôi", pron, "mình")[(h >> 12) % 3]
            b.pron = pron
            b.ctx = {"name": "{first}", "full": "{first}", "cn": cn, "cfull": cfull,
                     "kh": pron, "Kh": pron.capitalize(), "kh0": kh0,
                     "Kh0": kh0.capitalize(), "toi": toi, "Toi": toi.capitalize()}
        filled = b.fill(bare, "customer" if customer else "agent")
        assert "$" not in filled and "{" not in filled.replace("{first}", ""), text
        (self.c if customer else self.a).add("heldout6", lang, label, filled, fill=text)

    def statement(self, lang: str, label: str | Doubt, text: str) -> None:
        """A customer statement: the builder says the parts between "||" one at a time."""
        parts = [p.strip() for p in B6.strip_region(text).split("||")]
        for part in parts:
            if len(parts) > 1:
                assert part in H6_PARTS, part
                H6_USED.add(part)
            self.line(True, lang, H6_PARTS.get(part, label), part)

    def pairs(self, lang: str, pools: dict[str, list] | dict[str, tuple],
              who: dict[str, str]) -> None:
        for key, parts in who.items():
            pool = pools[key]
            for item in (pool if isinstance(pool, list) else [pool]):
                for spk, text in zip(parts, B6.strip_region(item), strict=True):
                    if text:
                        self.line(spk == "c", lang, "-" if spk == "c" else MARKED, text)


def heldout6(a: Corpus, c: Corpus) -> None:
    h = Heldout6(a, c)
    for lang in LANGS:
        en = lang == "en"
        p = B6.EN if en else B6.VI
        known = (set(H6_AGENT) | set(H6_CUSTOMER) | set(H6_PAIRS) | set(H6_AGENT_POOLS))
        assert set(p) <= known and set(p) >= known - {"late_offer", "strict", "strict_rude"}
        for key, pool in p.items():
            if key in H6_PAIRS:
                continue
            for text in pool:
                if key in H6_CUSTOMER:
                    h.line(True, lang, H6_CUSTOMER[key], text)
                else:
                    h.line(False, lang, H6_AGENT.get(key, MARKED), text)
        h.pairs(lang, p, H6_PAIRS)
        for scen in B6.EN_SCEN if en else B6.VI_SCEN:
            cats = list(scen["cats"])
            for mood, add in (("prob", []), ("upset", []), ("angry", ["complaint"])):
                for item in scen.get(mood, []):
                    text, extra = item if isinstance(item, tuple) else (item, [])
                    h.statement(lang, labels(sorted(set(cats + add + extra))), text)
            for key in ("confirm", "confirm_mood", "resolve", "resolve_mood", "nores", "blame"):
                for text in scen.get(key, []):
                    h.line(False, lang, MARKED, text)
            if "decoy_readback" in scen:
                h.line(False, lang, MARKED, scen["decoy_readback"])
        x = B6.EN_EXTRA if en else B6.VI_EXTRA
        assert set(x) == set(H6_X_AGENT) | set(H6_X_CUSTOMER) | {"so", "tbg_join",
                                                                 "outbound_pools"}
        for key in H6_X_AGENT:
            for text in x[key]:
                h.line(False, lang, MARKED, text)
        for key, label in H6_X_CUSTOMER.items():
            for text in x[key]:
                h.line(True, lang, label, text)
        assert set(x["outbound_pools"]) == set(H6_X_OUTBOUND)
        for key, (customer, label) in H6_X_OUTBOUND.items():
            for text in x["outbound_pools"][key]:
                h.line(customer, lang, label if customer else MARKED, text)
        o = B6.EN_OUTP if en else B6.VI_OUTP
        assert set(o) == set(H6_OUT_AGENT) | set(H6_OUT_CUSTOMER) | set(H6_OUT_PAIRS)
        for key in H6_OUT_AGENT:
            for text in o[key]:
                h.line(False, lang, MARKED, text)
        for key, label in H6_OUT_CUSTOMER.items():
            for text in o[key]:
                h.line(True, lang, label, text)
        h.pairs(lang, o, H6_OUT_PAIRS)
        for osc in B6.EN_OUT if en else B6.VI_OUT:
            for text in osc["purpose"] + osc["close"]:
                h.line(False, lang, MARKED, text)
            h.line(False, lang, MARKED, osc["detail"][0])
            for item in osc["resp"]:
                text, cats = B6.strip_region(item)
                h.line(True, lang, labels(sorted(cats)), text)
    for customer, lang, label, text in H6_FIXED:
        h.line(customer, lang, label, text)
    unused = (set(H6_DOUBT) | set(H6_RELABEL) | set(H6_PARTS)) - H6_USED
    assert not unused, unused


# --------------------------------------------------------------------------- heldout7
# builder 7's module-level wordings are EN_<NAME> / VI_<NAME>; its tags (greet company intro
# help confirm resolve anyelse thanks bye empathy ob_self ob_company ob_purpose ob_rec
# ob_consent) are the items below, its others (thx_mid prof strict rude card blame) none.
# Agent pools: the items its tag gives ("" untagged: "-")
H7_AGENT: dict[str, str | Doubt] = {
    "G": "greeting", "C": "company", "GC": "company greeting", "I": "self_intro",
    "CI": "company self_intro", "H": "offer_help", "NOCONF": "-", "HOLD": "-",
    "HOLD_THANKS": "-",  # "thanks for holding" mid-call (thx_mid): no thanks
    "NORES": "-", "NORES_Q": "-", "ANY": "anything_else", "THX": "thanks", "BYE": "goodbye",
    "NOTHX_CLOSE": Doubt("closing_promise"), "EMP": "empathy", "CONDOLENCE": "empathy",
    "PROCEDURAL": "-", "EMP_LATE": "empathy", "BLAME": "-", "POLICY": "-",
    "BANK_SORRY": Doubt("bank_apology"), "RUDE": "-", "PROF": "-", "PROF_TL": "-",
    "STRICT": "-", "CARD": "-", "CARD_OK": "-", "NOTED": "-", "OB_C_ALONE": "company",
    "EMP_DISTRESS": "empathy", "ADDRESS_Q": "-", "OB_I": "self_intro", "OB_C": "company",
    "OB_CI": "company self_intro", "OB_R": "recording_disclosure", "OB_Q": "consent",
    "RECORDED_DELIVERY": "-",  # "recorded delivery" is no recording disclosure
    # outbound: the builder tags no opening hello and no closing (no rule asks for them)
    "OB_OPEN": "-", "OB_CLOSE": "goodbye thanks"}
# pools of opening parts the builder joins with others (lower case, no capital added)
H7_FRAGMENTS = ("G", "C", "GC", "I", "CI", "H", "OB_I", "OB_C", "OB_CI")
# customer pools: the drivers the builder gives the call for them (every angry line but
# distress makes the call a complaint)
H7_CUSTOMER: dict[str, str | Doubt] = {
    "ACK": "-", "YES": "-", "ANY_NO": "-", "CUST_BYE": "-", "CUST_THANKS": "-",
    "CUST_SELF_PLAN": "-", "ANGRY": "complaint", "ANGRY_SWEAR": "complaint",
    "DISTRESS": "-", "ANGRY_MORE": "complaint", "WHY": "-", "WAIT": "-", "DETAIL": "-",
    "ANGRY_MID": "complaint", "ANGRY_MID_SWEAR": "complaint", "ANGRY_LATE": "complaint",
    "ANGRY_LATE_SWEAR": "complaint", "NORES_REPLY": "-", "OB_ANSWER": "-", "OB_QYES": "-"}
# pools of exchanges: who says each part (a: agent, c: customer) and the agent part's label
H7_PAIRS: dict[str, tuple[str, str | Doubt]] = {
    "SECURITY": ("ac", "-"), "IDCHECK": ("ac", "-"), "ADDRESS_READBACK": ("ca", "-"),
    "ONE_MORE": ("ca", "-"), "SMALLTALK": ("ca", "-"), "WHATEVER_OK": ("ca", "-"),
    "LOOKALIKE": ("ca", "-"), "OB_DPA": ("ac", "-"),
    "EXTRA": ("ca", Doubt("info_answer"))}  # the builder tags these answers resolve
# late parts (only OB_LATE["P"] is never said: build_outbound uses I, C, R and Q)
H7_LATE: dict[str, str | Doubt] = {"G": "greeting", "C": Doubt("company_mention"),
                                   "I": "self_intro", "H": "offer_help"}
H7_OB_LATE: dict[str, str | Doubt] = {"I": "self_intro", "C": "company",
                                      "P": Doubt("purpose_lead"),
                                      "R": "recording_disclosure", "Q": "consent"}
# fill-in data and the builder's lint word lists, no wordings
H7_DATA = ("AGENTS", "MISHEARD", "CUSTOMERS", "AMT", "DAY", "HONOR", "CUSTNAME_M",
           "CUSTNAME_F", "CO", "HOMOPHONES", "DROPPABLE", "EMP_WORDS", "IN", "OUT")
# pools only one language has
H7_ONLY = {"en": {"MISHEARD", "CUSTOMERS", "DAY", "HOMOPHONES", "DROPPABLE", "WHATEVER_OK",
                  "PROF"},
           "vi": {"HONOR", "CUSTNAME_M", "CUSTNAME_F", "CO", "LOOKALIKE", "PROF_TL", "STRICT"}}
# wordings in the builder's code, each part on its own: (customer?, lang, label, text)
H7_FIXED: list[tuple[bool, str, str | Doubt, str]] = [
    (False, "en", "-", "Yes?"), (False, "vi", "-", "Dạ?"),  # an opening with no parts
    (True, "en", "-", "Hello? Is that the bank?"), (True, "vi", "-", "A lô? Ngân hàng hả?"),
    (False, "en", "-", "Yes, it is,"), (False, "vi", "-", "Dạ đúng rồi ạ,"),
    (True, "en", "-", "Oh hi, is that {n}? You helped me last week."),
    (True, "vi", "-", "A, có phải {n} không, tuần trước {e} giúp {ks} đó."),
    (False, "en", "-", "That's right, yes."), (False, "vi", "-", "Dạ đúng rồi ạ."),
    # the warm transfer that gives the outcome before the greeting (opening_gbr)
    (False, "en", "-", "{cn}, I have your notes. "), (False, "vi", "-", "Dạ {kh}, "),
    (True, "en", "-", "Oh, okay."), (True, "vi", "-", "Ờ, vậy hả."),
    (False, "en", Doubt("amb"), "Sorry,"), (False, "vi", Doubt("amb"), "Dạ xin lỗi,"),
    (False, "en", "offer_help", "how can I help you today?"),
    (False, "vi", "offer_help", "{e} có thể giúp gì cho {kh} ạ?"),
    (True, "en", "-", "Yes, like I told your colleague, "),
    (True, "vi", "-", "Ừ, như {ks} nói với bạn kia, "),
    (False, "en", Doubt("closing_promise"), "Yes, that's the one I've dealt with."),
    (False, "vi", Doubt("closing_promise"), "Dạ đúng rồi, việc đó {e} xử lý xong rồi ạ."),
    # closing, forbidden-line and hold replies; the second issue's lead-in
    (True, "en", "-", "Right, that's all I needed, really."),
    (True, "vi", "-", "Rồi, {ks} chỉ cần vậy thôi."),
    (True, "en", "-", "Sorry, can you say that again? The line's bad."),
    (True, "vi", "-", "Hả? {e} nói lại được không, nghe không rõ."),
    (True, "en", "-", "Okay."), (True, "vi", "-", "Ừ."),
    (True, "en", "-", "Oh, and while I have you, "), (True, "vi", "-", "À, nhân tiện luôn, "),
    # outbound with neither name nor company: "Hi" greets (an outbound opening's hello)
    (False, "en", "greeting", "Hi, it's just a quick call."),
    (False, "vi", "-", "Dạ {e} gọi có chút việc ạ."),
]
# individual lines, by their text in the builder (before it fills its placeholders)
H7_DOUBT: dict[str, str] = {
    "Okay, I understand.": "amb", "Dạ {e} hiểu rồi ạ.": "amb",
    # the machine kept the money: a refund is implied, not asked for (the builder gives it)
    "I was at the cash machine on Union Street and it took sixty quid off me but no cash "
    "came out, the screen just froze.": "other_driver",
    # an appointment booked on an outbound call the builder tags nothing in
    "Great, I've put you down for Tuesday at ten.": "outbound_res",
    "Dạ {e} hẹn {kh} sáng thứ ba lúc mười giờ ạ.": "outbound_res",
    "Hi there, am I speaking with {cn}?": "ob_hello",
}
H7_RELABEL: dict[str, str] = {}
H7_USED: set[str] = set()
# a caller's correction of a detail (scenario "corr"): names no driver by itself
H7_CORRECTION = Doubt("correction")


def greets7(text: str, lang: str) -> bool:
    """An outbound opening's hello; a Vietnamese "A lô," before it is skipped ("Dạ alô, xin
    chào, ..."), a bare "Alô" is none."""
    if lang == "vi":
        text = re.sub(r"(?i)^(dạ\s+)?(a\s?lô|alo)\s*,?\s*", "", text)
    return greets(text, lang)


class Heldout7:
    """Builder 7's wordings, its placeholders filled as the builder fills them (agent name
    ``{first}``, company ``{co}``; customer name, amount, day, and in Vietnamese the
    customer's honorific anh/chị/cô/chú/bác with the agent's em, or cháu to cô/chú/bác, and
    the caller's own pronoun), drawn per line from its text."""

    def __init__(self, a: Corpus, c: Corpus) -> None:
        self.a, self.c = a, c

    @staticmethod
    def fill(raw: str, lang: str, seed: str) -> str:
        h = zlib.crc32(seed.encode("utf-8"))
        if lang == "en":
            cust = B7.EN_CUSTOMERS[h % len(B7.EN_CUSTOMERS)]
            vals = {"n": "{first}", "co": "{co}", "cn": cust, "full": cust,
                    "amt": B7.EN_AMT[(h >> 8) % len(B7.EN_AMT)],
                    "day": B7.EN_DAY[(h >> 12) % len(B7.EN_DAY)]}
        else:
            kh = B7.VI_HONOR[h % len(B7.VI_HONOR)]
            e = "cháu" if kh in ("cô", "chú", "bác") else "em"
            ks = ((kh, kh, "tui")[(h >> 8) % 3] if kh != "anh"
                  else ("anh", "tui")[(h >> 8) % 2])
            names = (B7.VI_CUSTNAME_M if kh in ("anh", "chú") else
                     B7.VI_CUSTNAME_F if kh in ("chị", "cô") else
                     B7.VI_CUSTNAME_M + B7.VI_CUSTNAME_F)
            cname = names[(h >> 12) % len(names)]
            vals = {"n": "{first}", "co": "{co}", "kh": kh, "e": e, "ks": ks,
                    "cname": cname.split()[-1], "full": cname, "cn": kh,
                    "amt": B7.VI_AMT[(h >> 16) % len(B7.VI_AMT)]}
        return raw.format(**vals)

    def line(self, customer: bool, lang: str, label: str | Doubt, raw: str, key: str = "",
             fragment: bool = False) -> None:
        if raw in H7_DOUBT:
            label = Doubt(H7_DOUBT[raw])
        elif raw in H7_RELABEL:
            label = H7_RELABEL[raw]
        H7_USED.add(raw)
        text = self.fill(raw, lang, key + raw).strip()
        if text.endswith(","):  # a part the builder joins with the next
            text = text[:-1]
        if not fragment and raw.startswith("{") and not text.startswith("{"):
            text = text[:1].upper() + text[1:]  # the builder capitalises a turn's start
        (self.c if customer else self.a).add("heldout7", lang, label, text, fill=key + raw)


def heldout7(a: Corpus, c: Corpus) -> None:
    h = Heldout7(a, c)
    for lang in LANGS:
        up = lang.upper() + "_"
        names = {k[len(up):] for k in vars(B7) if k.startswith(up)}
        known = (set(H7_AGENT) | set(H7_CUSTOMER) | set(H7_PAIRS) | set(H7_DATA)
                 | {"LATE", "OB_LATE"})
        other = H7_ONLY["vi" if lang == "en" else "en"]
        assert names == known - other, names ^ (known - other)
        for key, label in H7_AGENT.items():
            for text in getattr(B7, up + key, []):
                if key == "OB_OPEN":
                    label = "greeting" if greets7(text, lang) else "-"
                h.line(False, lang, label, text, key, fragment=key in H7_FRAGMENTS)
        for key, label in H7_CUSTOMER.items():
            for text in getattr(B7, up + key, []):
                h.line(True, lang, label, text, key)
        for key, (who, label) in H7_PAIRS.items():
            for pair in getattr(B7, up + key, []):
                for spk, text in zip(who, pair, strict=True):
                    h.line(spk == "c", lang, label if spk == "a" else "-", text, key)
        for late, table in (("LATE", H7_LATE), ("OB_LATE", H7_OB_LATE)):
            pools = getattr(B7, up + late)
            assert set(pools) == set(table), late
            for part, label in table.items():
                for text in pools[part]:
                    h.line(False, lang, label, text, late + part)
        for scen in getattr(B7, up + "IN"):
            cats = labels(sorted(scen["cats"]))
            for text in scen["prob"]:
                h.line(True, lang, cats, text, "prob")
            for text in scen["conf"]:
                h.line(False, lang, "confirm_problem", text, "conf")
            for text in scen["res"]:
                h.line(False, lang, "resolution", text, "res")
            for said, back in scen.get("corr", []):
                h.line(True, lang, H7_CORRECTION, said, "corr")
                h.line(False, lang, "confirm_problem", back, "corr")
        for scen in getattr(B7, up + "OUT"):
            for text in scen["purpose"]:
                h.line(False, lang, "purpose", text, "purpose")
            for text in scen["cust"]:
                h.line(True, lang, labels(sorted(scen["cats"])), text, "cust")
            for text in scen["body"]:  # the builder asks no resolution of outbound calls
                h.line(False, lang, "resolution", text, "body")
    for customer, lang, label, text in H7_FIXED:
        h.line(customer, lang, label, text, "fixed")
    unused = (set(H7_DOUBT) | set(H7_RELABEL)) - H7_USED
    assert not unused, unused


# --------------------------------------------------------------------------- heldout8
# builder 8 marks its evidence inline ([tag+tag:words]); these tags are script items, its
# others (d_* decoys, blame, rude, prof, strict, card) none
ITEM_OF_TAG8 = {"greet": "greeting", "co": "company", "intro": "self_intro",
                "offer": "offer_help", "confirm": "confirm_problem", "resol": "resolution",
                "anyelse": "anything_else", "thanks": "thanks", "bye": "goodbye",
                "empathy": "empathy", "purpose": "purpose", "record": "recording_disclosure",
                "consent": "consent"}
NONE_TAGS8 = {"blame", "rude", "prof", "strict", "card"}
# module-level opening pools: the item the builder wraps each line in, MARKED: its markup
H8_OPENERS: dict[str, str] = {"GREET": "greeting", "CO": "company", "INTRO": "self_intro",
                              "OFFER": "offer_help", "OPEN_WHOLE": MARKED,
                              "OPEN_NOGREET": MARKED}
# B8.POOL[lang]: agent pools by their markup unless labelled here
H8_AGENT: dict[str, str | Doubt] = {
    "a_yes": "-", "addr_readback": MARKED, "hold": MARKED,
    "thanks_hold": "-",  # mid-call "thanks for holding" (the builder tags it thanks)
    "noconfirm": MARKED, "noresol": MARKED, "anyelse": MARKED, "thanks": MARKED, "bye": MARKED,
    "close_plain": Doubt("closing_promise"), "empathy": MARKED, "empathy_sad": MARKED,
    "noempathy": "-", "interrupt": "-", "blame": MARKED, "policy": MARKED,
    "ourfault": Doubt("bank_apology"), "rude": MARKED, "prof": MARKED, "strict": MARKED,
    "toneless": MARKED, "lookalike": MARKED, "card": MARKED, "card_decoy": MARKED,
    "addon_addr_ok": Doubt("side_resolution"), "addon_pay_ok": Doubt("side_resolution"),
    "backchannel": "-"}
# customer pools: the drivers the builder gives the call for them (every angry line but fear
# and grief makes the call a complaint; an add-on request its own driver)
H8_CUSTOMER: dict[str, str | Doubt] = {
    "c_hello": "-", "c_name_decoy": "-", "c_is_company": "-", "yes": "-",
    "c_after_noresol": "-", "c_react": "-", "c_nothing": "-", "c_nothing_unprompted": "-",
    "c_bye": "-", "scared": "-", "c_swear": "complaint", "late_anger": "complaint",
    "c_laugh": "-", "addon_address": "address_change", "addon_payment": "payment",
    "c_more": "-", "idcheck_anger": "complaint"}
# pools of exchanges: who says each part (a: agent, by its markup; c: customer, "-")
H8_PAIRS = {"id_check": "ac", "filler": "ca", "chat": "ca"}
# pools only one language has
H8_ONLY = {"en": {"prof"}, "vi": {"strict", "toneless", "lookalike"}}
# B8.OB[lang]: agent pools by their markup, customer pools "-", security questions "ac"
H8_OB_AGENT = ("hello", "intro", "co", "co_alone", "record", "consent", "goodtime",
               "late_intro", "late_co", "late_record", "close")
H8_OB_CUSTOMER = ("c_yes", "c_consent")
H8_OB_PAIRS = {"security": "ac"}
# names the builder's code gives a colleague the caller mentions ({other})
H8_OTHER = {"en": ("Megan", "Lwazi", "Carys"), "vi": ("Thảo", "Nhân", "Quyên")}
# wordings in the builder's code, each part on its own: (customer?, lang, label, text)
H8_FIXED: list[tuple[bool, str, str | Doubt, str]] = [
    (False, "en", "-", "Yes?"), (False, "vi", "-", "Dạ?"),  # an opening with no parts
    # the resolution given before the greeting, and the caller's reply
    (False, "en", "-", "Yep,"), (False, "en", "-", "your call's just been put through to me."),
    (False, "vi", "-", "À dạ quên,"),
    (False, "vi", "-", "bạn tổng đài vừa chuyển máy qua em ạ."),
    (True, "en", "-", "Oh, okay, thank you. Just so you've got it from me too,"),
    (True, "en", "-", "Right, thanks. So you know the whole story,"),
    (True, "vi", "-", "Dạ cảm ơn em. Để {cs} nói lại cho chắc nha,"),
    (True, "vi", "-", "Ờ vậy được rồi. Tôi kể lại cho em nghe nha,"),
    (True, "en", "-", "Anyway,"), (True, "vi", "-", "Thôi,"),
    # late greeting, company and self-introduction
    (False, "en", MARKED, "Sorry, I didn't even say, [greet:good morning to you]."),
    (False, "vi", MARKED, "Dạ quên, [greet:em chào {cp} ạ]."),
    (False, "en", MARKED, "[co:you're through to Acme Bank's card team, by the way,]"),
    (False, "vi", MARKED, "[co:dạ bên em là ngân hàng ABC nha,]"),
    (False, "en", MARKED, "[intro:and it's {n} here if you need to call back,]"),
    (False, "vi", MARKED, "[intro:em là {n}, có gì {cp} gọi lại gặp em,]"),
    # the close-out of a call whose resolution came before the greeting
    (False, "en", Doubt("closing_promise"), "So that's all done on our side."),
    (False, "en", Doubt("closing_promise"), "So yes, it's all in hand."),
    (False, "vi", Doubt("closing_promise"), "Dạ vậy là bên em xử lý xong rồi ạ."),
    # the caller's reply to a blame or rude line
    (True, "en", "-", "Um, okay."), (True, "en", "-", "Right."), (True, "en", "-", "Okay then."),
    (True, "vi", "-", "Ờ."), (True, "vi", "-", "Dạ."), (True, "vi", "-", "Ừ thì thôi."),
    # outbound: the opening's lead ("Hi, it's {n}, ...": an outbound opening's hello), the
    # caller's reply, the slow-system hold before a late disclosure
    (False, "en", "greeting", "Hi,"), (False, "vi", "-", "Dạ"),
    (True, "en", "-", "Oh, right."), (True, "en", "-", "Okay?"), (True, "en", "-", "Yes?"),
    (True, "vi", "-", "Ờ."), (True, "vi", "-", "Dạ?"), (True, "vi", "-", "Ừ, sao em?"),
    (False, "en", MARKED, "[d_check:Sorry, the system's slow today, bear with me.]"),
    (False, "vi", MARKED, "[d_check:Dạ hệ thống hơi chậm, {cp} chờ em xíu ạ.]"),
]
# individual lines, by their text in the builder (markup and placeholders as written)
H8_DOUBT: dict[str, str] = {
    "[d_understand:Okay, I understand].": "amb", "[d_understand:Dạ em hiểu rồi ạ].": "amb",
    "[thanks+d_midthanks:Cảm ơn {cp} đã kiên nhẫn chờ], dạ": "patience_thanks",
    # a bereavement line the builder never says (it says grief as the problem itself):
    # grief, yet a complaint about the bank's letters
    "My mum died three weeks ago and I'm still getting letters addressed to her, I just "
    "can't face any more of this": "grief_letters",
    "Mẹ tôi mất ba tuần rồi mà ngân hàng cứ gửi thư cho mẹ, tôi không chịu nổi nữa":
        "grief_letters",
    # paying school fees "that the app won't do": payment, and maybe an outage
    "Dạ mình là sinh viên, mình cần đóng học phí qua tài khoản của trường mà làm trên app "
    "không được ạ": "other_driver",
    # an outbound hello before "am I speaking to ...?" (builder 8 tags it greet)
    "[greet:Hi there], is that {title}?": "ob_hello",
    "[greet:Hello], am I speaking to {title}?": "ob_hello",
    "[greet:Good afternoon], could I speak to {title} please?": "ob_hello",
    "[greet:Alô em chào {cp}], có phải {cp} {given} không ạ?": "ob_hello",
    "[greet:Dạ em chào {cp}], cho em hỏi có phải {cp} {given} đó không ạ?": "ob_hello",
    "[greet:Xin chào], {cp} {given} phải không ạ?": "ob_hello",
    # outbound close-outs that only inform or send options
    "[resol:I've emailed the three options, pick one in the app by the twentieth]":
        "outbound_res",
    "[resol:Dạ em gửi ba gói qua email, {cp} chọn trên app trước ngày hai mươi]":
        "outbound_res",
    "[resol:Any deposit keeps it active, even a pound]": "outbound_res",
    "[resol:Dạ chỉ cần nộp vô một khoản nhỏ là tài khoản hoạt động lại]": "outbound_res",
}
# lines whose label is not their pool's or markup's
H8_RELABEL: dict[str, str] = {"Dạ vậy nha.": "-"}  # close_plain: "okay then", no resolution
H8_USED: set[str] = set()


class Heldout8:
    """Builder 8's wordings, its markup stripped and its placeholders filled as the builder
    fills them (agent name ``{first}``; the customer's honorific anh/chị/cô/chú with the given
    name that goes with it, the caller's own pronoun that honorific or "tôi", a title, a
    colleague's name), drawn per line from its text."""

    def __init__(self, a: Corpus, c: Corpus) -> None:
        self.a, self.c = a, c

    @staticmethod
    def fill(raw: str, lang: str, seed: str) -> str:
        h = zlib.crc32(seed.encode("utf-8"))
        cp, given = B8.VI_CUST[h % len(B8.VI_CUST)]
        vals = {"n": "{first}", "cp": cp, "cs": cp if (h >> 8) % 5 < 3 else "tôi",
                "given": given, "title": B8.OB_TITLES[(h >> 12) % len(B8.OB_TITLES)],
                "other": H8_OTHER[lang][(h >> 16) % len(H8_OTHER[lang])]}
        return raw.format(**vals)

    def line(self, customer: bool, lang: str, label: str | Doubt, raw: str) -> None:
        if raw in H8_DOUBT:
            label = Doubt(H8_DOUBT[raw])
        elif raw in H8_RELABEL:
            label = H8_RELABEL[raw]
        H8_USED.add(raw)
        tags = [t for m in B8.TAG_RE.finditer(raw) for t in m.group(1).split("+")]
        assert all(t in ITEM_OF_TAG8 or t in NONE_TAGS8 or t.startswith("d_") for t in tags), raw
        if label == MARKED:
            assert not customer, raw
            label = labels(sorted({ITEM_OF_TAG8[t] for t in tags if t in ITEM_OF_TAG8}))
        text = self.fill(B8.TAG_RE.sub(r"\2", raw), lang, raw).strip()
        if text.endswith(","):  # a part the builder joins with the next
            text = text[:-1]
        (self.c if customer else self.a).add("heldout8", lang, label, text, fill=raw)


def heldout8(a: Corpus, c: Corpus) -> None:
    h = Heldout8(a, c)
    for lang in LANGS:
        up = lang.upper() + "_"
        for key, label in H8_OPENERS.items():
            for text in getattr(B8, up + key):
                h.line(False, lang, label, text)
        for scen in B8.SCENARIOS:
            s = scen[lang]
            cats = sorted(scen["cats"])
            for text in s["prob"]:
                h.line(True, lang, labels(cats), text)
            for text in s["angry"]:  # every angry line adds complaint
                h.line(True, lang, labels(sorted({*cats, "complaint"})), text)
            for text in s["confirm"] + s["resol"]:
                h.line(False, lang, MARKED, text)
        p = B8.POOL[lang]
        known = set(H8_AGENT) | set(H8_CUSTOMER) | set(H8_PAIRS)
        assert set(p) == known - H8_ONLY["vi" if lang == "en" else "en"], set(p) ^ known
        for key, pool in p.items():
            if key in H8_PAIRS:
                for pair in pool:
                    for spk, text in zip(H8_PAIRS[key], pair, strict=True):
                        h.line(spk == "c", lang, "-" if spk == "c" else MARKED, text)
            elif key in H8_CUSTOMER:
                for text in pool:
                    h.line(True, lang, H8_CUSTOMER[key], text)
            else:
                for text in pool:
                    h.line(False, lang, H8_AGENT[key], text)
        ob = B8.OB[lang]
        assert set(ob) == set(H8_OB_AGENT) | set(H8_OB_CUSTOMER) | set(H8_OB_PAIRS)
        for key in H8_OB_AGENT:
            for text in ob[key]:
                h.line(False, lang, MARKED, text)
        for key in H8_OB_CUSTOMER:
            for text in ob[key]:
                h.line(True, lang, "-", text)
        for key, who in H8_OB_PAIRS.items():
            for pair in ob[key]:
                for spk, text in zip(who, pair, strict=True):
                    h.line(spk == "c", lang, "-" if spk == "c" else MARKED, text)
        assert set(B8.OB_FOLLOW) == {pid for pid, *_ in B8.OB_PURPOSES}
        for pid, cats, en_p, en_r, vi_p, vi_r in B8.OB_PURPOSES:
            purpose, reply = (en_p, en_r) if lang == "en" else (vi_p, vi_r)
            h.line(False, lang, MARKED, purpose)
            h.line(True, lang, labels(sorted(cats)), reply)
            for text in B8.OB_FOLLOW[pid][0 if lang == "en" else 1]:
                h.line(False, lang, MARKED, text)
        for text in B8.OB_ANGRY[lang]:
            h.line(True, lang, "complaint", text)
    for customer, lang, label, text in H8_FIXED:
        h.line(customer, lang, label, text)
    unused = (set(H8_DOUBT) | set(H8_RELABEL)) - H8_USED
    assert not unused, unused


# --------------------------------------------------------------------------- output
def key(text: str) -> str:
    """Duplicate key: case, punctuation, spacing and the spelled-out company ignored."""
    t = unicodedata.normalize("NFC", text).casefold()
    t = t.replace("acme bank", "{co}").replace("ngân hàng abc", "{co}")
    return " ".join(re.sub(r"[.,!?;:]", " ", t).split())


def existing(names: tuple[str, ...]) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for name in names:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                lang, label, text = line.split("\t")
                out.setdefault((lang, key(text)), set()).add(",".join(sorted(label.split(","))))
    return out


def compatible(labels_: set[str]) -> bool:
    """Whether the same words may carry all these labels: each item one label lacks is
    ambiguous with an item that label has (items_train.AMBIGUOUS_WITH: "em chào anh ạ"
    opens and closes a call), so no label contradicts another."""
    sets = [set(lb.split(",")) - {"-"} for lb in labels_]
    return all(not (i in a and i not in b) or AMBIGUOUS_WITH.get(i, set()) & b
               for a in sets for b in sets for i in a)


@dataclass
class Written:
    rows: list[tuple[str, str, str, str]]
    duplicates: int  # same words and label, already here or in the existing files
    clashes: int  # lines dropped: the same words with a contradicting label, here or there
    ambiguous: int  # lines kept whose words have another label (greeting/goodbye) too


def dedupe(corpus: Corpus, old: dict[tuple[str, str], set[str]]) -> Written:
    labels_of: dict[tuple[str, str], set[str]] = {}
    for _src, lang, label, text in corpus.rows:
        labels_of.setdefault((lang, key(text)), set()).add(label)
    seen: set[tuple[str, str, str]] = set()
    rows, dup, clash, ambiguous = [], 0, 0, 0
    for row in corpus.rows:
        _src, lang, label, text = row
        k = (lang, key(text))
        every = labels_of[k] | old.get(k, set())
        if not compatible(every):
            clash += 1
        elif label in old.get(k, set()) or (*k, label) in seen:
            dup += 1
        else:
            seen.add((*k, label))
            rows.append(row)
            ambiguous += len(every) > 1
    return Written(rows, dup, clash, ambiguous)


def write(path: Path, rows: list[tuple[str, str, str, str]], what: str, names: str) -> None:
    head = ["# Generated by tests/data/rules/export_spent_corpus.py from the spent held-out "
            "sets heldout2-heldout8",
            "# (other authors' wordings, their errors already read; heldout9 and heldout10 are "
            "never read).",
            f"# LANG<TAB>{what}<TAB>TEXT: {what} is a sorted comma list of the {names} the "
            f"text realises,",
            "# \"-\" for none (hard negatives). {first}: the agent's given name; {co}: the "
            "company; {p}: a problem."]
    out, last = head, None
    for src, lang, label, text in rows:
        if src != last:
            out.append(f"# {src}")
            last = src
        out.append(f"{lang}\t{label}\t{text}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def counts(rows: list[tuple[str, str, str, str]], names: tuple[str, ...]) -> str:
    c = Counter((lang, n) for _s, lang, label, _t in rows for n in label.split(","))
    lines = [f"  {'':22}{'en':>5}{'vi':>5}"]
    for n in (*names, "-"):
        lines.append(f"  {n:22}{c['en', n]:5d}{c['vi', n]:5d}")
    per = Counter(lang for _s, lang, _l, _t in rows)
    lines.append(f"  {'sentences':22}{per['en']:5d}{per['vi']:5d}")
    return "\n".join(lines)


def main() -> None:
    agent, customer = Corpus(customer=False), Corpus(customer=True)
    from_wordings(agent, customer, "heldout2", H2, "heldout2")
    from_wordings(agent, customer, "heldout3", H3, "heldout3")
    heldout4(agent, customer)
    heldout5(agent, customer)
    heldout6(agent, customer)
    heldout7(agent, customer)
    heldout8(agent, customer)
    unused = (set(DOUBT) | set(RELABEL)) - USED
    assert not unused, unused
    for corpus, path, old, what, names, items in (
            (agent, ITEMS_OUT, AGENT_EXISTING, "ITEMS", "script items", SCRIPT_ITEMS),
            (customer, DRIVERS_OUT, CUSTOMER_EXISTING, "CATEGORIES", "call drivers",
             CATEGORIES)):
        w = dedupe(corpus, existing(old))
        write(path, w.rows, what, names)
        print(f"-> {path.relative_to(DATA.parents[2])}: {len(w.rows)} sentences; dropped "
              f"{w.duplicates} duplicates and {w.clashes} whose words have a contradicting "
              f"label here or in {'/'.join(old)}; kept {w.ambiguous} whose words also have "
              f"an ambiguous one (greeting/goodbye)")
        print(counts(w.rows, items))
        why = Counter(corpus.doubtful.values())
        print(f"  left out as doubtful: {len(corpus.doubtful)}")
        for reason, n in sorted(why.items()):
            print(f"    {n:3d} {reason}: {REASONS[reason]}")


if __name__ == "__main__":
    main()
