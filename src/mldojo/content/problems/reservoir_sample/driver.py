# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def _stream(length, tag):
    """A real one-pass generator of distinct ints; `tag` makes items large (not cached)."""
    for i in range(length):
        yield tag + i


def run(entry, case):
    length, k, tag = case["length"], case["k"], case["tag"]
    want = min(k, length)
    rows = np.empty((case["seeds"], want), dtype=np.int64)
    for r in range(case["seeds"]):
        kept = entry(_stream(length, tag), k, case["first_seed"] + r)
        if not isinstance(kept, list | tuple):
            raise BadOutput(f"expected a list, got {type(kept).__name__}")
        if len(kept) != want:
            raise BadOutput(f"expected min(k, length) = {want} items, got {len(kept)}")
        for item in kept:
            if isinstance(item, bool) or not isinstance(item, int | np.integer):
                raise BadOutput("the returned items must be items of the stream")
        rows[r] = [int(item) - tag for item in kept]
    return {"kept": rows}
