# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821


def run(entry, case):
    result = entry(int(case["n"]), int(case["k"]))
    if not isinstance(result, list | tuple):
        raise BadOutput(
            f"expected a list of (train_idx, test_idx) pairs, got {type(result).__name__}"
        )
    train, test = [], []
    for pair in result:
        tr, te = unpack(pair, 2)
        train.append(to_array(tr))
        test.append(to_array(te))
    return {"train": train, "test": test}
