# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821


def run(entry, case):
    samples = to_array(entry(case["p"].copy(), case["n"], case["seed"]))
    if samples.size and samples.dtype.kind not in "iu":
        raise BadOutput(f"expected an integer array, got dtype {samples.dtype}")
    return {"samples": samples}
