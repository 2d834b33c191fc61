"""One WER normalisation for every language and backend aqm measures.

Applied alike to references and hypotheses, English and Vietnamese, Whisper and viet-asr:

1. Unicode NFC, lower case.
2. Punctuation other than apostrophes becomes a space (``"khác."`` -> ``"khác"``).
3. Numbers become digits, with the parser redaction and the rules use
   (``aqm.redact.numbers.parse_numbers``): ``"mười chín"``, ``"19"`` -> ``"19"``;
   ``"nineteen"`` -> ``"19"``; ``"hai mươi mốt"`` -> ``"21"``; digits read one by one stay
   one token each (``"bốn một"`` -> ``"4 1"``, and so does the short ``"hai mốt"``).
   Whisper writes numbers as digits or words, viet-asr as words, transcripts either way:
   every side is turned the same way, so a number said right is never an error and a
   number said wrong counts once, in both languages. (A word that is also a number word,
   like Vietnamese ``"một"`` "a/one" or ``"không"`` "not/zero", becomes its digit on both
   sides alike.)
4. Vietnamese spelling variants that mean the same syllable, made one (only in syllables
   with a tone mark, so English words are left alone): the old and new tone-mark places in
   open ``oa``/``oe``/``uy`` syllables (``"hoá"`` -> ``"hóa"``, ``"thuỷ"`` -> ``"thủy"``),
   and ``y``/``i`` after a consonant in a one-vowel syllable (``"kỷ"`` -> ``"kỉ"``,
   ``"lý"`` -> ``"lí"``).

WER is jiwer's, over the whole set (total errors / total reference words).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import jiwer

from aqm.redact.numbers import parse_numbers

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (NFD)
_ONE_VOWEL_Y = re.compile(r"^(b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|nh|p|ph|r|s|t|th|tr|v|x)y$")
_OPEN_PAIR = re.compile(r"(oa|oe|uy)$")


def _syllable(word: str) -> str:
    """One spelling for a Vietnamese syllable with two accepted spellings (see step 4)."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONE_MARKS]
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    if len(tones) != 1:
        return word
    tone = tones[0]
    if _ONE_VOWEL_Y.match(base):
        return unicodedata.normalize("NFC", base[:-1] + "i" + tone)
    if not base.startswith("qu") and _OPEN_PAIR.search(base):
        return unicodedata.normalize("NFC", base[:-1] + tone + base[-1])
    return word


def normalise(text: str) -> str:
    """The WER form of ``text`` (see the module docstring); same for every language."""
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"[^\w\s']", " ", text)
    words = [_syllable(w) for w in text.split()]
    out: list[str] = []
    pos = 0
    for group in parse_numbers(words):
        out += words[pos:group.start]
        out.append(group.digits)
        pos = group.end
    return " ".join(out + words[pos:])


def wer(refs: Sequence[str], hyps: Sequence[str]) -> float:
    """Word error rate of ``hyps`` against ``refs`` (raw texts), over the whole set."""
    return float(jiwer.wer([normalise(r) for r in refs], [normalise(h) for h in hyps]))
