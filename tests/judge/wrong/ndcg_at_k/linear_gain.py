# expect: WA
# Uses the relevance itself as the gain instead of 2**rel - 1.
import numpy as np


def ndcg_at_k(relevances, k):
    rel = np.asarray(relevances, dtype=float)

    def dcg(r):
        r = r[:k]
        return np.sum(r / np.log2(np.arange(2, len(r) + 2)))

    ideal = dcg(np.sort(rel)[::-1])
    return float(dcg(rel) / ideal) if ideal > 0 else 0.0
