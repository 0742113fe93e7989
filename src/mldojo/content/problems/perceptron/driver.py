def run(entry, case):
    w, b = unpack(entry(case["X"], case["y"], max_epochs=case["max_epochs"]), 2)
    return {"w": to_array(w), "b": to_array(b)}
