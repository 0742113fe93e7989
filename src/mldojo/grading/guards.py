"""Checks on the form of an answer: keyword lists, brevity, oversized input.

Lexical overlap rewards a list of the right terms as much as an explanation (reference note
A3: keyword stuffing beat partial answers 5/5 under lexical scores). An explanation states
relations, so it is full of function words and predicates; a keyword list is a run of short
noun fragments that mostly repeat the rubric's own vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass

from mldojo.grading.text import (
    FUNCTION_WORDS,
    PREDICATE_SIGNALS,
    content_stems,
    split_fragments,
    split_sentences,
    words,
)

MAX_ANSWER_CHARS = 6000
"""Longer answers are graded on a prefix: no interview answer needs more, and cost grows with
length. The cut falls on a sentence end where possible."""


@dataclass(frozen=True)
class FormReport:
    words: int
    function_ratio: float
    """Share of tokens that are function words (about 0.4-0.5 in ordinary English prose)."""
    fragment_words: float
    """Median words per comma/line fragment."""
    stated_fragments: float
    """Share of fragments containing a predicate signal (is, reduces, because, =, ->...)."""
    vocabulary_ratio: float
    """Share of content words that come from the rubric and the prompt."""
    keyword_list: bool
    length_ratio: float
    """Answer words / model answer words."""


def truncate(answer: str, limit: int = MAX_ANSWER_CHARS) -> tuple[str, bool]:
    """A prefix of at most `limit` characters, cut at a sentence end if one is near."""
    if len(answer) <= limit:
        return answer, False
    prefix = answer[:limit]
    cut = max(prefix.rfind(". "), prefix.rfind("\n"))
    if cut > limit * 0.6:
        prefix = prefix[: cut + 1]
    return prefix, True


def _median(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _states_something(fragment: str) -> bool:
    if any(mark in fragment for mark in ("=", "->", "\u2192", "=>", "<", ">")):
        return True
    tokens = words(fragment)
    return any(t in PREDICATE_SIGNALS or t.endswith("n't") for t in tokens)


def inspect_form(answer: str, vocabulary: frozenset[str], reference_words: int) -> FormReport:
    tokens = words(answer)
    n = len(tokens)
    function_ratio = sum(t in FUNCTION_WORDS for t in tokens) / n if n else 0.0
    fragments = split_fragments(answer)
    fragment_words = _median([float(len(words(f))) for f in fragments])
    stated = sum(_states_something(f) for f in fragments) / len(fragments) if fragments else 0.0
    stems = content_stems(answer)
    vocabulary_ratio = sum(s in vocabulary for s in stems) / len(stems) if stems else 0.0
    sentences = split_sentences(answer)
    long_sentences = sum(len(words(s.text)) >= 8 for s in sentences)
    keyword_list = n >= 3 and (
        (function_ratio < 0.12 and stated < 0.34)
        or (fragment_words <= 3.0 and stated < 0.25 and len(fragments) >= 4 and long_sentences <= 1)
        or (function_ratio < 0.2 and vocabulary_ratio > 0.6 and stated < 0.2)
    )
    return FormReport(
        words=n,
        function_ratio=round(function_ratio, 3),
        fragment_words=fragment_words,
        stated_fragments=round(stated, 3),
        vocabulary_ratio=round(vocabulary_ratio, 3),
        keyword_list=keyword_list,
        length_ratio=round(n / max(1, reference_words), 3),
    )
