# expect: WA
# Builds the ideal ranking from the first k items only, missing relevant items below k.
import numpy as np


def ndcg_at_k(relevances, k):
    top = np.asarray(relevances, dtype=float)[:k]
    discounts = np.log2(np.arange(2, len(top) + 2))
    dcg = np.sum((2**top - 1) / discounts)
    ideal = np.sum((2 ** np.sort(top)[::-1] - 1) / discounts)
    return float(dcg / ideal) if ideal > 0 else 0.0
