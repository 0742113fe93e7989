import numpy as np

from mldojo.judge.checking import Case, WrongAnswer


def _case(name, values, pos, hidden=True, label=""):
    values = np.asarray(values, dtype=np.int64)
    assert -1 <= pos < max(len(values), 1) or (pos == -1 and len(values) == 0)
    return Case(
        name,
        {"values": values, "pos": int(pos)},
        hidden=hidden,
        label=label,
        expected=bool(len(values) > 0 and pos >= 0),
    )


def cases() -> list[Case]:
    rng = np.random.default_rng(41)
    n = 100_000
    long_values = rng.integers(-1000, 1000, size=n)
    return [
        _case("example", [3, 2, 0, -4], 1, hidden=False, label="example"),
        _case("two_nodes_public", [1, 2], 0, hidden=False, label="cycle to the head"),
        _case("single_public", [1], -1, hidden=False, label="single node"),
        _case("empty", [], -1, label="empty list"),
        _case("self_loop", [7], 0, label="a single node pointing to itself"),
        _case("tail_self_loop", [1, 2, 3, 4, 5], 4, label="last node pointing to itself"),
        _case("two_no_cycle", [1, 2], -1, label="two nodes, no cycle"),
        _case("odd_no_cycle", [1, 2, 3], -1, label="odd length, no cycle"),
        _case("even_no_cycle", [1, 2, 3, 4], -1, label="even length, no cycle"),
        _case("repeated_values", [5, 5, 5, 5, 5, 5], -1, label="repeated values, no cycle"),
        _case("repeated_values_cycle", [1, 2, 1, 2, 1], 2, label="repeated values with a cycle"),
        _case("long_no_cycle", long_values, -1, label="10^5 nodes, no cycle"),
        _case("long_cycle_head", long_values, 0, label="10^5 nodes, cycle through all of them"),
        _case("long_cycle_middle", long_values, n // 2, label="10^5 nodes, cycle in the middle"),
        _case("long_cycle_tail", long_values, n - 1, label="10^5 nodes, last node to itself"),
        _case(
            "long_constant_no_cycle",
            np.zeros(n, dtype=np.int64),
            -1,
            label="10^5 equal values, no cycle",
        ),
    ]


def check(case: Case, output) -> None:
    got = output["has_cycle"]
    if got != case.expected:
        want = "a cycle" if case.expected else "no cycle"
        raise WrongAnswer(f"wrong answer: the list has {want}")
