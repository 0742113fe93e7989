# expect: WA
# Ranks with argsort (no averaging), so tied scores are ordered arbitrarily instead of
# counting one half.
import numpy as np


def roc_auc(y_true, scores):
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores, kind="stable")] = np.arange(1, len(scores) + 1)
    pos = y_true == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
