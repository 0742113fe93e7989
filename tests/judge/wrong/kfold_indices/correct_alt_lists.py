# expect: AC
# Plain Python lists (the judge turns them into arrays).
def kfold_indices(n, k):
    bounds = [0]
    for i in range(k):
        bounds.append(bounds[-1] + n // k + (1 if i < n % k else 0))
    result = []
    for i in range(k):
        test = list(range(bounds[i], bounds[i + 1]))
        train = list(range(0, bounds[i])) + list(range(bounds[i + 1], n))
        result.append((train, test))
    return result
