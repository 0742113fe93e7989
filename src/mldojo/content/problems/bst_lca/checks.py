import numpy as np

from mldojo.judge.checking import Case, WrongAnswer


def _parents(values: list[int]) -> dict[int, int | None]:
    """Parent of every value after inserting the values in order (a dict-based BST)."""
    parent: dict[int, int | None] = {}
    left: dict[int, int] = {}
    right: dict[int, int] = {}
    root = None
    for v in values:
        if root is None:
            root = v
            parent[v] = None
            continue
        cur = root
        while True:
            side = left if v < cur else right
            if cur in side:
                cur = side[cur]
            else:
                side[cur] = v
                parent[v] = cur
                break
    return parent


def _lca(parent: dict[int, int | None], p: int, q: int) -> int:
    """Lowest common ancestor from the ancestor chains (no use of the BST order)."""
    ancestors = set()
    node: int | None = p
    while node is not None:
        ancestors.add(node)
        node = parent[node]
    node = q
    while node not in ancestors:
        node = parent[node]
    assert node is not None
    return node


def _case(name, values, queries, hidden=True, label=""):
    values = [int(v) for v in values]
    assert len(set(values)) == len(values)
    parent = _parents(values)
    queries = [[int(p), int(q)] for p, q in queries]
    expected = [_lca(parent, p, q) for p, q in queries]
    return Case(
        name,
        {"values": np.array(values, dtype=np.int64), "queries": np.array(queries, dtype=np.int64)},
        hidden=hidden,
        label=label,
        expected=expected,
    )


def cases() -> list[Case]:
    rng = np.random.default_rng(5)
    example = [6, 2, 8, 0, 4, 7, 9, 3, 5]
    big = rng.permutation(np.arange(-50_000, 50_000, 10))[:10_000]
    big_queries = rng.choice(big, size=(300, 2))
    chain = list(range(600))
    zigzag = []
    lo, hi = 0, 599
    while lo <= hi:
        zigzag.append(lo)
        if lo != hi:
            zigzag.append(hi)
        lo, hi = lo + 1, hi - 1
    return [
        _case("example", example, [[2, 8], [2, 4]], hidden=False, label="example"),
        _case("example_more", example, [[5, 3], [7, 7]], hidden=False, label="p > q and p == q"),
        _case("same_node", example, [[4, 4], [6, 6], [0, 0]], label="p == q"),
        _case("ancestor", example, [[2, 3], [6, 9], [4, 5], [8, 7]], label="p is an ancestor of q"),
        _case(
            "descendant", example, [[3, 2], [9, 6], [5, 4], [7, 8]], label="q is an ancestor of p"
        ),
        _case("order_reversed", example, [[8, 2], [5, 0], [9, 3], [7, 0]], label="p > q"),
        _case("single_node", [42], [[42, 42]], label="a single-node tree"),
        _case(
            "negative_values",
            [-5, -10, 3, -20, -7, 1, 8, -8],
            [[-20, -7], [-8, 1], [-7, -8], [8, 1]],
            label="negative values",
        ),
        _case(
            "chain",
            chain,
            [[0, 599], [300, 599], [598, 599], [599, 598], [123, 456]],
            label="a degenerate chain (depth 600)",
        ),
        _case(
            "zigzag",
            zigzag,
            [[300, 299], [1, 598], [250, 251], [299, 300]],
            label="a zig-zag tree (depth 600)",
        ),
        _case("large_random", big, big_queries, label="large random tree"),
    ]


def check(case: Case, output) -> None:
    got = output["answers"]
    want = case.expected
    if len(got) != len(want):
        raise WrongAnswer("wrong number of answers")
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        if g != w:
            if case.hidden:
                raise WrongAnswer("wrong lowest common ancestor")
            p, q = case.inputs["queries"][i].tolist()
            raise WrongAnswer(f"lowest_common_ancestor(root, {p}, {q}): expected {w}, got {g}")
