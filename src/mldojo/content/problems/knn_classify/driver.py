def run(entry, case):
    return {"pred": to_array(entry(case["X_train"], case["y_train"], case["X_test"], case["k"]))}
