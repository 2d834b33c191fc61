"""Redaction of card numbers and personal data (aqm.redact).

Property tests build transcripts the way Whisper writes a card read aloud (digits,
English and Vietnamese number words, mixed, grouped, split over words, segments and
pauses, "4." "1," punctuation) and check that no digit of the card is left anywhere.
False positives and detection rates are measured over generated sets and printed
(``pytest -s``). Real Whisper output of ``samples/en_card_number.wav`` is checked too.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import luhn

from aqm.errors import InputError
from aqm.redact import (
    ALL_ENTITIES,
    DEFAULT_ENTITIES,
    KEY_ENV,
    RedactionOptions,
    entity_names,
    redact_text,
    redact_transcript,
)
from aqm.redact.numbers import fold, parse_numbers, to_digits, tokenize
from aqm.types import Lineage, Segment, Transcript, Word

LINEAGE = Lineage("transcribe", "test", "none", "0" * 64, "{}", "0", "0.1.0")
ALL = RedactionOptions(entities=frozenset(ALL_ENTITIES))
KEY = b"0123456789abcdef-test-key"
PROPERTY = settings(deadline=None, derandomize=True, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
VI = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
BRANDS = ["4", "51", "55", "2221", "34", "37", "6011", "62", "35", "9704", "36"]


def transcript(segments: list[Segment]) -> Transcript:
    return Transcript("en", 1.0, ("en", "en"), tuple(segments), LINEAGE)


def segment(text: str, start_s: float = 0.0, end_s: float | None = None, *,
            speaker: str = "customer", channel: int | None = 1, language: str = "en",
            words: bool = True) -> Segment:
    """A segment whose words are ``text.split()`` spread evenly over its time."""
    parts = text.split()
    end_s = start_s + 0.4 * max(len(parts), 1) if end_s is None else end_s
    step = (end_s - start_s) / max(len(parts), 1)
    ws = tuple(Word(start_s + i * step, start_s + (i + 1) * step, p, 0.9)
               for i, p in enumerate(parts)) if words else ()
    return Segment(speaker, channel, start_s, end_s, text, language, ws)  # type: ignore[arg-type]


def all_text(t: Transcript) -> list[tuple[str, str]]:
    """(text, language) of every segment text and every word of ``t``."""
    out = [(s.text, s.language) for s in t.segments]
    out += [(" ".join(w.text for w in s.words), s.language) for s in t.segments]
    return out


def digits_left(t: Transcript) -> str:
    """Every digit still said anywhere in ``t``, number words converted."""
    return "".join(to_digits(text, lang) for text, lang in all_text(t))


def luhn_runs(digits: str) -> list[str]:
    return [digits[a:a + n] for n in range(13, 20) for a in range(len(digits) - n + 1)
            if luhn.is_valid(digits[a:a + n])]


# ---------------------------------------------------------------- card generation


def luhn_card(draw_digits: str, brand: str, length: int) -> str:
    body = (brand + draw_digits)[:length - 1]
    return body + luhn.calc_check_digit(body)


def en_pair(pair: str, rnd: random.Random) -> list[str]:
    a, b = int(pair[0]), int(pair[1])
    if a == 0:
        return [rnd.choice(["oh", "zero"]), EN[b]]
    if a == 1:
        return [EN_TEENS[b]]
    if b == 0:  # "twenty" then a unit would be heard as twenty-one
        return [EN[a], EN[b]]
    return [f"{EN_TENS[a]}-{EN[b]}"] if rnd.random() < 0.3 else [EN_TENS[a], EN[b]]


def vi_pair(pair: str, rnd: random.Random) -> list[str]:
    a, b = int(pair[0]), int(pair[1])
    if a == 0 or b == 0:  # "mười"/"hai mươi" then a unit would join it
        return [VI[a], VI[b]]
    if a == 1:
        return ["mười", "lăm" if b == 5 else VI[b]]
    unit = {1: "mốt", 4: rnd.choice(["tư", "bốn"]), 5: rnd.choice(["lăm", "năm"])}.get(b, VI[b])
    return [VI[a], "mươi", unit]


def render_chunk(chunk: str, mode: str, vi: bool, rnd: random.Random) -> list[list[str]]:
    """One group of digits as Whisper may write it: units of words said without a break."""
    if mode == "numeral":
        return [[chunk]]
    if mode in ("en_pairs", "vi_pairs") and len(chunk) % 2 == 0:
        pair = en_pair if mode == "en_pairs" else vi_pair
        return [pair(chunk[i:i + 2], rnd) for i in range(0, len(chunk), 2)]
    units: list[list[str]] = []
    i = 0
    while i < len(chunk):
        d = int(chunk[i])
        kind = mode if mode in ("en", "vi", "vi_toneless") else rnd.choice(
            ["numeral", "en", "vi"])
        run = len(chunk[i:]) - len(chunk[i:].lstrip(chunk[i]))
        if kind == "en" and run >= 2 and rnd.random() < 0.5:
            n = 3 if run >= 3 and rnd.random() < 0.5 else 2
            units.append(["triple" if n == 3 else "double",
                          EN[d] if d or rnd.random() < 0.5 else "oh"])
            i += n
            continue
        units.append([{"numeral": str(d), "en": EN[d], "vi": VI[d],
                       "vi_toneless": fold(VI[d])}[kind]])
        i += 1
    return units


def whisperish(word: str, rnd: random.Random) -> str:
    r = rnd.random()
    if r < 0.15:
        return word + "."
    if r < 0.3:
        return word + ","
    if r < 0.35:
        return "-" + word
    return word


@st.composite
def card_calls(draw: st.DrawFn, drop_digits: int = 0) -> tuple[Transcript, str]:
    """A call in which the customer reads a card number (with ``drop_digits`` lost)."""
    rnd = random.Random(draw(st.integers(0, 2**32 - 1)))
    length = draw(st.integers(13, 19))
    card = luhn_card("".join(rnd.choice("0123456789") for _ in range(19)),
                     draw(st.sampled_from(BRANDS)), length)
    said = card
    for _ in range(drop_digits):
        at = rnd.randrange(1, len(said))
        said = said[:at] + said[at + 1:]
    vi = draw(st.booleans())
    language = "vi" if vi else "en"
    chunking = draw(st.sampled_from(["digit", "four", "random", "pairs"]))
    sizes = {"digit": [1], "four": [4], "random": [1, 2, 3, 4, 5], "pairs": [2]}[chunking]
    chunks, i = [], 0
    while i < len(said):
        n = rnd.choice(sizes)
        chunks.append(said[i:i + n])
        i += n
    modes = ["numeral", "en", "vi", "mixed"] + (["vi_toneless"] if vi else [])
    modes += ["en_pairs", "vi_pairs"] if chunking == "pairs" else []
    mode = draw(st.sampled_from(modes))
    units: list[list[str]] = []
    for chunk in chunks:
        if units and rnd.random() < 0.08:
            units.append([rnd.choice(["uh", "um", "ừ", "ờ"] if vi else ["uh", "um", "er"])])
        units += [[whisperish(w, rnd) for w in unit]
                  for unit in render_chunk(chunk, mode, vi, rnd)]
    if mode == "numeral" and chunking == "four" and all(
            re.sub(r"\W", "", u[0]).isdigit() for u in units) and rnd.random() < 0.3:
        units = [["-".join(u[0] for u in units)]]  # "4111-1111-1111-1111"
    context = draw(st.booleans()) or drop_digits > 0
    prefix = rnd.choice(
        (["Số thẻ của tôi là", "Dạ số thẻ là", "Vâng, thẻ visa", "so the cua toi la"]
         if context else ["Dạ", "Vâng", "", "Ừ, số là"]) if vi else
        (["Sure, the card number is", "My Visa card is", "The long number on the card is"]
         if context else ["Sure", "Okay", "", "It's"]))
    suffix = rnd.choice(["cảm ơn", "", "vậy thôi ạ"] if vi else ["thank you", "", "that's it"])
    stereo = draw(st.booleans())
    echo = draw(st.integers(0, 4)) == 0  # the agent repeats each part back
    return _build_call(rnd, prefix.split(), units, suffix.split(), language, stereo, echo), card


FILLER_WORDS = {"uh", "um", "er", "ừ", "ờ"}


def _said(rnd: random.Random, who: tuple[str, int | None], parts: list[str], t: float,
          language: str) -> Segment:
    """One segment of ``parts`` from ``t``: Whisper-like spacing, words 80 % of the time."""
    words = []
    for w in parts:
        end = t + rnd.uniform(0.15, 0.6)
        words.append(Word(t, end, (" " + w) if rnd.random() < 0.5 else w, 0.9))
        t = end + rnd.uniform(0.0, 0.4)
    text = "".join(w.text if w.text.startswith(" ") else " " + w.text for w in words)
    keep_words = rnd.random() < 0.8
    return Segment(who[0], who[1], words[0].start_s, words[-1].end_s,  # type: ignore[arg-type]
                   text.strip(), language, tuple(words) if keep_words else ())


def _build_call(rnd: random.Random, prefix: list[str], units: list[list[str]],
                suffix: list[str], language: str, stereo: bool, echo: bool) -> Transcript:
    """Segments cut between units at random, pauses up to 2.5 s, the agent acknowledging
    ("okay") or repeating each part (``echo``)."""
    cut = sorted(rnd.sample(range(1, len(units)), min(len(units) - 1, rnd.randint(0, 8))))
    pieces = [[w for unit in units[a:b] for w in unit]
              for a, b in zip([0, *cut], [*cut, len(units)], strict=True)]
    echoes = [[w for w in piece if w not in FILLER_WORDS] for piece in pieces]
    if prefix and rnd.random() < 0.5:
        pieces[0] = prefix + pieces[0]
    elif prefix:
        pieces.insert(0, prefix)
        echoes.insert(0, [])
    if suffix and echo:
        pieces.append(suffix)
        echoes.append([])
    elif suffix:
        pieces[-1] = pieces[-1] + suffix
    customer = ("customer", 1) if stereo else ("unknown", None)
    agent = ("agent", 0) if stereo else ("unknown", None)
    segments, t = [], 1.0
    for n, piece in enumerate(pieces):
        segments.append(_said(rnd, customer, piece, t, language))
        t = segments[-1].end_s + rnd.uniform(0.05, 1.2)
        if echo and echoes[n]:
            segments.append(_said(rnd, agent, echoes[n], t, language))
            t = segments[-1].end_s + rnd.uniform(0.05, 1.2)
        elif n < len(pieces) - 1 and rnd.random() < 0.3:
            ack = rnd.choice(["Vâng.", "Dạ.", "Ok."] if language == "vi" else ["Okay.", "Mhm."])
            segments.append(_said(rnd, agent, [ack], t, language))
            t = segments[-1].end_s + rnd.uniform(0.05, 1.2)
        else:
            t += rnd.uniform(0.0, 1.3)
    return transcript(sorted(segments, key=lambda s: s.start_s))


def assert_no_card(redacted: Transcript, card: str) -> None:
    left = digits_left(redacted)
    assert card not in left
    assert not luhn_runs(left), "a Luhn-valid run survived"
    assert left == "", "a digit of the card survived"


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(("text", "language", "digits"), [
    ("four one one one", "en", "4111"), ("4. 1, 1. 1", "en", "4111"),
    ("forty one eleven", "en", "4111"), ("forty-two", "en", "42"),
    ("double five triple oh", "en", "55000"), ("twelve twenty eight", "en", "1228"),
    ("one hundred and twenty dollars", "en", "120"), ("two thousand twenty eight", "en", "2028"),
    ("nineteen ninety", "en", "1990"), ("the fifth of March", "en", "5"),
    ("4 one 1 một", "en", "4111"), ("$120 at 10:30", "en", "1201030"),
    ("bốn một một một", "vi", "4111"), ("hai mươi tám", "vi", "28"), ("mười hai", "vi", "12"),
    ("bốn mươi mốt mười một", "vi", "4111"), ("hai mươi ba mươi", "vi", "2030"),
    ("một trăm hai mươi nghìn đồng", "vi", "120000"), ("một trăm linh năm", "vi", "105"),
    ("hai nghìn ba trăm", "vi", "2300"), ("ba triệu hai trăm nghìn", "vi", "3200000"),
    ("bon mot mot mot", "vi", "4111"), ("hai muoi tam", "vi", "28"), ("muoi hai", "vi", "12"),
    ("bon mot mot mot", "en", ""),  # toneless Vietnamese only in Vietnamese segments
    ("mặt sau thẻ", "vi", ""), ("sau đó nam đi", "vi", ""),  # "after", "south": no tones
])
def test_redn001_spoken_numbers_to_digits(text: str, language: str, digits: str) -> None:
    assert to_digits(text, language) == digits


def test_redn002_number_groups_keep_their_words() -> None:
    groups = parse_numbers(tokenize("the card is forty one eleven uh 2 double five"))
    assert [(g.digits, g.start, g.end) for g in groups] == [
        ("41", 3, 5), ("11", 5, 6), ("2", 7, 8), ("55", 8, 10)]


# ---------------------------------------------------------------- property tests


@settings(PROPERTY, max_examples=1200)
@given(card_calls())
def test_redp001_cards_in_every_form_leave_no_digit(call: tuple[Transcript, str]) -> None:
    t, card = call
    result = redact_transcript(t)
    assert_no_card(result.transcript, card)
    assert "CARD" in {s.entity for s in result.spans}
    assert len(result.transcript.segments) == len(t.segments)
    for before, after in zip(t.segments, result.transcript.segments, strict=True):
        assert [(w.start_s, w.end_s) for w in before.words] == [
            (w.start_s, w.end_s) for w in after.words]
        assert (before.start_s, before.end_s, before.speaker) == (
            after.start_s, after.end_s, after.speaker)


@settings(PROPERTY, max_examples=300)
@given(card_calls(drop_digits=1) | card_calls(drop_digits=3))
def test_redp002_card_with_dropped_digits_in_context(call: tuple[Transcript, str]) -> None:
    """Whisper drops digits: no longer Luhn-valid, still a card read after "card number"."""
    t, _card = call
    result = redact_transcript(t)
    assert digits_left(result.transcript) == ""
    assert {s.entity for s in result.spans} == {"CARD"}


@settings(PROPERTY, max_examples=200)
@given(card_calls())
def test_redp003_redaction_is_idempotent(call: tuple[Transcript, str]) -> None:
    once = redact_transcript(call[0]).transcript
    twice = redact_transcript(once)
    assert twice.transcript == once
    assert twice.spans == ()


# ---------------------------------------------------------------- false positives

FP_THRESHOLD = 0.01  # at most 1 % of ordinary utterances may lose a number


def _non_luhn(rnd: random.Random, n: int) -> str:
    while True:
        value = rnd.choice("123456789") + "".join(rnd.choice("0123456789") for _ in range(n - 1))
        if not luhn.is_valid(value):
            return value


def _spoken(digits: str, vi: bool, rnd: random.Random) -> str:
    form = rnd.choice(["numeral", "grouped", "words"])
    if form == "numeral":
        return digits
    if form == "grouped":
        return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
    return " ".join((VI if vi else EN)[int(d)] for d in digits)


def ordinary_utterances(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """Order numbers, amounts (also about a card), times, dates, short runs, the last four
    digits of a card, non-Luhn 13-19 digit references without card context."""
    rnd = random.Random(seed)
    en: list[Callable[[], str]] = [
        lambda: f"Your order number is {_spoken(str(rnd.randint(10**4, 10**8)), False, rnd)}.",
        lambda: f"order {rnd.randint(10000, 99999)}",
        lambda: f"The total is ${rnd.randint(5, 2000)}.",
        lambda: "That comes to one hundred and twenty dollars and fifty cents.",
        lambda: f"I'll call you back at {rnd.randint(1, 12)} pm.",
        lambda: f"The meeting is at {rnd.randint(7, 18)}:{rnd.randint(0, 59):02d}.",
        lambda: "Let's say ten thirty tomorrow morning.",
        lambda: f"It was paid on {rnd.randint(1, 28)}/{rnd.randint(1, 12)}/2024.",
        lambda: f"The letter is dated March {rnd.randint(1, 28)}, {rnd.randint(2019, 2025)}.",
        lambda: f"Press {rnd.randint(1, 9)} for billing or extension {rnd.randint(1000, 9999)}.",
        lambda: f"We have {rnd.randint(2, 40)} agents on shift and {rnd.randint(2, 9)} queues.",
        lambda: f"Your reference number is {_spoken(_non_luhn(rnd, 16), False, rnd)}.",
        lambda: f"The tracking code is {_spoken(_non_luhn(rnd, rnd.randint(13, 19)), False, rnd)}",
        lambda: f"The limit on your card is ${rnd.randint(1, 99) * 1000:,}.",
        lambda: f"Your card was charged {rnd.randint(10**6, 10**8)} dollars.",
        lambda: f"The card ending in {rnd.randint(1000, 9999)} was charged.",
    ]
    vi: list[Callable[[], str]] = [
        lambda: f"Mã đơn hàng của anh là {_spoken(str(rnd.randint(10**4, 10**8)), True, rnd)}.",
        lambda: "Tổng cộng là một trăm hai mươi nghìn đồng.",
        lambda: f"Số tiền là {rnd.randint(10, 999)}.000 đồng ạ.",
        lambda: f"Em sẽ gọi lại lúc {rnd.randint(1, 12)} giờ chiều.",
        lambda: f"Cuộc hẹn lúc {rnd.randint(7, 18)}:{rnd.randint(0, 59):02d} nhé.",
        lambda: f"Ngày {rnd.randint(1, 28)} tháng {rnd.randint(1, 12)} năm 2024"
                " chị đã thanh toán.",
        lambda: f"Bấm phím {rnd.randint(1, 9)} để gặp tổng đài viên.",
        lambda: "Gói cước hai mươi lăm nghìn một tháng.",
        lambda: f"Mã tham chiếu là {_spoken(_non_luhn(rnd, 16), True, rnd)}.",
        lambda: f"Hạn mức thẻ của chị là {rnd.randint(10, 500)}.000.000 đồng.",
        lambda: "Phí thường niên của thẻ là một trăm hai mươi nghìn đồng.",
        lambda: f"Thẻ đuôi {rnd.randint(1000, 9999)} đã bị trừ {rnd.randint(10**6, 10**8)} đồng.",
    ]
    out = []
    for i in range(n):
        language = "vi" if i % 2 else "en"
        out.append((rnd.choice(vi if i % 2 else en)(), language))
    return out


@pytest.mark.parametrize("options", [RedactionOptions(), ALL], ids=["default", "all"])
def test_redf001_false_positive_rate(options: RedactionOptions) -> None:
    utterances = ordinary_utterances(1500)
    hits = [(text, lang) for text, lang in utterances
            if redact_text(text, lang, options) != text]
    calls = [transcript([segment(text, 0.0, language=lang)]) for text, lang in utterances[:300]]
    hits_in_calls = sum(bool(redact_transcript(t, options).spans) for t in calls)
    rate = len(hits) / len(utterances)
    print(f"\nfalse positives ({'all' if options is ALL else 'default'} entities): "
          f"{len(hits)}/{len(utterances)} = {rate:.2%} (threshold {FP_THRESHOLD:.0%}); "
          f"as transcripts {hits_in_calls}/{len(calls)}")
    assert rate <= FP_THRESHOLD, hits[:10]
    assert hits_in_calls / len(calls) <= FP_THRESHOLD


def test_redf002_card_sample_keeps_amount_and_agent_words() -> None:
    t = transcript(_real_run("default"))
    out = redact_transcript(t, ALL).transcript
    agent = " ".join(s.text for s in out.segments if s.speaker == "agent")
    assert "$120" in agent and "three-digit security code" in agent
    assert "calling at me bank" in agent  # "at" + "me" is not an e-mail address


# ---------------------------------------------------------------- other entities

POSITIVES: dict[str, list[tuple[str, str]]] = {
    "PHONE": [
        ("My phone number is 0912 345 678.", "en"), ("Call me back on 0398765432.", "en"),
        ("It's plus eight four nine one two three four five six seven eight.", "en"),
        ("+84 912 345 678 is my mobile", "en"),
        ("Số điện thoại của em là không chín một hai ba bốn năm sáu bảy tám.", "vi"),
        ("so dien thoai la khong chin tam bay sau nam bon ba hai mot", "vi"),
    ],
    "EMAIL": [
        ("My email is john.smith@gmail.com", "en"),
        ("It's john dot smith at gmail dot com.", "en"),
        ("j o h n at yahoo dot com", "en"), ("nguyen underscore lan at outlook dot com dot vn",
                                             "en"),
        ("Email của em là lan chấm nguyen a còng gmail chấm com ạ.", "vi"),
    ],
    "NATIONAL_ID": [
        ("Số căn cước công dân của tôi là 001099012345.", "vi"),
        ("my ID number is 079 203 004 567", "en"),
        ("chứng minh nhân dân số một hai ba bốn năm sáu bảy tám chín", "vi"),
        ("it's 036185001234", "en"),
    ],
    "BANK_ACCOUNT": [
        ("My account number is 1234567890.", "en"),
        ("Số tài khoản là 0123 4567 8901 2.", "vi"),
        ("stk của em là một không một hai ba bốn năm sáu bảy tám", "vi"),
    ],
    "DOB": [
        ("My date of birth is the fifth of March nineteen eighty.", "en"),
        ("I was born on 12 May 1985.", "en"),
        ("Ngày sinh của tôi là ngày 5 tháng 3 năm 1990.", "vi"),
        ("sinh ngày mười hai tháng tám năm một chín chín mốt", "vi"),
    ],
    "CVV": [
        ("The security code is 737.", "en"), ("CVV seven three seven", "en"),
        ("Mã bảo mật là bảy ba bảy.", "vi"), ("ba số cuối mặt sau thẻ là 123", "vi"),
    ],
    "EXPIRY": [
        ("The expiry date is 12/28.", "en"), ("It expires oh eight twenty seven.", "en"),
        ("valid thru December 2028", "en"), ("Thẻ hết hạn tháng 12 năm 2028.", "vi"),
        ("ngày hết hạn là không tám hai bảy", "vi"),
    ],
}


@pytest.mark.parametrize("entity", sorted(POSITIVES))
def test_rede001_entities_are_found(entity: str) -> None:
    missed = []
    for text, lang in POSITIVES[entity]:
        out = redact_text(text, lang, ALL)
        # a context word may be a number word itself ("ba số cuối": the last three)
        if f"[{entity}]" not in out or re.search(r"\d", out) or len(to_digits(out, lang)) > 1:
            missed.append(out)
    found = len(POSITIVES[entity]) - len(missed)
    print(f"\n{entity}: {found}/{len(POSITIVES[entity])} found")
    assert not missed


def test_rede002_entities_off_by_default_stay() -> None:
    text = "my phone number is 0912 345 678 and my email is john dot smith at gmail dot com"
    assert redact_text(text) == text
    assert {"CARD", "CVV", "EXPIRY", "NATIONAL_ID"} == DEFAULT_ENTITIES
    assert "[PHONE]" in redact_text(text, "en", ALL) and "[EMAIL]" in redact_text(text, "en", ALL)


def test_rede003_entity_list_is_configurable() -> None:
    only_cards = RedactionOptions(entities=entity_names(["card"]))
    text = "card 4111 1111 1111 1111, security code 737, CCCD 001099012345"
    assert redact_text(text, "en", only_cards) == (
        "card [CARD], security code 737, CCCD 001099012345")
    assert redact_text(text) == "card [CARD], security code [CVV], CCCD [NATIONAL_ID]"
    with pytest.raises(InputError):
        entity_names(["card", "passport"])
    with pytest.raises(InputError):
        RedactionOptions(entities=frozenset({"CARDS"}))  # type: ignore[arg-type]


def test_rede004_last_four_digits_are_not_redacted() -> None:
    """PCI DSS allows the last four digits: "card ending in 1111" stays readable."""
    text = "the card ending in 1111 was charged"
    assert redact_text(text) == text


# ---------------------------------------------------------------- transcripts


def test_redt001_card_across_segments_with_pauses() -> None:
    digits = "4111111111111111"
    segs = [segment("Sure, the card number is", 10.0)]
    t = 12.0
    for i in range(0, 16, 4):
        segs.append(segment(" ".join(EN[int(d)] for d in digits[i:i + 4]), t, t + 2.0))
        t += 2.0 + 2.4  # pauses of 2.4 s between groups
    result = redact_transcript(transcript(segs))
    assert digits_left(result.transcript) == ""
    card = [s for s in result.spans if s.entity == "CARD"]
    assert [s.segment_index for s in card] == [1, 2, 3, 4]
    assert {s.occurrence for s in card} == {1}
    assert all((s.word_start, s.word_end) == (0, 4) for s in card)
    assert result.transcript.segments[1].text == "[CARD]"
    assert [w.text for w in result.transcript.segments[1].words] == ["[CARD]"] * 4


def test_redt002_text_only_segments_and_text_with_more_than_words() -> None:
    no_words = segment("my card is 4111 1111 1111 1111 ok", 0.0, words=False)
    # The words lack the digits the text has (word timestamps from another pass).
    odd = dataclasses.replace(segment("card 5555 5555 5555 4444 thanks", 5.0),
                              words=(Word(5.0, 5.5, "card", 0.9), Word(5.5, 6.0, "thanks", 0.9)))
    result = redact_transcript(transcript([no_words, odd]))
    texts = [s.text for s in result.transcript.segments]
    assert texts == ["my card is [CARD] ok", "card [CARD] thanks"]
    assert [(s.segment_index, s.word_start, s.word_end) for s in result.spans] == [
        (0, 3, 7), (1, 0, 0)]


def test_redt003_words_keep_timings_and_spacing() -> None:
    seg = Segment("customer", 1, 4.0, 7.0, " It is 737.", "en",
                  (Word(4.0, 4.5, " It", 0.9), Word(4.5, 5.0, " is", 0.9),
                   Word(5.0, 7.0, " 737.", 0.8)))
    ask = segment("what is the security code on the back?", 0.0, speaker="agent", channel=0)
    out = redact_transcript(transcript([ask, seg])).transcript.segments[1]
    assert out.text == " It is [CVV]."
    assert out.words[2] == Word(5.0, 7.0, " [CVV].", 0.8)


def test_redt004_keyed_hash_only_with_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    call = transcript([segment("card number 4111 1111 1111 1111", 0.0)])
    assert all(s.value_hash is None for s in redact_transcript(call).spans)
    monkeypatch.setenv(KEY_ENV, KEY.decode())
    keyed = RedactionOptions.from_env()
    assert "key" not in repr(keyed).lower().replace("keyed", "")
    assert KEY.decode() not in repr(keyed) + keyed.to_json()
    one = redact_transcript(call, keyed).spans[0].value_hash
    again = redact_transcript(transcript([segment("four one one one one one one one one one "
                                                  "one one one one one one", 3.0)]), keyed)
    other = redact_transcript(call, RedactionOptions(hash_key=b"another key, 16+ bytes"))
    assert one is not None and re.fullmatch(r"[0-9a-f]{64}", one)
    assert again.spans[0].value_hash == one  # the same card, said another way
    assert other.spans[0].value_hash != one
    assert keyed.options_hash() != RedactionOptions().options_hash()
    with pytest.raises(InputError):
        RedactionOptions(hash_key=b"short")


def _brief_run() -> list[Segment]:
    """Whisper base as first reported: digits as one-word segments, some dropped."""
    segs = [segment("Could you please read me the long card number?", 10.2, 13.6,
                    speaker="agent", channel=0),
            segment("Sure, the card number is...", 14.4, 15.7)]
    t = 16.0
    for d in "411111111111":  # 12 of the 16 digits
        segs.append(segment(f"{d}.", t, t + 0.4))
        t += 0.9
    segs += [segment("Thank you. And the expiry date?", 28.4, 30.6, speaker="agent", channel=0),
             segment("The expired rate is 12.", 31.1, 32.6), segment("28.", 32.7, 33.3),
             segment("And the three digit security code on the back of the card?", 33.8, 36.7,
                     speaker="agent", channel=0),
             segment("It is 13.", 37.2, 38.3),
             segment("Your payment of $120 has been approved.", 42.7, 49.3,
                     speaker="agent", channel=0)]
    return segs


@pytest.mark.parametrize("run", ["brief", "default", "novad", "tiny"])
def test_redr001_real_whisper_output_of_card_sample(run: str) -> None:
    segs = _brief_run() if run == "brief" else _real_run(run)
    result = redact_transcript(transcript(segs))
    customer = [s for s in result.transcript.segments if s.speaker == "customer"]
    said = "".join(to_digits(s.text) + to_digits(" ".join(w.text for w in s.words))
                   for s in customer)
    assert said == "", f"customer digits left: {said}"
    assert {s.entity for s in result.spans} == {"CARD", "EXPIRY", "CVV"}
    agent = " ".join(s.text for s in result.transcript.segments if s.speaker == "agent")
    assert "$120" in agent


def test_redr002_transcribe_and_redact_card_sample(samples_dir: Path) -> None:
    """The real path: Whisper tiny.en on the sample call, then redaction."""
    path = samples_dir / "en_card_number.wav"
    if not path.exists():
        pytest.skip("samples/en_card_number.wav is not here")
    from aqm.ingest.audio import load_audio
    from aqm.transcribe.backends import load_transcriber, plan_lineage
    from aqm.transcribe.base import TranscribeOptions
    from aqm.transcribe.channels import transcribe_call
    from aqm.types import CallMetadata

    options = TranscribeOptions(model="tiny.en", language="en")
    t = transcribe_call(load_audio(path), CallMetadata(), load_transcriber(options), options,
                        plan_lineage(options))
    result = redact_transcript(t)
    customer = " ".join(s.text for s in result.transcript.segments if s.speaker == "customer")
    assert "card number" in customer.lower() and "[CARD]" in customer
    assert to_digits(customer) == ""


def test_redt005_mono_call_with_the_agent_repeating() -> None:
    """One channel: each group the customer reads, the agent says back."""
    segs, t = [segment("my card number is", 0.0, speaker="unknown", channel=None)], 2.0
    for group in ("4111", "1111", "1111", "1111"):
        segs.append(segment(group, t, t + 1.0, speaker="unknown", channel=None))
        segs.append(segment(f"{group}, okay.", t + 1.5, t + 2.5, speaker="unknown",
                            channel=None))
        t += 3.5
    result = redact_transcript(transcript(segs))
    assert digits_left(result.transcript) == ""
    assert {s.entity for s in result.spans} == {"CARD"}


def test_redt006_agent_asks_customer_answers_without_context_words() -> None:
    """Context is said by the agent on the other channel; a CVV of 3 digits follows."""
    segs = [segment("and the security code on the back please", 0.0, speaker="agent",
                    channel=0),
            segment("yeah it's seven three seven", 4.0),
            segment("your total is 120 dollars", 30.0, speaker="agent", channel=0)]
    out = redact_transcript(transcript(segs)).transcript
    assert [s.text for s in out.segments][1:] == ["yeah it's [CVV]", "your total is 120 dollars"]


@pytest.mark.parametrize("lang,said,back,expiry", [
    ("vi", "ừ 4221 5503 9187 6402 hết hạn tháng mười năm hai bảy",
     "dạ thẻ tín dụng số 4221 5503 9187 6402 hết hạn tháng mười năm hai bảy ạ", "hết hạn"),
    ("en", "yeah it's 4221 5503 9187 6402 and the expiry date is ten twenty seven",
     "so that's card number 4221 5503 9187 6402 expiring ten twenty seven", "expiry"),
])
def test_redt007_card_read_back_after_the_other_speakers_expiry(lang: str, said: str,
                                                                 back: str,
                                                                 expiry: str) -> None:
    """The customer reads a card (a digit misheard: not Luhn-valid) and its expiry with no
    card word before it; the agent reads it back after "card number". Neither number may
    stay, and the agent's card is no expiry date (it starts right after the customer's
    "expiry" context)."""
    segs = [segment(said, 10.0, 16.0, language=lang),
            segment(back, 16.5, 23.0, speaker="agent", channel=0, language=lang)]
    result = redact_transcript(transcript(segs))
    customer, agent = (s.text for s in result.transcript.segments)
    assert digits_left(result.transcript) == "", (customer, agent)
    assert "[CARD]" in customer and "[EXPIRY]" in customer and expiry in customer
    assert agent.count("[CARD]") == 1 and agent.index("[CARD]") < agent.index("[EXPIRY]")
    assert [s.entity for s in result.spans].count("CARD") == 2


def test_redt008_a_number_said_again_is_not_taken_without_an_entity() -> None:
    """Repeating (rule 6) needs an entity taken first: a reference number said by both sides
    (no context; no Luhn-valid card in it, nor in the whole call's stream where the two
    readings join) stays, and an amount said twice stays."""
    segs = [segment("the reference is 8012 3456 7890 12", 0.0, 5.0, speaker="agent",
                    channel=0),
            segment("8012 3456 7890 12 got it", 6.0, 10.0),
            segment("and the fee was 12000000 dong", 12.0, 15.0, speaker="agent", channel=0),
            segment("12000000 dong okay", 16.0, 18.0)]
    out = redact_transcript(transcript(segs)).transcript
    assert [s.text for s in out.segments] == [s.text for s in segs]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "so the car number I have here is 4532 7781 0093 6615 is that right"),
    ("en", "let me read that back five one zero five one zero five one zero five one zero "
           "five one zero six"),
    ("vi", "Dạ em đọc lại nha, chín bảy không bốn, hai hai một ba, bốn bốn năm sáu, bảy tám "
           "tám chín."),
    ("vi", "da em doc lai nha chin bay khong bon hai hai mot ba bon bon nam sau bay tam tam "
           "chin"),
])
def test_redt009_card_shaped_number_without_luhn_or_card_word(lang: str, text: str) -> None:
    """A card read back with a digit misheard (not Luhn-valid) and no card word before it
    ("car number", "em đọc lại nha"): 16 digits with a card brand's prefix are taken."""
    from stdnum import luhn

    out = redact_transcript(transcript([segment(text, 0.0, 9.0, speaker="agent", channel=0,
                                                language=lang)]))
    assert [s.entity for s in out.spans] == ["CARD"], out.transcript.segments[0].text
    assert digits_left(out.transcript) == ""
    said = "".join(c for c in text if c.isdigit())
    assert not said or not luhn.is_valid(said)  # the point: Luhn alone would miss it


