import math
import random

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array


def _expected(docs: list[list[str]]) -> tuple[list[str], np.ndarray]:
    """Computed term by term with math.log, independently of solution.py."""
    vocab = sorted(set().union(*docs)) if docs else []
    n = len(docs)
    df = {t: sum(1 for doc in docs if t in set(doc)) for t in vocab}
    rows = []
    for doc in docs:
        row = [doc.count(t) * (math.log((1 + n) / (1 + df[t])) + 1) for t in vocab]
        norm = math.sqrt(sum(x * x for x in row))
        rows.append([x / norm for x in row] if norm > 0 else row)
    return vocab, np.array(rows, dtype=float).reshape(n, len(vocab))


def _random_docs(seed: int, n_docs: int, vocab_size: int, max_len: int, empty_share: float):
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFG"
    vocab = list({"".join(rng.choices(letters, k=rng.randint(1, 5))) for _ in range(vocab_size)})
    # Zipf-like frequencies so some terms occur in almost every document.
    weights = [1 / (r + 1) for r in range(len(vocab))]
    docs = []
    for _ in range(n_docs):
        if rng.random() < empty_share:
            docs.append([])
        else:
            docs.append(rng.choices(vocab, weights=weights, k=rng.randint(1, max_len)))
    return docs


def _case(name, docs, hidden=True, label=""):
    return Case(name, {"docs": docs}, hidden=hidden, label=label, expected=_expected(docs))


def cases() -> list[Case]:
    return [
        _case("example", [["a", "b", "a"], ["b", "c"]], hidden=False, label="example"),
        _case(
            "small_public",
            [["the", "cat", "sat"], ["the", "dog", "sat", "sat"], ["a", "cat"]],
            hidden=False,
            label="small corpus",
        ),
        _case("no_docs", [], label="no documents"),
        _case("all_empty", [[], [], []], label="every document empty"),
        _case("empty_rows", [["x", "y"], [], ["y", "y", "z"], []], label="zero rows"),
        _case("term_everywhere", [["w", "w"], ["w"], ["w", "v"]], label="a term in every document"),
        _case("single_doc", [["b", "a", "b", "c", "b"]], label="one document"),
        _case(
            "case_sensitive",
            [["Apple", "apple"], ["APPLE", "b"], ["B", "b"]],
            label="tokens used exactly as given",
        ),
        _case("large", _random_docs(11, 400, 300, 60, 0.05), label="large corpus"),
    ]


def check(case: Case, output) -> None:
    want_vocab, want = case.expected
    vocab = output["vocabulary"]
    if vocab != want_vocab:
        if sorted(vocab) == want_vocab:
            raise WrongAnswer("vocabulary: not in sorted order")
        raise WrongAnswer("vocabulary: not exactly the distinct tokens")
    matrix = as_array(output["matrix"], "matrix", "f", want.shape)
    if want.size and not np.allclose(matrix.astype(float), want, rtol=1e-6, atol=1e-9):
        norms = np.linalg.norm(matrix.astype(float), axis=1)
        nonzero = np.linalg.norm(want, axis=1) > 0
        if not np.allclose(norms[nonzero], 1.0, rtol=1e-6):
            raise WrongAnswer("matrix: the rows of non-empty documents are not L2-normalised")
        raise WrongAnswer("matrix: the tf-idf values are wrong")
