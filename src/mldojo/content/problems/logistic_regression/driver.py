# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821


def run(entry, case):
    result = entry(case["X"].copy(), case["y"].copy(), lr=case["lr"], n_iters=case["n_iters"])
    w, b = unpack(result, 2)
    return {"w": to_array(w), "b": to_array(b)}