def test_redt010_card_shaped_reference_number_stays() -> None:
    """The same shape after a word naming something else (a reference, a case file, an
    amount) is not a card."""
    segs = [segment("your reference number is 4532 7781 0093 6615", 0.0, 4.0,
                    speaker="agent", channel=0),
            segment("mã hồ sơ của anh là 9704 2213 4456 7889 ạ", 5.0, 9.0, speaker="agent",
                    channel=0, language="vi"),
            segment("that comes to 4532778100936615 dollars", 10.0, 13.0, speaker="agent",
                    channel=0)]
    out = redact_transcript(transcript(segs)).transcript
    assert [s.text for s in out.segments] == [s.text for s in segs]


def test_redr003_sample_call_scripts(samples_dir: Path) -> None:
    """The bundled calls' exact scripts: the card samples (English and Vietnamese) lose
    their card data, the date of birth goes with all entities on, nothing else changes."""
    files = sorted(samples_dir.glob("*.truth.json"))
    if not files:
        pytest.skip("samples/ is not here")
    found: dict[str, list[tuple[str, int]]] = {}
    for path in files:
        truth = json.loads(path.read_text(encoding="utf-8"))
        segs = [segment(t["text"], t["start"], t["end"], speaker=t["speaker"],
                        channel=t.get("channel"), language=truth["language"], words=False)
                for t in truth["turns"]]
        result = redact_transcript(transcript(segs), ALL)
        found[path.name.split(".")[0]] = [(s.entity, s.segment_index) for s in result.spans]
        if truth["name"] == "en_card_number":
            customer = [s.text for s in result.transcript.segments if s.speaker == "customer"]
            assert "[CARD]" in customer and "It is [CVV]." in customer
            assert "The expiry date is [EXPIRY]." in customer
    assert found.pop("en_card_number") == [("CARD", 4), ("EXPIRY", 6), ("CVV", 8)]
    assert found.pop("en_inbound_good") == [("DOB", 3)]  # "my date of birth is ..."
    assert found.pop("vi_inbound_good") == [("CARD", 3)]  # "số thẻ của tôi là. Bốn, năm..."
    assert all(spans == [] for spans in found.values()), found


