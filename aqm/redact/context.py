"""Context words that say what a spoken number is ("card number", "mã bảo mật", "born"...).

Phrases are written with their Vietnamese diacritics and matched on :func:`norm` forms;
a plain ASCII word in a Vietnamese segment also matches a phrase word's toneless form
(Whisper may drop the tones), as in :mod:`aqm.redact.numbers`. A phrase word ending in
``*`` matches by prefix (``expir*``: expiry, expires, expired, expiration).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from aqm.redact.numbers import fold, norm

EntityType = Literal[
    "CARD", "CVV", "EXPIRY", "PHONE", "EMAIL", "NATIONAL_ID", "BANK_ACCOUNT", "DOB"]
ALL_ENTITIES: tuple[EntityType, ...] = (
    "CARD", "CVV", "EXPIRY", "PHONE", "EMAIL", "NATIONAL_ID", "BANK_ACCOUNT", "DOB")

CONTEXT_PHRASES: dict[EntityType, tuple[str, ...]] = {
    "CARD": (
        "card number", "card", "cards", "credit card", "debit card", "visa", "mastercard",
        "master card", "amex", "american express", "long number", "sixteen digit",
        "sixteen digits", "16 digit", "16 digits", "16-digit", "sixteen-digit",
        "số thẻ", "thẻ", "mã thẻ", "thẻ tín dụng", "thẻ ghi nợ", "mười sáu số",
    ),
    "CVV": (
        "security code", "cvv", "cvc", "cvv2", "cvc2", "cv2", "cid", "three digit",
        "three digits", "three-digit", "3 digit", "3 digits", "3-digit", "back of the card",
        "card verification", "mã bảo mật", "mã cvv", "số cvv", "mã bảo vệ", "ba số cuối",
        "3 số cuối", "ba chữ số", "3 chữ số", "mặt sau", "mặt sau thẻ",
    ),
    "EXPIRY": (
        "expir*", "exp", "valid thru", "valid through", "valid until", "good thru",
        "good through", "hết hạn", "ngày hết hạn", "hạn thẻ", "thời hạn", "hiệu lực",
        "hạn sử dụng",
    ),
    "DOB": (
        "date of birth", "birth", "birthday", "born", "dob", "d.o.b", "ngày sinh",
        "sinh ngày", "năm sinh", "sinh năm", "sinh nhật", "ngày tháng năm sinh",
    ),
    "PHONE": (
        "phone", "phone number", "telephone", "mobile", "cell", "cellphone",
        "callback number", "call back", "call you back", "contact number", "số điện thoại",
        "điện thoại", "sđt", "số máy", "di động", "zalo",
        # a number the bank will text or ring (else a card word said earlier in the call
        # is the nearest context, and a phone number read back is tagged as a card)
        "text you on", "text you at", "ring you on", "call you on", "reach you on", "sms",
        "text message", "tin nhắn", "nhắn tin", "nhắn về số", "gọi lại số", "gọi vào số",
    ),
    "NATIONAL_ID": (
        "id number", "national id", "identity card", "identity number", "citizen id",
        "citizen identity", "id card", "passport", "passport number", "social security",
        "ssn", "cccd", "cmnd", "căn cước", "căn cước công dân", "chứng minh",
        "chứng minh nhân dân", "chứng minh thư", "số định danh", "mã định danh",
        "định danh",
    ),
    "BANK_ACCOUNT": (
        "account number", "account no", "bank account", "iban", "routing number",
        "sort code", "số tài khoản", "tài khoản", "stk", "tài khoản ngân hàng",
    ),
    "EMAIL": ("email", "e-mail", "email address", "địa chỉ email", "thư điện tử"),
}

# Words naming a number that is no card, whatever its shape: a 16-digit reference or
# contract number said right after one of them is not taken as a misheard card.
NOT_CARD = frozenset({
    "reference", "ref", "order", "tracking", "case", "claim", "policy", "ticket",
    "confirmation", "transaction", "booking", "invoice", "member", "membership", "customer",
    "contract", "application", "loan", "account", "complaint", "request", "serial",
    "tham chiếu", "giao dịch", "hồ sơ", "đơn", "yêu cầu", "khiếu nại", "hợp đồng",
    "khách hàng", "tra soát", "vận đơn", "tài khoản", "khoản vay", "hóa đơn", "biên nhận",
})

# Hesitations and the other side's acknowledgements (a mono call: "okay", "vâng") that
# may sit between the digit groups of one number read aloud without breaking it.
FILLERS = frozenset({
    "uh", "um", "umm", "uhm", "er", "erm", "ah", "eh", "hmm", "hm", "mm", "mhm", "mm-hmm",
    "uh-huh", "okay", "ok", "yes", "yeah", "yep", "right", "ờ", "ừ", "ừm", "ờm", "à", "ơ",
    "ạ", "vâng", "dạ", "rồi", "tiếp",
})
CURRENCY = frozenset({
    "đồng", "vnd", "vnđ", "usd", "dollar", "dollars", "bucks", "cents", "euro", "euros",
    "pounds", "percent", "phần trăm",
})
MONTHS = frozenset({
    "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june",
    "jun", "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct",
    "november", "nov", "december", "dec",
})
DATE_LINKS = frozenset({
    "of", "the", "/", "-", "slash", "st", "nd", "rd", "th", "ngày", "tháng", "năm", "mồng",
    "mùng",
})


def matches(word: str, pattern: str, toneless_vi: bool) -> bool:
    """``word`` (already :func:`norm`-ed) is ``pattern``, tones aside where allowed."""
    if pattern.endswith("*"):
        stem = pattern[:-1]
        return word.startswith(stem) or (toneless_vi and word.isascii()
                                         and word.startswith(fold(stem)))
    return word == pattern or (toneless_vi and word.isascii() and word == fold(pattern))


@functools.cache
def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def in_set(word: str, words: frozenset[str], toneless_vi: bool) -> bool:
    """``word`` (already :func:`norm`-ed) is one of ``words``, tones aside where allowed."""
    return word in words or (toneless_vi and word.isascii() and word in _folded(words))


@dataclass(frozen=True)
class ContextHit:
    """Words at stream positions ``start``..``end`` (exclusive) that point at ``entity``."""

    entity: EntityType
    start: int
    end: int


Phrase = tuple[EntityType, tuple[str, ...]]


def _index() -> tuple[dict[str, list[Phrase]], dict[str, list[Phrase]], list[Phrase]]:
    exact: dict[str, list[Phrase]] = {}
    toneless: dict[str, list[Phrase]] = {}
    prefixed: list[Phrase] = []
    table = [(entity, tuple(p.split())) for entity, ps in CONTEXT_PHRASES.items() for p in ps]
    for entity, parts in sorted(table, key=lambda item: -len(item[1])):  # longest first
        if parts[0].endswith("*"):
            prefixed.append((entity, parts))
            continue
        exact.setdefault(parts[0], []).append((entity, parts))
        toneless.setdefault(fold(parts[0]), []).append((entity, parts))
    return exact, toneless, prefixed


_EXACT, _TONELESS, _PREFIXED = _index()


def find_context(words: Sequence[str], toneless_vi: Sequence[bool]) -> list[ContextHit]:
    """Every context phrase in ``words``; longest match wins, matches don't overlap."""
    normed = [norm(w) for w in words]
    hits: list[ContextHit] = []
    i = 0
    while i < len(normed):
        word = normed[i]
        candidates = list(_EXACT.get(word, ()))
        if toneless_vi[i] and word.isascii():
            candidates += _TONELESS.get(word, ())
        candidates.sort(key=lambda item: -len(item[1]))
        found = None
        for entity, phrase in [*candidates, *_PREFIXED]:
            end = i + len(phrase)
            if end <= len(normed) and all(
                    matches(normed[i + k], part, toneless_vi[i + k])
                    for k, part in enumerate(phrase)):
                found = ContextHit(entity, i, end)
                break
        if found is None:
            i += 1
            continue
        hits.append(found)
        i = found.end
    return hits
