"""Text helpers the rubric grader needs: sentences, clauses, word stems, negation.

Deliberately small and rule-based: the grader runs offline with no parser, and every rule
here is one a reader can check against an example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "cf.", "approx.", "resp.", "Fig.", "eq.")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*(?:[-*\u2022]|\d+[.)])\s)"
)
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+")
_WORD = re.compile(r"[a-z0-9]+(?:['\u2019][a-z]+)?")
_NON_PREFIX = re.compile(r"\bnon[-\s]+(?=[a-z])")
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;:()\u2014]|\s-\s|\b(?:but|while|whereas|although|though|however|and|so|because|"
    r"since|which|whereby|then|yet|or)\b)\s*"
)

FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "they",
        "them",
        "their",
        "there",
        "here",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "doing",
        "has",
        "have",
        "had",
        "having",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "as",
        "than",
        "then",
        "so",
        "because",
        "if",
        "when",
        "while",
        "whereas",
        "although",
        "though",
        "but",
        "and",
        "or",
        "nor",
        "not",
        "no",
        "also",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "where",
        "why",
        "how",
        "each",
        "every",
        "all",
        "any",
        "some",
        "such",
        "more",
        "most",
        "less",
        "least",
        "very",
        "too",
        "only",
        "just",
        "same",
        "other",
        "another",
        "both",
        "either",
        "neither",
        "own",
        "we",
        "you",
        "i",
        "he",
        "she",
        "one",
        "ones",
        "our",
        "your",
        "us",
        "its",
        "itself",
        "themselves",
        "via",
        "per",
        "up",
        "down",
        "out",
        "off",
        "after",
        "before",
        "between",
        "through",
        "during",
        "without",
        "within",
        "upon",
        "until",
        "unless",
        "whether",
        "even",
        "still",
        "yet",
        "again",
        "once",
        "often",
        "usually",
        "always",
        "never",
        "instead",
        "rather",
        "thus",
        "hence",
        "therefore",
    ]
)
"""Words that carry grammar rather than content; a real explanation is full of them."""

PREDICATE_SIGNALS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "can",
        "could",
        "will",
        "would",
        "should",
        "may",
        "might",
        "must",
        "means",
        "mean",
        "meaning",
        "causes",
        "cause",
        "caused",
        "leads",
        "lead",
        "gives",
        "give",
        "makes",
        "make",
        "made",
        "reduces",
        "reduce",
        "increases",
        "increase",
        "lowers",
        "lower",
        "raises",
        "raise",
        "helps",
        "help",
        "uses",
        "use",
        "used",
        "becomes",
        "become",
        "tends",
        "tend",
        "keeps",
        "keep",
        "requires",
        "require",
        "depends",
        "depend",
        "measures",
        "measure",
        "controls",
        "control",
        "prevents",
        "prevent",
        "because",
        "when",
        "if",
        "so",
        "than",
        "which",
        "that",
        "by",
        "whereas",
        "while",
        "then",
        "therefore",
        "thus",
    ]
)
"""Words that only occur when a fragment states something, not just names it."""

NEGATION_CUES = frozenset(
    [
        "not",
        "no",
        "never",
        "cannot",
        "neither",
        "nor",
        "none",
        "nothing",
        "without",
        "unable",
        "fails",
        "fail",
        "failing",
        "lacks",
        "lack",
        "lacking",
    ]
)
NEGATION_PHRASES = ("rather than", "instead of", "as opposed to")
_NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely|necessarily)\b")


def normalise_text(text: str) -> str:
    """Lower-case, fold curly quotes, and glue `non-linear` into `nonlinear`."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\bl([12])\b", r"l\1", text)
    return _NON_PREFIX.sub("non", text)


def words(text: str) -> list[str]:
    """Lower-case word tokens; `doesn't` stays one token so negation can be seen."""
    return _WORD.findall(normalise_text(text))


