import random
from collections import Counter, defaultdict

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer


def _expected(sentences: list[str]) -> dict[str, dict[str, float]]:
    """Counted independently of solution.py: all pairs first, then per-previous totals."""
    pairs: Counter[tuple[str, str]] = Counter()
    for sentence in sentences:
        words = sentence.lower().split()
        wrapped = ["<s>"] + words + ["</s>"]
        for i in range(len(wrapped) - 1):
            pairs[(wrapped[i], wrapped[i + 1])] += 1
    totals: Counter[str] = Counter()
    for (prev, _), count in pairs.items():
        totals[prev] += count
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for (prev, nxt), count in pairs.items():
        out[prev][nxt] = count / totals[prev]
    return dict(out)


def _corpus(seed: int, n_sentences: int, vocab_size: int, max_len: int) -> list[str]:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = sorted({"".join(rng.choices(letters, k=rng.randint(1, 6))) for _ in range(vocab_size)})
    seps = [" ", " ", " ", "  ", "\t", "\n", " \t "]
    out = []
    for _ in range(n_sentences):
        words = []
        for _ in range(rng.randint(1, max_len)):
            word = rng.choice(vocab)
            if rng.random() < 0.2:
                word = word.upper() if rng.random() < 0.5 else word.capitalize()
            if rng.random() < 0.1:
                word += rng.choice([".", ",", "!", "?"])
            words.append(word)
        text = words[0]
        for word in words[1:]:
            text += rng.choice(seps) + word
        out.append(text)
    return out


def _case(name, sentences, hidden=True, label=""):
    return Case(
        name, {"sentences": sentences}, hidden=hidden, label=label, expected=_expected(sentences)
    )


def cases() -> list[Case]:
    return [
        _case(
            "sam",
            ["I am Sam", "Sam I am", "I do not like green eggs and ham"],
            hidden=False,
            label="example",
        ),
        _case("empty_list", [], label="no sentences"),
        _case(
            "empty_sentence",
            ["", "hello world", "   ", "hello"],
            label="empty and whitespace-only sentences",
        ),
        _case(
            "case_folding",
            ["The cat", "the CAT sat", "THE Cat sat down"],
            label="mixed upper and lower case",
        ),
        _case(
            "whitespace_runs",
            ["a  b\tc\n\nd", " leading and trailing  ", "a\t\tb"],
            label="runs of spaces, tabs and newlines",
        ),
        _case(
            "punctuation_kept",
            ["Hello, world!", "hello world", "world, hello."],
            label="punctuation stays part of the token",
        ),
        _case("single_words", ["x", "y", "x", "X"], label="one-word sentences"),
        _case("repeated_token", ["la la la la", "la"], label="a token following itself"),
        _case("large_corpus", _corpus(7, 3000, 60, 25), label="large corpus"),
    ]


def check(case: Case, output) -> None:
    got = output["probs"]
    want = case.expected
    if set(got) != set(want):
        missing = sorted(set(want) - set(got))
        extra = sorted(set(got) - set(want))
        detail = "" if case.hidden else f" (missing {missing[:5]}, unexpected {extra[:5]})"
        raise WrongAnswer(
            "the outer keys are not exactly the tokens seen as a previous token" + detail
        )
    for prev, row in want.items():
        if set(got[prev]) != set(row):
            detail = "" if case.hidden else f" for previous token {prev!r}"
            raise WrongAnswer("the inner keys are not exactly the observed next tokens" + detail)
        keys = sorted(row)
        g = np.array([got[prev][k] for k in keys])
        w = np.array([row[k] for k in keys])
        if not np.allclose(g, w, rtol=1e-6, atol=1e-9):
            detail = "" if case.hidden else f" for previous token {prev!r}"
            raise WrongAnswer("a conditional probability is wrong" + detail)
