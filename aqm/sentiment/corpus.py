"""The labelled utterances the built-in sentiment classifier learns from, built from the
hand-written sources in ``aqm/sentiment/data``.

``source_en.txt`` and ``source_vi.txt`` hold lines ``LABEL<TAB>CATEGORY<TAB>TEXT``: a text with
``{slot}`` s is a template, rendered several times with random slot values; a text without
is a hand-written sentence. :func:`build_corpus` renders them, adds ASR-style variants (lower
case without punctuation; Vietnamese without diacritics; numbers as words; split words and
loanwords spelt by ear; fillers), balances the three labels per language and splits by
*source line*: about a fifth of the lines, picked by a hash of their text, are held out with
every rendering and variant, so the test split has templates and sentences the classifier
never saw (written by the same hand, though: see ``handwritten_eval.tsv``). Same sources,
same output, byte for byte (every random choice is seeded by the line it belongs to).

``handwritten_eval.tsv`` is a separate set of sentences that no template produced; it is never
trained on and never used to choose settings.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from aqm.errors import InputError
from aqm.redact.numbers import fold

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "vi")
LABELS = ("negative", "neutral", "positive")
CORPUS_FILE = "utterances.jsonl"
HANDWRITTEN_FILE = "handwritten_eval.tsv"
PER_LABEL = 700  # utterances per language and label (3 x 700 = 2,100 per language)
TEST_SHARE = 0.2  # share of source lines held out (by a hash of their text)
ASR_SHARE = 0.4  # share of template renderings written as ASR output
_SHORT = {"neg": "negative", "neu": "neutral", "pos": "positive"}
_SLOT = re.compile(r"\{(\w+)\}")
_PUNCT = re.compile(r"[^\w\s']")

_EN_SPLITS = {"cannot": "can not", "anyone": "any one", "anything": "any thing",
              "everything": "every thing", "online": "on line", "refund": "re fund",
              "broadband": "broad band", "nobody": "no body", "someone": "some one",
              "password": "pass word", "overdraft": "over draft", "callback": "call back",
              "today": "to day", "supervisor": "super visor", "unacceptable": "un acceptable",
              "waste": "waist", "their": "there", "you're": "your", "calling": "call in"}
_VI_SPLITS = {"internet": "in tơ nét", "modem": "mô đem", "email": "i meo", "ok": "ô kê",
              "sim": "xim", "visa": "vi sa", "online": "on lai", "app": "áp"}
_FILLERS = {"en": ("uh", "um", "er", "you know"), "vi": ("ờ", "ừm", "à", "thì")}
_VI_PARTICLES = re.compile(r"\s+(ạ|nhé|nha|đấy|vậy)(?=[.!?,]|$)")
_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_VI_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


@dataclass(frozen=True)
class Utterance:
    """One labelled utterance. ``group`` names its source line (a template or a sentence)."""

    id: str
    lang: str
    label: str
    category: str
    source: str  # template | sentence
    variant: str  # clean | asr
    group: str
    split: str  # train | test
    text: str


@dataclass(frozen=True)
class _Line:
    lang: str
    label: str
    category: str
    text: str

    @property
    def group(self) -> str:
        return hashlib.sha256(f"{self.lang}\t{self.text}".encode()).hexdigest()[:12]

    @property
    def is_template(self) -> bool:
        return bool(_SLOT.search(self.text))


def _parse(path: Path, lang: str) -> tuple[list[_Line], dict[str, list[str]]]:
    lines: list[_Line] = []
    slots: dict[str, list[str]] = {}
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        raw = unicodedata.normalize("NFC", raw.rstrip())
        if not raw or raw.startswith("#"):
            continue
        if raw.startswith("@"):
            name, _, values = raw[1:].partition(":")
            slots[name.strip()] = [v.strip() for v in values.split("|") if v.strip()]
            continue
        parts = raw.split("\t")
        if len(parts) != 3 or parts[0] not in _SHORT:
            raise InputError(f"{path.name} line {n}: expected LABEL<TAB>CATEGORY<TAB>TEXT")
        lines.append(_Line(lang, _SHORT[parts[0]], parts[1], parts[2]))
    for line in lines:
        for name in _SLOT.findall(line.text):
            if name not in slots:
                raise InputError(f"{path.name}: slot {{{name}}} is used but not defined")
    return lines, slots


def en_number_words(n: int) -> str:
    """``45`` -> ``forty five``; ``1985`` -> ``nineteen eighty five`` (as said aloud)."""
    if n < 20:
        return _EN_UNITS[n]
    if n < 100:
        return _EN_TENS[n // 10] + ("" if n % 10 == 0 else " " + _EN_UNITS[n % 10])
    if 1100 <= n < 2100 and n % 100 and n // 100 % 10:
        return f"{en_number_words(n // 100)} {en_number_words(n % 100)}"
    if n < 1000:
        rest = "" if n % 100 == 0 else " and " + en_number_words(n % 100)
        return f"{_EN_UNITS[n // 100]} hundred{rest}"
    rest = "" if n % 1000 == 0 else " " + en_number_words(n % 1000)
    return f"{en_number_words(n // 1000)} thousand{rest}"


def vi_number_words(n: int) -> str:
    """``45`` -> ``bốn mươi lăm``; ``120`` -> ``một trăm hai mươi``; ``1985`` -> ``một nghìn
    chín trăm tám mươi lăm``."""
    if n < 10:
        return _VI_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        head = "mười" if tens == 1 else f"{_VI_UNITS[tens]} mươi"
        tail = {0: "", 1: " mốt" if tens > 1 else " một", 5: " lăm"}.get(
            unit, " " + _VI_UNITS[unit])
        return head + tail
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        tail = "" if rest == 0 else (f" linh {_VI_UNITS[rest]}" if rest < 10
                                     else " " + vi_number_words(rest))
        return f"{_VI_UNITS[hundreds]} trăm{tail}"
    if n < 1_000_000:
        thousands, rest = divmod(n, 1000)
        tail = "" if rest == 0 else " " + (vi_number_words(rest) if rest >= 100
                                           else "không trăm " + vi_number_words(rest))
        return f"{vi_number_words(thousands)} nghìn{tail}"
    millions, rest = divmod(n, 1_000_000)
    return f"{vi_number_words(millions)} triệu" + ("" if rest == 0 else " " + vi_number_words(rest))


def _numbers_to_words(text: str, lang: str) -> str:
    """Digits as an ASR writes them in words: ``$50`` -> ``fifty dollars``, ``200k`` -> ``hai
    trăm nghìn``, ``50.000 đồng`` -> ``năm mươi nghìn đồng``, ``5th`` -> ``fifth``."""
    words = en_number_words if lang == "en" else vi_number_words

    def one(m: re.Match[str]) -> str:
        cur, num, suffix = m.group(1), m.group(2), m.group(3) or ""
        value = int(num.replace(".", "").replace(",", ""))
        if suffix.lower() in ("st", "nd", "rd", "th"):
            spoken = words(value)
            for card, ordn in (("one", "first"), ("two", "second"), ("three", "third"),
                               ("five", "fifth"), ("eight", "eighth"), ("nine", "ninth"),
                               ("twelve", "twelfth"), ("ty", "tieth")):
                if spoken.endswith(card):
                    return spoken[: -len(card)] + ordn
            return spoken + "th"
        spoken = words(value) + {"k": " nghìn" if lang == "vi" else " k"}.get(suffix.lower(), "")
        unit = {"$": " dollars", "£": " pounds"}.get(cur, "")
        return spoken + unit

    return re.sub(r"([$£]?)(\d{1,3}(?:[.,]\d{3})+|\d+)(st|nd|rd|th|k)?\b", one, text)


def asr_variant(text: str, lang: str, rng: random.Random) -> str:
    """``text`` as a recogniser might write it (see the module docstring)."""
    text = _numbers_to_words(text, lang)
    if lang == "vi" and rng.random() < 0.5:
        text = _VI_PARTICLES.sub("", text)
    text = " ".join(_PUNCT.sub(" ", text.lower()).split())
    words = text.split()
    splits = _EN_SPLITS if lang == "en" else _VI_SPLITS
    words = [splits[w] if w in splits and rng.random() < 0.6 else w for w in words]
    if words and rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), rng.choice(_FILLERS[lang]))
    text = " ".join(words)
    if lang == "vi" and rng.random() < 0.5:
        text = fold(text)
    return text


def _render(line: _Line, slots: dict[str, list[str]], rng: random.Random) -> str:
    text = _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), line.text)
    return text[:1].upper() + text[1:]


def _held_out(line: _Line) -> bool:
    """Whether a source line is held out: a fixed function of its text, so adding or editing
    other lines never moves it (about ``TEST_SHARE`` of the lines)."""
    return int(line.group, 16) % 1000 < TEST_SHARE * 1000


def _items(line: _Line, slots: dict[str, list[str]], renders: int) -> list[tuple[str, str]]:
    """(variant, text) of one source line: a sentence and its ASR form, or distinct
    renderings of a template, some of them as ASR output."""
    rng = random.Random(line.group)
    if not line.is_template:
        return [("clean", line.text), ("asr", asr_variant(line.text, line.lang, rng))]
    seen: dict[str, str] = {}
    for _ in range(renders * 6):
        if len(seen) >= renders:
            break
        text = _render(line, slots, rng)
        variant = "asr" if rng.random() < ASR_SHARE else "clean"
        text = asr_variant(text, line.lang, rng) if variant == "asr" else text
        seen.setdefault(text, variant)
    return [(v, t) for t, v in seen.items()]


def build_corpus(data_dir: Path = DATA_DIR) -> list[Utterance]:
    """Render the sources into the balanced, split corpus (deterministic)."""
    out: list[Utterance] = []
    for lang in LANGUAGES:
        lines, slots = _parse(data_dir / f"source_{lang}.txt", lang)
        for label in LABELS:
            mine = [ln for ln in lines if ln.label == label]
            sentences = [ln for ln in mine if not ln.is_template]
            templates = [ln for ln in mine if ln.is_template]
            renders = -(-(PER_LABEL - 2 * len(sentences)) // max(len(templates), 1))
            pool: list[Utterance] = []
            for ln in sorted(mine, key=lambda x: x.group):
                for variant, text in _items(ln, slots, renders):
                    uid = hashlib.sha256(f"{lang}\t{label}\t{text}".encode()).hexdigest()[:12]
                    pool.append(Utterance(uid, lang, label, ln.category,
                                          "template" if ln.is_template else "sentence",
                                          variant, ln.group,
                                          "test" if _held_out(ln) else "train", text))
            unique = list({u.id: u for u in pool}.values())
            random.Random(f"{lang}:{label}").shuffle(unique)
            out += sorted(unique[:PER_LABEL], key=lambda u: u.id)
    return out


def write_corpus(utterances: Sequence[Utterance], path: Path) -> str:
    """Write JSONL (one utterance a line); returns the file's SHA-256."""
    text = "".join(json.dumps(asdict(u), ensure_ascii=False, sort_keys=True) + "\n"
                   for u in utterances)
    path.write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode()).hexdigest()


def load_corpus(path: Path = DATA_DIR / CORPUS_FILE) -> list[Utterance]:
    try:
        with open(path, encoding="utf-8") as fh:
            return [Utterance(**json.loads(row)) for row in fh if row.strip()]
    except (OSError, ValueError, TypeError) as e:
        raise InputError(f"cannot read the sentiment corpus {path}: {e}") from e


def load_handwritten(path: Path = DATA_DIR / HANDWRITTEN_FILE) -> list[Utterance]:
    """The hand-written evaluation sentences (split ``handwritten``)."""
    return list(_iter_tsv(path))


def _iter_tsv(path: Path) -> Iterator[Utterance]:
    rows = [r for r in path.read_text(encoding="utf-8").splitlines()
            if r.strip() and not r.startswith("#")]
    for row in rows[1:]:
        lang, label, text = row.split("\t")
        text = unicodedata.normalize("NFC", text)
        uid = hashlib.sha256(f"{lang}\t{label}\t{text}".encode()).hexdigest()[:12]
        yield Utterance(uid, lang, label, "handwritten", "sentence", "clean", uid,
                        "handwritten", text)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
