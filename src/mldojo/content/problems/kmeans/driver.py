def run(entry, case):
    result = entry(case["X"], case["k"], max_iters=case["max_iters"], seed=case["seed"])
    centroids, labels = unpack(result, 2)
    return {"centroids": to_array(centroids), "labels": to_array(labels)}
