"""Word times for the transformers backend, the way openai-whisper and faster-whisper find them.

transformers' own ``return_timestamps="word"`` reads the cross-attention recorded while it
generated (timestamp tokens included, softmax over all 1500 frames), which puts sentence-final
words up to 0.4 s later than openai-whisper does. To give the same words at the same times as
the other two backends, this module runs openai-whisper's procedure
(``whisper/timing.py``, MIT) on the transformers model:

1. ``find_alignment``: one forced decoder pass over the window's text, without timestamps;
   the alignment heads' cross-attention over the window's frames only, standardised per frame,
   median-filtered (width 7); dynamic time warping (transformers' ``_median_filter`` and
   ``_dynamic_time_warping``); a token spans the jumps before and after it; a word's
   probability is the mean of its tokens' probabilities in that pass.
2. ``add_word_timestamps``: words split on spaces (on characters for zh/ja/th/lo/my/yue),
   sentence-final marks clamped to twice the median word length, punctuation merged into
   its neighbour (keeping the neighbour's times), the first word after a pause and the first
   and last word of a segment clamped to the segment's own times.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

TIME_PRECISION_S = 0.02  # one encoder position
FRAMES_PER_S = 100  # mel frames per second
WINDOW_FRAMES = 3000  # one 30 s decoding window
MEDIAN_FILTER_WIDTH = 7
MAX_MEDIAN_WORD_S = 0.7
PREPEND_PUNCTUATION = "\"'“¿([{-"
APPEND_PUNCTUATION = "\"'.。,，!！?？:：”)]}、"
SENTENCE_END_MARKS = ".。!！?？"
UNSPACED_LANGUAGES = {"zh", "ja", "th", "lo", "my", "yue"}


@dataclass
class WordTiming:
    """A word being timed (mutable while the rules adjust it)."""

    word: str
    tokens: list[int]
    start: float
    end: float
    probability: float


@dataclass
class WindowSegment:
    """One segment of a decoding window: times in seconds of the whole input, text tokens."""

    start: float
    end: float
    tokens: list[int]
    words: list[WordTiming]


def find_alignment(model: Any, tokenizer: Any, mel: Any, num_frames: int, prefix: list[int],
                   text_tokens: list[int], heads: list[list[int]], language: str
                   ) -> list[WordTiming]:
    """openai-whisper's ``find_alignment`` on a transformers Whisper model (times in seconds
    from the window start)."""
    import torch
    from transformers.models.whisper.generation_whisper import (
        _dynamic_time_warping,
        _median_filter,
    )
    from transformers.models.whisper.tokenization_whisper import (
        _split_tokens_on_spaces,
        _split_tokens_on_unicode,
    )

    if not text_tokens:
        return []
    config = model.generation_config
    eot = int(tokenizer.eos_token_id)
    ids = torch.tensor([[*prefix, int(config.no_timestamps_token_id), *text_tokens, eot]],
                       device=model.device)
    with torch.inference_mode():
        encoded = model.model.encoder(mel.to(model.device, model.dtype))
        out = model(encoder_outputs=encoded, decoder_input_ids=ids, output_attentions=True)
        probs = out.logits[0, len(prefix):, :eot].float().softmax(-1)
        token_probs = probs[torch.arange(len(text_tokens)), torch.tensor(text_tokens)].tolist()
        # openai-whisper's softmax runs over the window's frames only; attention weights are
        # a softmax over all of them, so crop and renormalise (the same thing)
        weights = torch.stack([out.cross_attentions[layer][0, head, :, :num_frames // 2]
                               for layer, head in heads]).float()
        weights = weights / weights.sum(-1, keepdim=True)
        std, mean = torch.std_mean(weights, dim=-2, keepdim=True, unbiased=False)
        weights = _median_filter((weights - mean) / std, MEDIAN_FILTER_WIDTH)
        matrix = weights.mean(0)[len(prefix):-1]  # the no-timestamps row, then one per token
    text_indices, time_indices = _dynamic_time_warping(-matrix.double().cpu().numpy())
    split = _split_tokens_on_unicode if language in UNSPACED_LANGUAGES \
        else _split_tokens_on_spaces
    words, word_tokens, _ = split(tokenizer, [*text_tokens, eot])
    if len(word_tokens) <= 1:
        return []
    boundaries = np.pad(np.cumsum([len(t) for t in word_tokens[:-1]]), (1, 0))
    jumps = np.pad(np.diff(text_indices), (1, 0), constant_values=1).astype(bool)
    jump_times = time_indices[jumps] * TIME_PRECISION_S
    return [WordTiming(str(word), list(tokens), float(jump_times[i]), float(jump_times[j]),
                       float(np.mean(token_probs[i:j])))
            for word, tokens, i, j in zip(words, word_tokens, boundaries[:-1], boundaries[1:],
                                          strict=False)]


def merge_punctuations(alignment: list[WordTiming]) -> None:
    """Punctuation joins its neighbour's text and tokens; the neighbour keeps its times."""
    i, j = len(alignment) - 2, len(alignment) - 1
    while i >= 0:
        previous, following = alignment[i], alignment[j]
        if previous.word.startswith(" ") and previous.word.strip() in PREPEND_PUNCTUATION:
            following.word = previous.word + following.word
            following.tokens = previous.tokens + following.tokens
            previous.word, previous.tokens = "", []
        else:
            j = i
        i -= 1
    i, j = 0, 1
    while j < len(alignment):
        previous, following = alignment[i], alignment[j]
        if not previous.word.endswith(" ") and following.word in APPEND_PUNCTUATION:
            previous.word = previous.word + following.word
            previous.tokens = previous.tokens + following.tokens
            following.word, following.tokens = "", []
        else:
            i = j
        j += 1


