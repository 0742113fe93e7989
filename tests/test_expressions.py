import pytest

from mldojo.grading.expressions import ExpressionError, evaluate


def test_arithmetic_and_functions() -> None:
    assert evaluate("a * b / (a * b + (1 - c))", {"a": 0.5, "b": 0.5, "c": 0.75}) == pytest.approx(
        0.5
    )
    assert evaluate("comb(5, 2) + sqrt(16) + log2(8)", {}) == 17
    assert evaluate("x if x > 0 else -x", {"x": -3}) == 3


@pytest.mark.parametrize(
    "expr",
    [
        "__import__('os')",
        "x.__class__",
        "open('f')",
        "[1, 2]",
        "lambda: 1",
        "2 ** 100000",
        "1 / 0",
        "y",
    ],
)
def test_rejects_everything_else(expr: str) -> None:
    with pytest.raises(ExpressionError):
        evaluate(expr, {"x": 1})
