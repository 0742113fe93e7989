# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821


def run(entry, case):
    w, b = unpack(entry(case["X"].copy(), case["y"].copy()), 2)
    return {"w": to_array(w), "b": to_array(b)}
