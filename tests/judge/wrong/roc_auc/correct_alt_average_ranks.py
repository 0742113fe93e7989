# expect: AC
# Mann-Whitney U with average ranks built from np.unique.
import numpy as np


def roc_auc(y_true, scores):
    values, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    first_rank = np.cumsum(counts) - counts + 1
    avg_rank = first_rank + (counts - 1) / 2
    ranks = avg_rank[inverse]
    pos = np.asarray(y_true) == 1
    n_pos = pos.sum()
    n_neg = len(pos) - n_pos
    return (ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