def test_redx001_free_text() -> None:
    assert redact_text("Customer gave 4111-1111-1111-1111 exp 12/28 cvv 123") == (
        "Customer gave [CARD] exp [EXPIRY] cvv [CVV]")
    assert redact_text("số thẻ bon mot mot mot mot mot mot mot mot mot mot mot mot mot mot mot",
                       "vi") == "số thẻ [CARD]"
    assert redact_text("nothing to see here, order 58213") == "nothing to see here, order 58213"
    assert redact_text("") == ""


def _real_run(name: str) -> list[Segment]:
    segs = []
    for speaker, start, end, text, words, times in REAL_RUNS[name]:
        parts = words.split("|")
        ws = tuple(Word(times[2 * i], times[2 * i + 1], w, 0.9) for i, w in enumerate(parts))
        channel = 0 if speaker == "agent" else 1
        segs.append(Segment(speaker, channel, start, end, text, "en", ws))  # type: ignore[arg-type]
    return segs


# Whisper output for samples/en_card_number.wav (aqm.transcribe, 2 channels, agent=left):
# (speaker, start_s, end_s, text, words joined by '|', word start/end times).
REAL_RUNS: dict[str, tuple[tuple[str, float, float, str, str, tuple[float, ...]], ...]] = {
    "default": (  # base, default options (VAD on)
        ("agent", 0.72, 5.72,
         "Thank you for calling at me bank payments. My name is Sarah. How can I help you today?",
         "Thank|you|for|calling|at|me|bank|payments.|My|name|is|Sarah.|How|can|I|help|you|today?",
         (0.72, 1.26, 1.26, 1.5, 1.5, 1.68, 1.68, 2.02, 2.02, 2.22, 2.22, 2.4, 2.4, 2.62, 2.62,
         3.04, 3.48, 3.64, 3.64, 3.84, 3.84, 4.04, 4.04, 4.26, 4.62, 4.72, 4.72, 4.88, 4.88,
         5.08, 5.08, 5.3, 5.3, 5.46, 5.46, 5.72)),
        ("customer", 6.06, 9.64,
         "I would like to pay my outstanding balance by card.",
         "I|would|like|to|pay|my|outstanding|balance|by|card.",
         (6.06, 6.6, 6.6, 7.02, 7.02, 7.22, 7.22, 7.4, 7.4, 7.58, 7.58, 7.76, 7.76, 8.22, 8.22,
         8.74, 8.74, 9.36, 9.36, 9.64)),
        ("agent", 10.08, 13.64,
         "Of course. Could you please read me the long card number?",
         "Of|course.|Could|you|please|read|me|the|long|card|number?",
         (10.08, 10.32, 10.32, 10.76, 11.24, 11.68, 11.68, 11.84, 11.84, 12.14, 12.14, 12.32,
         12.32, 12.5, 12.5, 12.88, 12.88, 13.08, 13.08, 13.3, 13.3, 13.64)),
        ("customer", 14.11, 28.43,
         "Sure, the card number is 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "
         "1, 1, 1, 1, 1, 1, 1.",
         "Sure,|the|card|number|is|4,|1,|1,|1,|1,|1,|1,|1,|1,|1,|1,|1,|1,|1,|1,|1,|1,|1,|1"
         ",|1,|1,|1,|1,|1,|1.",
         (14.11, 14.59, 14.87, 14.95, 14.95, 15.13, 15.13, 15.45, 15.45, 15.69, 15.69, 16.35,
         16.71, 17.05, 17.39, 17.73, 18.03, 18.47, 18.73, 19.55, 19.63, 20.21, 20.41, 20.75,
         20.75, 21.59, 21.59, 22.37, 22.37, 22.79, 22.79, 23.25, 23.25, 23.67, 23.67, 24.35,
         24.35, 25.27, 25.27, 25.67, 25.67, 25.75, 25.75, 25.91, 25.91, 26.39, 26.39, 26.57,
         26.57, 26.75, 26.75, 26.91, 26.91, 27.33, 27.33, 27.51, 27.51, 27.73, 27.73, 28.43)),
        ("agent", 28.43, 36.6,
         "Thank you and the expiry date and the three-digit security code on the back of "
         "the card.",
         "Thank|you|and|the|expiry|date|and|the|three|-"
         "digit|security|code|on|the|back|of|the|card.",
         (28.43, 28.63, 28.63, 28.97, 28.97, 29.67, 29.67, 29.83, 29.83, 30.25, 30.25, 30.57,
         30.57, 31.55, 33.88, 34.04, 34.04, 34.28, 34.28, 34.56, 34.56, 34.98, 34.98, 35.38,
         35.38, 35.74, 35.74, 35.86, 35.86, 36.06, 36.06, 36.2, 36.2, 36.34, 36.34, 36.6)),
        ("customer", 30.96, 33.12,
         "The expiry date is 1228.",
         "The|expiry|date|is|1228.",
         (30.96, 31.26, 31.26, 31.7, 31.7, 31.9, 31.9, 32.16, 32.16, 33.12)),
        ("customer", 36.88, 38.06,
         "It is 737.",
         "It|is|737.",
         (36.88, 37.28, 37.28, 37.38, 37.38, 38.06)),
        ("agent", 38.56, 39.92,
         "One moment please.",
         "One|moment|please.",
         (38.56, 39.08, 39.08, 39.38, 39.38, 39.92)),
        ("agent", 42.52, 49.32,
         "Thank you. Your payment to $120 has been approved and you will receive a "
         "confirmation by mail.",
         "Thank|you.|Your|payment|to|$120|has|been|approved|and|you|will|receive|a|confirm"
         "ation|by|mail.",
         (42.52, 42.8, 42.8, 43.2, 43.52, 43.88, 43.88, 44.26, 44.26, 44.44, 44.44, 45.18, 45.18,
         46.14, 46.14, 46.4, 46.4, 46.76, 46.76, 47.26, 47.26, 47.46, 47.46, 47.62, 47.62, 47.88,
         47.88, 48.04, 48.04, 48.56, 48.56, 48.96, 48.96, 49.32)),
        ("customer", 49.78, 50.46,
         "Great thanks.",
         "Great|thanks.",
         (49.78, 50.12, 50.12, 50.46)),
        ("agent", 51.3, 53.7,
         "Thank you for calling. Have a great day. Goodbye.",
         "Thank|you|for|calling.|Have|a|great|day.|Goodbye.",
         (51.3, 51.44, 51.44, 51.7, 51.7, 51.88, 51.88, 52.26, 52.54, 52.7, 52.7, 52.84, 52.84,
         53.0, 53.0, 53.26, 53.56, 53.7)),
    ),
    "novad": (  # base, vad_filter=False
        ("agent", 0.7, 3.06,
         "Thank you for calling me bank payments.",
         "Thank|you|for|calling|me|bank|payments.",
         (0.7, 1.22, 1.22, 1.48, 1.48, 1.68, 1.68, 2.02, 2.02, 2.38, 2.38, 2.6, 2.6, 3.06)),
        ("agent", 3.5, 4.26,
         "My name is Sarah.",
         "My|name|is|Sarah.",
         (3.5, 3.64, 3.64, 3.84, 3.84, 4.04, 4.04, 4.26)),
        ("agent", 4.6, 5.74,
         "How can I help you today?",
         "How|can|I|help|you|today?",
         (4.6, 4.72, 4.72, 4.88, 4.88, 5.1, 5.1, 5.3, 5.3, 5.46, 5.46, 5.74)),
        ("customer", 5.34, 9.68,
         "I would like to pay my outstanding balance by card.",
         "I|would|like|to|pay|my|outstanding|balance|by|card.",
         (5.34, 6.58, 6.58, 7.02, 7.02, 7.24, 7.24, 7.4, 7.4, 7.58, 7.58, 7.78, 7.78, 8.24, 8.24,
         8.88, 8.88, 9.36, 9.36, 9.68)),
        ("agent", 9.78, 10.76,
         "Of course.",
         "Of|course.",
         (9.78, 10.3, 10.3, 10.76)),
        ("agent", 11.22, 13.64,
         "Could you please read me the long card number?",
         "Could|you|please|read|me|the|long|card|number?",
         (11.22, 11.68, 11.68, 11.84, 11.84, 12.14, 12.14, 12.32, 12.32, 12.5, 12.5, 12.86,
         12.86, 13.12, 13.12, 13.28, 13.28, 13.64)),
        ("customer", 13.36, 28.68,
         "Sure. The card number is 41-1-1-111-111-111-111-111-111-111.",
         "Sure.|The|card|number|is|41|-1|-1|-111|-111|-111|-111|-111|-111|-111.",
         (13.36, 14.6, 14.9, 14.96, 14.96, 15.14, 15.14, 15.46, 15.46, 15.68, 15.68, 16.58,
         16.58, 17.64, 17.64, 18.26, 18.26, 21.38, 21.38, 22.7, 22.7, 24.68, 24.68, 25.72, 25.72,
         26.82, 26.82, 27.46, 27.46, 28.68)),
        ("agent", 27.36, 36.62,
         "Thank you and the expiry date and the three-digit security code on the back of "
         "the card.",
         "Thank|you|and|the|expiry|date|and|the|three|-"
         "digit|security|code|on|the|back|of|the|card.",
         (27.36, 28.12, 28.12, 28.88, 28.88, 29.66, 29.66, 29.82, 29.82, 30.28, 30.28, 30.62,
         30.62, 32.22, 32.22, 34.06, 34.06, 34.28, 34.28, 34.58, 34.58, 34.98, 34.98, 35.38,
         35.38, 35.76, 35.76, 35.86, 35.86, 36.06, 36.06, 36.2, 36.2, 36.36, 36.36, 36.62)),
        ("customer", 30.0, 33.12,
         "Next, Pyridate is 1228.",
         "Next,|Pyridate|is|1228.",
         (30.0, 31.44, 31.58, 31.9, 31.9, 32.16, 32.16, 33.12)),
        ("customer", 35.88, 38.08,
         "It is 737.",
         "It|is|737.",
         (35.88, 37.28, 37.28, 37.38, 37.38, 38.08)),
        ("agent", 38.34, 48.06,
         "one moment please. Thank you. Your payment to $120 has been approved and you "
         "will receive a",
         "one|moment|please.|Thank|you.|Your|payment|to|$120|has|been|approved|and|you|wil"
         "l|receive|a",
         (38.34, 39.02, 39.02, 39.42, 39.42, 40.06, 42.14, 42.82, 42.82, 43.1, 43.62, 43.92,
         43.92, 44.26, 44.26, 44.46, 44.46, 45.38, 45.38, 46.14, 46.14, 46.4, 46.4, 46.74, 46.74,
         47.26, 47.26, 47.46, 47.46, 47.62, 47.62, 47.88, 47.88, 48.06)),
        ("agent", 48.06, 53.74,
         "confirmation by mail. Thank you for calling. Have a great day. Goodbye.",
         "confirmation|by|mail.|Thank|you|for|calling.|Have|a|great|day.|Goodbye.",
         (48.06, 48.56, 48.56, 48.96, 48.96, 49.32, 50.76, 51.44, 51.44, 51.7, 51.7, 51.88,
         51.88, 52.24, 52.56, 52.7, 52.7, 52.84, 52.84, 53.0, 53.0, 53.26, 53.56, 53.74)),
        ("customer", 48.74, 50.48,
         "Great thanks.",
         "Great|thanks.",
         (48.74, 50.14, 50.14, 50.48)),
        ("customer", 50.48, 50.7,
         "Thanks.",
         "Thanks.",
         (50.48, 50.7)),
    ),
    "tiny": (  # tiny.en
        ("agent", 0.72, 5.98,
         "Thank you for calling out me bank payments. My name is Sarah. How can I help you"
         " today?",
         "Thank|you|for|calling|out|me|bank|payments.|My|name|is|Sarah.|How|can|I|help|you"
         "|today?",
         (0.72, 1.42, 1.42, 1.64, 1.64, 1.88, 1.88, 2.16, 2.16, 2.34, 2.34, 2.54, 2.54, 2.82,
         2.82, 3.2, 3.64, 3.7, 3.7, 3.96, 3.96, 4.24, 4.24, 4.58, 4.68, 4.86, 4.86, 5.04, 5.04,
         5.2, 5.2, 5.4, 5.4, 5.58, 5.58, 5.98)),
        ("customer", 6.06, 10.3,
         "I would like to pay my outstanding balance by card.",
         "I|would|like|to|pay|my|outstanding|balance|by|card.",
         (6.06, 6.68, 6.68, 7.14, 7.14, 7.4, 7.4, 7.52, 7.52, 7.68, 7.68, 7.94, 7.94, 8.44, 8.44,
         9.04, 9.04, 9.54, 9.54, 10.3)),
        ("agent", 10.4, 36.66,
         "Of course. Could you please read me the long card number? Thank you and the "
         "expiry date and the three-digit security code on the back of the card.",
         "Of|course.|Could|you|please|read|me|the|long|card|number?|Thank|you|and|the|expi"
         "ry|date|and|the|three|-digit|security|code|on|the|back|of|the|card.",
         (10.4, 10.5, 10.5, 11.02, 11.72, 11.8, 11.8, 12.04, 12.04, 12.26, 12.26, 12.44, 12.44,
         12.84, 12.84, 13.0, 13.0, 13.22, 13.22, 13.42, 13.42, 14.04, 28.69, 28.79, 28.79, 29.43,
         29.43, 29.83, 29.83, 30.17, 30.17, 30.37, 30.37, 30.91, 33.24, 34.02, 34.02, 34.24,
         34.24, 34.42, 34.42, 34.7, 34.7, 35.08, 35.08, 35.7, 35.7, 35.86, 35.86, 36.02, 36.02,
         36.18, 36.18, 36.32, 36.32, 36.5, 36.5, 36.66)),
        ("customer", 14.55, 28.51,
         "Sure, the card number is 4-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1.",
         "Sure,|the|card|number|is|4|-1|-1|-1|-1|-1|-1|-1|-1|-1|-1|-1|-1|-1|-1|-1|-1|-1.",
         (14.55, 14.71, 15.03, 15.11, 15.11, 15.25, 15.25, 15.53, 15.53, 16.15, 16.15, 16.85,
         16.85, 17.57, 17.57, 18.23, 18.23, 19.23, 19.23, 20.27, 20.27, 20.73, 20.73, 21.45,
         21.45, 22.39, 22.39, 23.13, 23.13, 24.31, 24.31, 24.55, 24.55, 25.77, 25.77, 26.03,
         26.03, 26.83, 26.83, 26.83, 26.83, 27.21, 27.21, 27.45, 27.45, 28.51)),
        ("customer", 31.2, 33.2,
         "The expiry date is 1228.",
         "The|expiry|date|is|1228.",
         (31.2, 31.42, 31.42, 31.8, 31.8, 32.04, 32.04, 32.44, 32.44, 33.2)),
        ("customer", 37.24, 38.18,
         "It is 737.",
         "It|is|737.",
         (37.24, 37.36, 37.36, 37.68, 37.68, 38.18)),
        ("agent", 38.96, 52.4,
         "One moment, please. Thank you. Your payment of $120 has been approved and you "
         "will receive a confirmation by mail. Thank you for calling.",
         "One|moment,|please.|Thank|you.|Your|payment|of|$120|has|been|approved|and|you|wi"
         "ll|receive|a|confirmation|by|mail.|Thank|you|for|calling.",
         (38.96, 39.26, 39.26, 39.5, 39.74, 40.22, 42.92, 42.98, 42.98, 43.78, 43.9, 44.02,
         44.02, 44.34, 44.34, 44.64, 44.64, 45.34, 45.34, 46.34, 46.34, 46.54, 46.54, 47.0, 47.0,
         47.4, 47.4, 47.58, 47.58, 47.74, 47.74, 48.0, 48.0, 48.3, 48.3, 48.7, 48.7, 49.12,
         49.12, 49.5, 51.4, 51.64, 51.64, 51.86, 51.86, 52.1, 52.1, 52.4)),
        ("customer", 50.02, 50.7,
         "Great thanks.",
         "Great|thanks.",
         (50.02, 50.32, 50.32, 50.7)),
        ("agent", 52.4, 54.0,
         "Have a great day. Good bye.",
         "Have|a|great|day.|Good|bye.",
         (52.4, 52.78, 52.78, 52.96, 52.96, 53.16, 53.16, 53.6, 53.78, 53.8, 53.8, 54.0)),
    ),
}


