# expect: AC
# Counts, for each positive, the negatives strictly below and tied with it by binary search.
import numpy as np


def roc_auc(y_true, scores):
    neg = np.sort(scores[y_true == 0])
    pos = scores[y_true == 1]
    below = np.searchsorted(neg, pos, side="left")
    tied = np.searchsorted(neg, pos, side="right") - below
    return float((below.sum() + 0.5 * tied.sum()) / (len(pos) * len(neg)))
