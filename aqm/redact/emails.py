"""E-mail addresses in a stream of words: written, or spoken.

Spoken: ``john dot smith at gmail dot com``, spelled ``j o h n at yahoo dot com``,
Vietnamese ``lan chấm nguyen a còng gmail chấm com``. The domain must end in a known
top-level domain (or be a known mail host said alone: "at gmail"), so "calling at me
bank" is not an address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aqm.redact.context import matches

__all__ = ["find_emails"]

_EMAIL_WRITTEN = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
_TLDS = frozenset({
    "com", "net", "org", "vn", "edu", "gov", "io", "co", "info", "biz", "me", "us", "uk", "au",
    "jp", "de", "fr", "app", "dev", "ai"
})
_MAIL_HOSTS = frozenset({
    "gmail", "yahoo", "hotmail", "outlook", "icloud", "live", "msn", "protonmail", "proton"
})
_AT = ("at", "@", "a còng", "a móc", "a còn")
_DOT = ("dot", "chấm", ".")
_LOCAL_JOIN = {"dot": ".", "chấm": ".", "underscore": "_", "gạch dưới": "_", "dash": "-",
               "hyphen": "-", "gạch ngang": "-"}
_NOT_LOCAL = frozenset({
    "is", "it's", "its", "me", "my", "email", "mail", "address", "là", "của", "at", "the", "a",
    "an", "to"
})


def _phrase_at(norms: Sequence[str], i: int, phrases: Sequence[str],
               toneless: bool) -> int:
    """Length in words of the first of ``phrases`` found at ``norms[i]``, else 0."""
    for phrase in phrases:
        parts = phrase.split()
        if i + len(parts) <= len(norms) and all(
                matches(norms[i + k], p, toneless) for k, p in enumerate(parts)):
            return len(parts)
    return 0


def find_emails(norms: Sequence[str], toneless_vi: Sequence[bool]
                ) -> list[tuple[int, int, str]]:
    """(first word, end word, address) of each e-mail address in :func:`norm`-ed words."""
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(norms):
        if _EMAIL_WRITTEN.match(norms[i]):
            spans.append((i, i + 1, norms[i]))
            i += 1
            continue
        at = _phrase_at(norms, i, _AT, toneless_vi[i])
        if at and i > 0:
            span = _spoken_email(norms, toneless_vi[i], i, at)
            if span is not None:
                spans.append(span)
                i = span[1]
                continue
        i += 1
    return spans


def _spoken_email(norms: Sequence[str], toneless: bool, at_index: int,
                  at_len: int) -> tuple[int, int, str] | None:
    # Domain: label (dot label)+ ending in a known TLD, or a known mail host alone.
    j, labels = at_index + at_len, []
    while j < len(norms) and re.fullmatch(r"[\w-]+(\.[\w-]+)*", norms[j] or "-"):
        labels.append(norms[j])
        j += 1
        dot = _phrase_at(norms, j, _DOT, toneless)
        if not dot or j + dot >= len(norms):
            break
        j += dot
    if not labels:
        return None
    domain = ".".join(labels)
    known_tld = "." in domain and domain.rsplit(".", 1)[1] in _TLDS
    if not (known_tld or (len(labels) == 1 and labels[0] in _MAIL_HOSTS)):
        return None
    # Local part: a word, or words joined by "dot"/"underscore", or spelled letters.
    k = at_index - 1
    if not _local_word(norms[k]):
        return None
    local = [norms[k]]
    while k > 0:
        joined = False
        for phrase, symbol in _LOCAL_JOIN.items():
            size = len(phrase.split())
            before = k - size - 1
            if before >= 0 and _phrase_at(norms, k - size, [phrase], toneless) == size and (
                    _local_word(norms[before])):
                local[:0] = [norms[before], symbol]
                k, joined = before, True
                break
        if not joined and len(local[0]) == 1 and len(norms[k - 1]) == 1 and (
                norms[k - 1].isalnum()):
            local.insert(0, norms[k - 1])  # spelled out: "j o h n at ..."
            k, joined = k - 1, True
        if not joined:
            break
    return k, j, "".join(local) + "@" + domain


def _local_word(word: str) -> bool:
    return bool(word) and word not in _NOT_LOCAL and re.fullmatch(r"[\w.+-]+", word) is not None
