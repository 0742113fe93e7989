"""Shortest paths: exact, against Bellman-Ford run in the judge."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer


def _bellman_ford(n, edges, source):
    dist = [None] * n
    dist[source] = 0
    for _ in range(n):
        changed = False
        for u, v, w in edges:
            if dist[u] is not None and (dist[v] is None or dist[u] + w < dist[v]):
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            return dist
    return None


def _case(name, n, edges, source=0, hidden=True, label="", cpu_seconds=None) -> Case:
    edges = [[int(u), int(v), w if isinstance(w, float) else int(w)] for u, v, w in edges]
    inputs = {"n": int(n), "edges": edges, "source": int(source)}
    expected = _bellman_ford(n, edges, source)
    return Case(
        name, inputs, hidden=hidden, label=label, expected=expected, cpu_seconds=cpu_seconds
    )


def _random_dag_plus(rng, n, m, low, high, back=0, back_weight=(1, 10)):
    """Random edges going forward in a hidden order (no cycles), plus `back` backward edges
    with non-negative weights (cycles, but never negative ones when the forward weights of the
    cycle are at least -back_weight[0])."""
    order = rng.permutation(n)
    edges = []
    for _ in range(m):
        a, b = sorted(rng.choice(n, size=2, replace=False))
        edges.append([order[a], order[b], int(rng.integers(low, high + 1))])
    for _ in range(back):
        a, b = sorted(rng.choice(n, size=2, replace=False))
        edges.append([order[b], order[a], int(rng.integers(*back_weight))])
    return edges


def cases() -> list[Case]:
    rng = np.random.default_rng(1010)
    ex = [[0, 1, 4], [0, 2, 5], [2, 1, -3], [1, 3, 2]]
    chain = [[i, i + 1, -1] for i in range(399)][::-1]
    dijkstra_trap = [[0, 1, 1], [0, 2, 5], [2, 1, -10], [1, 3, 1], [3, 4, 1]]
    unreachable_cycle = [[0, 1, 2], [1, 2, 3], [3, 4, -5], [4, 3, 1]]
    big = _random_dag_plus(rng, 1000, 4000, -20, 50)
    big_cycle = big + [[v, u, 100] for u, v, _ in big[:900]]
    far_base = _random_dag_plus(rng, 300, 1200, 1, 30)
    far_dist = _bellman_ford(300, far_base, 0)
    a, b = sorted((v for v in range(1, 300) if far_dist[v] is not None), key=far_dist.__getitem__)[
        -2:
    ]
    neg_far = far_base + [[a, b, -1], [b, a, -1]]
    big_dist = _bellman_ford(1000, big_cycle, 0)
    c, d = sorted((v for v in range(1, 1000) if big_dist[v] is not None), key=big_dist.__getitem__)[
        -2:
    ]
    big_negative = big_cycle + [[c, d, -1000], [d, c, 1]]
    return [
        _case("example", 4, ex, hidden=False, label="example"),
        _case(
            "public_cycle",
            3,
            [[0, 1, 1], [1, 2, -2], [2, 1, 1]],
            hidden=False,
            label="negative cycle",
        ),
        _case("public_unreachable", 3, [[1, 2, 7]], hidden=False, label="unreachable nodes"),
        _case("single_node", 1, [], label="one node, no edges"),
        _case("dijkstra_trap", 5, dijkstra_trap, label="negative edge after a settled node"),
        _case(
            "negative_self_loop", 3, [[0, 1, 2], [1, 1, -1], [1, 2, 3]], label="negative self-loop"
        ),
        _case(
            "unreachable_negative_cycle",
            5,
            unreachable_cycle,
            label="negative cycle not reachable from the source",
        ),
        _case(
            "zero_cycle",
            4,
            [[0, 1, 3], [1, 2, -2], [2, 1, 2], [2, 3, 1], [0, 3, 10]],
            label="zero-weight cycle (not negative)",
        ),
        _case(
            "parallel_edges",
            3,
            [[0, 1, 5], [0, 1, 2], [0, 1, 9], [1, 2, -1], [1, 2, -4], [2, 2, 0]],
            label="parallel edges and a zero self-loop",
        ),
        _case(
            "float_weights",
            4,
            [[0, 1, 0.5], [1, 2, -0.25], [0, 2, 0.3], [2, 3, 1.75]],
            label="float weights",
        ),
        _case(
            "source_not_zero",
            4,
            [[2, 0, -1], [0, 1, 4], [3, 2, 1]],
            source=2,
            label="source other than 0",
        ),
        _case("long_chain", 400, chain, label="long path with edges listed in reverse order"),
        _case("negative_cycle_far", 300, neg_far, label="negative cycle far from the source"),
        _case("large", 1000, big_cycle, label="large graph with cycles"),
        _case(
            "large_negative_cycle",
            1000,
            big_negative,
            label="large graph with a reachable negative cycle",
            cpu_seconds=10,
        ),
    ]


def check(case: Case, output) -> None:
    want = case.expected
    if want is None:
        if not output["negative_cycle"]:
            raise WrongAnswer("a negative cycle is reachable from the source: return None")
        return
    if output["negative_cycle"]:
        raise WrongAnswer("returned None, but no negative cycle is reachable from the source")
    got = output["dist"]
    if len(got) != len(want):
        raise WrongAnswer(f"expected a list of n = {len(want)} entries, got {len(got)}")
    for g, w in zip(got, want, strict=True):
        if w is None:
            if g is not None:
                raise WrongAnswer("an unreachable node must have the distance None")
        elif g is None:
            raise WrongAnswer("a reachable node has the distance None")
        elif isinstance(g, str):
            raise WrongAnswer(f"a reachable node has a non-finite distance ({g})")
        elif not np.isclose(g, w, rtol=1e-6, atol=1e-9):
            raise WrongAnswer("some distances are wrong")
