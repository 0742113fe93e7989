# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821


def run(entry, case):
    components, ratio = unpack(entry(case["X"].copy(), case["n_components"]), 2)
    return {"components": to_array(components), "ratio": to_array(ratio)}
