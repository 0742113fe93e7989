def run(entry, case):
    model = entry(hidden=case["hidden"], lr=case["lr"], epochs=case["epochs"], seed=case["seed"])
    model.fit(case["X"], case["y"])
    return {
        "train": to_array(model.predict_proba(case["X"])),
        "test": to_array(model.predict_proba(case["X_test"])),
        "far": to_array(model.predict_proba(case["X_far"])),
    }