@pytest.mark.parametrize(("lang", "card_talk", "phone"), [
    ("en", "my card got declined at the shop this morning",
     "we'll text you on oh seven seven one one four five six nine nine nine"),
    ("vi", "thẻ của tôi bị từ chối ở cửa hàng sáng nay",
     "em gửi tin nhắn về số không chín không ba bốn năm sáu bảy tám nha"),
])
def test_redt011_phone_read_back_after_a_card_word_is_a_phone(lang: str, card_talk: str,
                                                               phone: str) -> None:
    """A phone number the agent will text, said a few seconds after the customer said
    "card": the nearest context is the text message, not the card word. It is a phone
    number: taken as one where phone numbers are redacted, left (the default: phone numbers
    are opt-in) otherwise, and never tagged as a card (that would fail the card read-back
    rule on a call that read none). A card said after "text message" still goes as a card."""
    segs = [segment(card_talk, 0.0, 4.0, language=lang),
            segment(phone, 8.0, 14.0, speaker="agent", channel=0, language=lang)]
    default = redact_transcript(transcript(segs))
    assert default.spans == () and default.transcript == transcript(segs)
    every = redact_transcript(transcript(segs), RedactionOptions(entities=ALL_ENTITIES))
    assert [s.entity for s in every.spans] == ["PHONE"], every.transcript.segments[1].text
    assert digits_left(every.transcript) == ""
    card = [segs[0], segment("the text message said 4921 3377 0415 8861", 8.0, 12.0,
                             speaker="agent", channel=0, language=lang)]
    assert [s.entity for s in redact_transcript(transcript(card)).spans] == ["CARD"]


@pytest.mark.parametrize("follow", [
    ["dạ còn việc gì khác không ạ", "không vậy thôi em"],
    ["da con viec gi khac khong a", "khong vay thoi"],
])
def test_redt012_khong_after_the_back_of_the_card_is_no_cvv(follow: list[str]) -> None:
    """"không" is zero and also "no"/"not": the question "... không ạ?" and the answer
    "không, vậy thôi" make no 2-digit CVV after "số ở mặt sau thẻ" (round 17); a code read
    after it still goes."""
    segs = [segment("dạ bà ấy gọi số ở mặt sau thẻ để báo khóa ngay ạ", 0.0, speaker="agent",
                    channel=0, language="vi"),
            segment(follow[0], 6.0, speaker="agent", channel=0, language="vi"),
            segment(follow[1], 8.6, language="vi")]
    out = redact_transcript(transcript(segs)).transcript
    assert [s.text for s in out.segments][1:] == follow
    code = [segs[0], segment("ba số mặt sau thẻ là bảy không chín", 6.0, language="vi")]
    said = redact_transcript(transcript(code)).transcript.segments[1].text
    assert said == "ba số mặt sau thẻ là [CVV]"
