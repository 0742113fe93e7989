# expect: TLE
# Correct definition, but compares all P·N pairs in Python: too slow for 10^5 samples.
def roc_auc(y_true, scores):
    pos = [s for s, y in zip(scores.tolist(), y_true.tolist()) if y == 1]
    neg = [s for s, y in zip(scores.tolist(), y_true.tolist()) if y == 0]
    total = 0.0
    for p in pos:
        for n in neg:
            if p > n:
                total += 1
            elif p == n:
                total += 0.5
    return total / (len(pos) * len(neg))
