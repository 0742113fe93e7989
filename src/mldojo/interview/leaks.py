"""Guards on what an interviewer model writes: no model answer, no rubric, stay on topic.

An LLM can be talked into quoting what it was shown, so its text is checked against the
secret texts (model answer, rubric points) by shared word runs before the candidate sees it.
"""

from __future__ import annotations

import re

SHINGLE = 5
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "can",
        "did",
        "do",
        "does",
        "for",
        "from",
        "had",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "more",
        "most",
        "my",
        "no",
        "not",
        "of",
        "on",
        "or",
        "so",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "about",
        "could",
        "should",
        "tell",
        "explain",
        "describe",
        "answer",
        "question",
    ]
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _shingles(words: list[str], n: int = SHINGLE) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def leaks_secret(text: str, secrets: list[str], n: int = SHINGLE) -> bool:
    """True when `text` repeats a run of `n` words from any secret, or most of a short one."""
    words = _words(text)
    mine = _shingles(words, n)
    for secret in secrets:
        secret_words = _words(secret)
        if len(secret_words) >= n:
            if mine & _shingles(secret_words, n):
                return True
        elif secret_words and " ".join(secret_words) in " ".join(words):
            return True
    return False


def content_words(text: str) -> set[str]:
    return {w for w in _words(text) if len(w) > 3 and w not in STOPWORDS}


def on_topic(text: str, context: str) -> bool:
    """A probe must share at least one content word (or its 5-letter stem) with the context."""
    mine = content_words(text)
    theirs = content_words(context)
    if mine & theirs:
        return True
    return bool({w[:5] for w in mine} & {w[:5] for w in theirs})
