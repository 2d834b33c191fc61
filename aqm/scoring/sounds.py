"""Match a wording by how it sounds: brand names the recogniser mishears.

A bank's name is the word a recogniser gets wrong most often, and every caller, agent and
line gets it wrong in a new way ("egg me bank", "arkmy" for *Acme Bank*; "ê bi si", "a bờ
cờ" for *ABC*). Listing each form in the rule file never ends, so the ``sounds`` method
compares sound instead of letters:

* English: the Metaphone key (``jellyfish``) of one to four words run together equals the
  wording's key, with a first vowel taken as any vowel ("egg" ~ "ack") and an ``r`` after
  a vowel silent, as in non-rhotic speech ("arkmy" ~ "acme"). Keys of under three
  sounds are never compared (too many words share them), and a stretch may not
  start with a filler or a pronoun ("okay my" is not "acme", "I can" not "acne").
* Any language: an acronym in the wording (a word of two to five letters with at most one
  vowel: ``abc``, ``bidv``) matches its letters said one by one, by their Vietnamese or
  English names ("a bê xê", "ây bi xi", "ê bờ cờ", "ay bee see"); any other word of the
  wording of three to eight letters matches its letters written one by one ("a c m e" for
  *acme*, round 22).

A hit scores 1.0 (the keys or letters are equal). Only the rule's own wordings are
compared, so the method is for rules whose wordings are names (the company's).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

import jellyfish

from aqm.scoring.hits import Hit, make_hit
from aqm.scoring.text import NAME_SLOT, WILDCARD, SegmentTokens, fold, norm_tokens

MAX_SPAN_WORDS = 4  # a name heard as up to this many words ("ack me bank" ~ "acme bank")
MIN_KEY_SOUNDS = 3  # shorter Metaphone keys are shared by too many words
_VOWELS = frozenset("aeiouy")
# words a name never starts with: fillers and pronouns ("okay my" ~ "acme")
_NOT_A_START = frozenset({
    "i", "a", "an", "and", "or", "so", "okay", "ok", "oh", "uh", "um", "er", "erm", "the",
    "to", "you", "we", "it", "he", "she", "they", "my", "your", "well", "right", "yes", "no",
    "yeah", "but", "of", "in", "on", "at"})
# names of the letters, toneless, as Vietnamese and English speakers say them (a token may
# name several letters: "e" is the Vietnamese letter and the English "A" heard as "ê")
_LETTER_NAMES = {
    "a": "a ay ei e", "b": "be bi bo bee", "c": "xe xi si se ce co xy see cee sea",
    "d": "de di do dee", "e": "e i ee", "f": "ep ef phe", "g": "gi ge gio gee",
    "h": "hat hac ech aitch", "i": "i ai", "j": "gi jay", "k": "ca ka cay kay",
    "l": "lo el le", "m": "mo em", "n": "no en", "o": "o ou oh", "p": "pe pi po pee",
    "q": "quy qui kiu cu", "r": "ro a ar", "s": "et es ech ess", "t": "te ti to tee",
    "u": "u iu diu you", "v": "ve vi vo vee", "w": "vekep", "x": "ich ix ex",
    "y": "y oai why", "z": "det zet zi zed zee",
}
_NAMED: dict[str, frozenset[str]] = {}
for _letter, _names in _LETTER_NAMES.items():
    for _name in _names.split():
        _NAMED[_name] = _NAMED.get(_name, frozenset()) | {_letter}

__all__ = ["sounds_hits", "sound_key"]


def sound_key(text: str) -> str:
    """The Metaphone key of ``text`` run together, first vowel as ``A``, an ``R`` after a
    vowel dropped: ``egg me`` and ``acme`` both give ``AKM``."""
    key = jellyfish.metaphone(re.sub(r"[^a-z]", "", fold(text)))
    if key[:1] in ("A", "E", "I", "O", "U"):
        key = "A" + key[1:]
    return re.sub(r"(?<=A)R", "", key)


def _is_acronym(token: str) -> bool:
    return 2 <= len(token) <= 5 and token.isascii() and token.isalpha() and \
        sum(c in _VOWELS for c in token) <= 1


@functools.lru_cache(maxsize=512)
def _wording(phrase: str) -> tuple[tuple[str, ...], str] | None:
    """The wording's toneless words and its sound key ("" when too short to compare);
    None for wordings with wildcards or slots."""
    toks = tuple(fold(t) for t in norm_tokens(phrase, keep_wildcards=True))
    if not toks or any(t in (WILDCARD, NAME_SLOT) or t.startswith(("{", "[")) for t in toks):
        return None
    key = sound_key("".join(toks))
    return toks, key if len(key) >= MIN_KEY_SOUNDS else ""


def _spellable(token: str) -> bool:
    return _is_acronym(token) or (3 <= len(token) <= 8 and token.isascii() and token.isalpha())


def _spelled_at(words: Sequence[str], i: int, token: str) -> int:
    """End of the letters from ``words[i]`` that spell ``token`` (an acronym's by their
    names too); 0 when they don't."""
    end = i + len(token)
    named = _is_acronym(token)
    if end > len(words) or any(words[i + k] != c and not (named and c in _NAMED.get(
            words[i + k], ())) for k, c in enumerate(token)):
        return 0
    return end


def _letters_match(toks: tuple[str, ...], words: Sequence[str]) -> list[tuple[int, int]]:
    """Word spans of ``words`` that say ``toks`` with each acronym (or other word) in it
    spelt out letter by letter (at least one is: the plain words are the exact method's)."""
    if not any(_spellable(t) for t in toks):
        return []
    out = []
    for start in range(len(words)):
        i, spelt = start, False
        for t in toks:
            end = _spelled_at(words, i, t) if _spellable(t) else 0
            if end:
                i, spelt = end, True
            elif i < len(words) and words[i] == t:
                i += 1
            elif i + 1 < len(words) and words[i] + words[i + 1] == t:
                i += 2  # "ngân hàng" heard as two words the wording writes as one
            else:
                break
        else:
            if spelt:
                out.append((start, i))
    return out


def _window_keys(words: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """Each sound key of ``words``' windows (one to ``MAX_SPAN_WORDS`` words) and, per
    start, the shortest window that has it: computed once per segment, looked up per
    wording."""
    out: dict[str, list[tuple[int, int]]] = {}
    for start, first in enumerate(words):
        if first in _NOT_A_START or first.startswith("["):
            continue
        seen: set[str] = set()
        for end in range(start + 1, min(len(words), start + MAX_SPAN_WORDS) + 1):
            key = sound_key("".join(words[start:end]))
            if key not in seen:
                seen.add(key)
                out.setdefault(key, []).append((start, end))
    return out


def sounds_hits(segments: Iterable[SegmentTokens], allowed: set[int],
                phrases: Sequence[str], language: str) -> list[Hit]:
    """Hits of ``phrases`` said so that they sound right but are written wrong."""
    wordings = [(p, w) for p in phrases if (w := _wording(p)) is not None]
    hits: list[Hit] = []
    for seg in segments:
        if seg.index not in allowed or not seg.tokens:
            continue
        words = seg.folded
        keys = _window_keys(words) if language == "en" and any(k for _, (_, k) in wordings) \
            else {}
        for phrase, (toks, key) in wordings:
            spans = _letters_match(toks, words)
            if key:
                spans += keys.get(key, [])
            hits += [make_hit(seg, s, e, phrase, "sounds", 1.0) for s, e in spans]
    return hits