def add_word_timestamps(segments: list[WindowSegment], alignment: list[WordTiming],
                        offset_s: float, last_speech_s: float) -> None:
    """openai-whisper's ``add_word_timestamps``: fill ``segments[*].words`` (absolute
    times) from the window's ``alignment``, apply its clamping rules, adjust segment times.
    ``last_speech_s``: where speech last ended before this window (``get_end``)."""
    durations = np.array([t.end - t.start for t in alignment])
    durations = durations[durations.nonzero()]
    median = min(MAX_MEDIAN_WORD_S, float(np.median(durations)) if len(durations) else 0.0)
    longest = median * 2
    if len(durations):  # words at sentence boundaries no longer than twice the median
        for i in range(1, len(alignment)):
            if alignment[i].end - alignment[i].start > longest:
                if alignment[i].word in SENTENCE_END_MARKS:
                    alignment[i].end = alignment[i].start + longest
                elif alignment[i - 1].word in SENTENCE_END_MARKS:
                    alignment[i].start = alignment[i].end - longest
    merge_punctuations(alignment)
    index = 0
    for seg in segments:
        saved, words = 0, []
        while index < len(alignment) and saved < len(seg.tokens):
            timing = alignment[index]
            if timing.word:
                words.append(WordTiming(timing.word, timing.tokens,
                                        round(offset_s + timing.start, 2),
                                        round(offset_s + timing.end, 2), timing.probability))
            saved += len(timing.tokens)
            index += 1
        if words:
            _clamp_segment_edges(seg, words, median, longest, last_speech_s)
            last_speech_s = seg.end
        seg.words = words


def get_end(segments: list[WindowSegment]) -> float | None:
    """The end of the last word, else of the last segment (openai-whisper's ``get_end``)."""
    ends = [w.end for seg in segments for w in seg.words]
    return ends[-1] if ends else (segments[-1].end if segments else None)


def _clamp_segment_edges(seg: WindowSegment, words: list[WordTiming], median: float,
                         longest: float, last_speech_s: float) -> None:
    first = words[0]
    if first.end - last_speech_s > median * 4 and (
            first.end - first.start > longest
            or (len(words) > 1 and words[1].end - first.start > longest * 2)):
        if len(words) > 1 and words[1].end - words[1].start > longest:
            boundary = max(words[1].end / 2, words[1].end - longest)
            first.end = words[1].start = boundary
        first.start = max(0, first.end - longest)
    if seg.start < first.end and seg.start - 0.5 > first.start:
        first.start = max(0, min(first.end - median, seg.start))
    else:
        seg.start = first.start
    last = words[-1]
    if seg.end > last.start and seg.end + 0.5 < last.end:
        last.end = max(last.start + median, seg.end)
    else:
        seg.end = last.end


def next_seek(tokens: list[int], timestamp_begin: int, seek: int, size: int
              ) -> tuple[int, bool]:
    """openai-whisper's seek after a window: (next seek frame, single timestamp ending).

    ``tokens``: the window's segments' tokens end to end (transformers drops what follows
    the last complete segment, which the rule does not read)."""
    stamps = [t >= timestamp_begin for t in tokens]
    single_ending = stamps[-2:] == [False, True]
    consecutive = [i + 1 for i in range(len(stamps) - 1) if stamps[i] and stamps[i + 1]]
    if consecutive and not single_ending:
        return seek + (tokens[consecutive[-1] - 1] - timestamp_begin) * 2, False
    return seek + size, single_ending


def avg_logprob(result: Any) -> float:
    """Mean log-probability of a window's generated tokens (transformers' decoding scores)."""
    import torch

    if not isinstance(result, dict) or "scores" not in result:
        return 0.0
    sequence, scores = result["sequences"].tolist(), result["scores"]
    if not scores or len(scores) > len(sequence):  # a beam that ended before the others
        return 0.0
    generated = sequence[len(sequence) - len(scores):]
    logprobs = [float(torch.log_softmax(s.float(), -1)[int(t)])
                for s, t in zip(scores, generated, strict=True)]
    finite = [lp for lp in logprobs if np.isfinite(lp)]
    return float(np.mean(finite)) if finite else 0.0