_SUFFIXES = (
    ("ational", "ate"),
    ("isation", "ize"),
    ("ization", "ize"),
    ("ising", "ize"),
    ("izing", "ize"),
    ("ised", "ize"),
    ("ized", "ize"),
    ("ises", "ize"),
    ("izes", "ize"),
    ("ise", "ize"),
    ("iness", "y"),
    ("ness", ""),
    ("ments", "ment"),
    ("ities", ""),
    ("ity", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ying", "y"),
    ("ing", ""),
    ("edly", ""),
    ("ed", ""),
    ("ly", ""),
    ("es", "e"),
    ("s", ""),
)


def stem(word: str) -> str:
    """A light suffix stripper: enough to make `overfitting`, `overfits` and `overfit` meet."""
    word = word.replace("'", "")
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, replacement in _SUFFIXES:
        if suffix == "s" and word.endswith(("ss", "us", "is", "as")):
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + replacement
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2]:
                base = base[:-1]  # fitting -> fitt -> fit
            return base.rstrip("e") if len(base) > 4 else base
    return word.rstrip("e") if len(word) > 4 else word


def content_stems(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in FUNCTION_WORDS and not _is_negation(w)]


def _is_negation(word: str) -> bool:
    return word in NEGATION_CUES or word.endswith("n't")


def negation_count(text: str) -> int:
    """How many negations a clause holds; `not only` and similar do not count."""
    clean = _NOT_ONLY.sub(" ", normalise_text(text))
    count = sum(1 for w in _WORD.findall(clean) if _is_negation(w))
    return count + sum(clean.count(phrase) for phrase in NEGATION_PHRASES)


_UNNEGATE = (
    (re.compile(r"\b(can)not\b"), r"\1"),
    (re.compile(r"\bcan't\b"), "can"),
    (re.compile(r"\bwon't\b"), "will"),
    (re.compile(r"\b(?:doesn't|don't|didn't)\s+"), ""),
    (re.compile(r"\b(\w+)n't\b"), r"\1"),
    (re.compile(r"\b(?:does|do|did)\s+not\s+(\w+)"), r"\1"),
    (re.compile(r"\bnot\s+"), ""),
    (re.compile(r"\bnever\b"), "always"),
    (re.compile(r"\bno\s+(?=\w)"), ""),
    (re.compile(r"\bwithout\b"), "with"),
    (re.compile(r"\bfails? to\b"), ""),
)


def drop_negation(text: str) -> str:
    """The same sentence with its negations removed, to ask: is it the point, negated?"""
    out = normalise_text(text)
    for pattern, replacement in _UNNEGATE:
        out = pattern.sub(replacement, out)
    return re.sub(r"\s+", " ", out).strip()


@dataclass(frozen=True)
class Sentence:
    text: str
    index: int


def split_sentences(text: str) -> list[Sentence]:
    """Split on sentence ends, blank lines and list bullets; keep abbreviations intact."""
    protected = text
    for i, abbreviation in enumerate(_ABBREVIATIONS):
        protected = protected.replace(abbreviation, f"\x00{i}\x00")
    parts = _SENTENCE_END.split(protected)
    out: list[Sentence] = []
    for part in parts:
        for i, abbreviation in enumerate(_ABBREVIATIONS):
            part = part.replace(f"\x00{i}\x00", abbreviation)
        for line in part.split("\n") if _BULLET.search(part) else [part]:
            clean = _BULLET.sub("", line).strip()
            clean = re.sub(r"\s+", " ", clean)
            if len(_WORD.findall(clean.lower())) >= 1:
                out.append(Sentence(clean, len(out)))
    return out


def split_clauses(text: str) -> list[str]:
    """Split a sentence where one statement ends and another may begin."""
    return [c for c in _CLAUSE_BREAK.split(normalise_text(text)) if c and _WORD.search(c)]


def split_fragments(text: str) -> list[str]:
    """Pieces between commas, semicolons, line breaks and sentence ends, for list detection."""
    pieces = re.split(r"[,;\n\u2022|/]+|(?<=[.!?])\s+", text)
    return [p.strip() for p in pieces if _WORD.search(p.lower())]
