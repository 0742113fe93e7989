import numpy as np

from mldojo.judge.checking import Case, WrongAnswer


def _expected(n: int, k: int) -> list[np.ndarray]:
    """The fold of every index from a closed form, then the test sets as inverse images."""
    q, r = divmod(n, k)
    big = r * (q + 1)
    fold_of = [j // (q + 1) if j < big else r + (j - big) // q for j in range(n)]
    return [np.array([j for j in range(n) if fold_of[j] == f], dtype=np.int64) for f in range(k)]


def _case(name, n, k, hidden=True, label=""):
    return Case(name, {"n": n, "k": k}, hidden=hidden, label=label, expected=_expected(n, k))


def cases() -> list[Case]:
    return [
        _case("example", 7, 3, hidden=False, label="example"),
        _case("divisible", 12, 4, label="n divisible by k"),
        _case("remainder_k_minus_1", 11, 4, label="n mod k = k - 1"),
        _case("remainder_one", 13, 4, label="n mod k = 1"),
        _case("leave_one_out", 6, 6, label="k = n"),
        _case("single_fold", 5, 1, label="k = 1"),
        _case("k_greater_than_n", 3, 5, label="k > n"),
        _case("one_sample", 1, 1, label="n = 1"),
        _case("large", 10_007, 10, label="large n"),
        _case("many_folds", 2000, 333, label="many folds"),
    ]


def _indices(value, name: str) -> np.ndarray:
    if not isinstance(value, np.ndarray) or value.ndim != 1:
        raise WrongAnswer(f"{name}: expected a 1-D integer array")
    if value.size == 0:
        if value.dtype.kind not in "iubf":
            raise WrongAnswer(f"{name}: expected an integer array, got dtype {value.dtype}")
        return value.astype(np.int64)
    if value.dtype.kind not in "iu":
        raise WrongAnswer(f"{name}: expected an integer array, got dtype {value.dtype}")
    return value


def check(case: Case, output) -> None:
    n, k = case.inputs["n"], case.inputs["k"]
    tests = case.expected

    def where(fold: int) -> str:
        return "" if case.hidden else f" (fold {fold})"

    if len(output["test"]) != k:
        detail = "" if case.hidden else f": expected {k}, got {len(output['test'])}"
        raise WrongAnswer("the number of folds is not k" + detail)
    everything = np.arange(n)
    for fold, (train, test, want) in enumerate(
        zip(output["train"], output["test"], tests, strict=True)
    ):
        test = _indices(test, "test_idx" + where(fold))
        train = _indices(train, "train_idx" + where(fold))
        if test.shape != want.shape:
            raise WrongAnswer(
                "a test fold has the wrong size (the first n % k folds are the larger ones)"
                + where(fold)
            )
        if not np.array_equal(test, want):
            raise WrongAnswer("a test fold is not the expected contiguous block" + where(fold))
        want_train = np.setdiff1d(everything, want)
        if train.shape != want_train.shape or not np.array_equal(train, want_train):
            if np.array_equal(np.sort(train), want_train):
                raise WrongAnswer("training indices are not in increasing order" + where(fold))
            raise WrongAnswer("training indices are not the complement of the fold" + where(fold))
