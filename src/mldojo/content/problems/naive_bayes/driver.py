# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821


def run(entry, case):
    model = entry(alpha=case["alpha"])
    model.fit(case["X"].copy(), case["y"].copy())
    return {
        "pred": to_array(model.predict(case["X_test"].copy())),
        "log_proba": to_array(model.predict_log_proba(case["X_test"].copy())),
    }
