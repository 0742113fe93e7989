def run(entry, case):
    model = entry(max_depth=case["max_depth"])
    model.fit(case["X"], case["y"])
    return {
        "train_pred": to_array(model.predict(case["X"])),
        "test_pred": to_array(model.predict(case["X_test"])),
    }
