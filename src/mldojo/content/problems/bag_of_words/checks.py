import random
from collections import Counter

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array

_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")


def _tokens(text: str) -> list[str]:
    """A character scanner, independent of the regular expression in solution.py."""
    out, current = [], []
    for ch in text.lower():
        if ch in _TOKEN_CHARS:
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def _expected(docs: list[str]) -> tuple[list[str], np.ndarray]:
    counters = [Counter(_tokens(doc)) for doc in docs]
    vocab = sorted(set().union(*counters)) if counters else []
    counts = np.array([[c[t] for t in vocab] for c in counters], dtype=np.int64)
    return vocab, counts.reshape(len(docs), len(vocab))


def _random_docs(seed: int, n_docs: int) -> list[str]:
    rng = random.Random(seed)
    words = [
        "data",
        "Model",
        "GPU",
        "isn't",
        "o'clock",
        "x86",
        "2024",
        "NLP",
        "bert",
        "it's",
        "rock'n'roll",
        "e-mail",
        "state_of_the_art",
        "naïve",
        "café",
        "déjà",
        "vu",
        "ml",
        "AI",
        "tokens",
        "the",
        "a",
        "Don’t",
        "v2",
        "3d",
    ]
    seps = [
        " ",
        " ",
        ", ",
        ". ",
        "! ",
        "\n",
        "\t",
        " -- ",
        "; ",
        " (",
        ") ",
        "...",
        "/",
        ' "',
        '" ',
    ]
    docs = []
    for _ in range(n_docs):
        k = rng.randint(0, 40)
        parts = []
        for _ in range(k):
            parts.append(rng.choice(words))
            parts.append(rng.choice(seps))
        docs.append("".join(parts))
    return docs


def _case(name, docs, hidden=True, label=""):
    return Case(name, {"docs": docs}, hidden=hidden, label=label, expected=_expected(docs))


def cases() -> list[Case]:
    return [
        _case("example", ["The cat sat.", "the CAT's hat, the end"], hidden=False, label="example"),
        _case("no_docs", [], label="no documents"),
        _case("no_tokens", ["", "...", "  !?  "], label="documents without tokens"),
        _case("empty_rows", ["Hello world", "", "world, WORLD!", "--"], label="zero rows"),
        _case(
            "apostrophes",
            ["Don't", "don't dont 'quoted' rock'n'roll", "it's o'clock '"],
            label="apostrophes inside and around tokens",
        ),
        _case(
            "digits",
            ["Route 66 and I-95", "x86_64 v2.0 2024-01-31"],
            label="digits, underscores and hyphens",
        ),
        _case(
            "non_ascii",
            ["Café naïve déjà-vu", "Don’t  stop", "straße ÆON", "٣ apples ½"],
            label="non-ASCII characters separate tokens",
        ),
        _case("upper_case", ["HELLO Hello hello hElLo", "WORLD"], label="upper and mixed case"),
        _case("large", _random_docs(5, 2000), label="large corpus"),
    ]


def check(case: Case, output) -> None:
    want_vocab, want = case.expected
    vocab = output["vocabulary"]
    if vocab != want_vocab:
        if sorted(vocab) == want_vocab:
            raise WrongAnswer("vocabulary: not in sorted order")
        detail = ""
        if not case.hidden:
            detail = f" (expected {want_vocab}, got {vocab})"
        raise WrongAnswer("vocabulary: not exactly the distinct tokens" + detail)
    counts = as_array(output["counts"], "counts", "i", want.shape)
    if not np.array_equal(counts, want):
        raise WrongAnswer("counts: some counts are wrong")
