# expect: WA
# Trapezoids over every sample instead of every distinct threshold: a group of tied scores
# becomes a staircase whose shape depends on the order of the tied samples.
import numpy as np


def roc_auc(y_true, scores):
    order = np.argsort(-scores)
    y = y_true[order]
    tpr = np.r_[0, np.cumsum(y)] / y.sum()
    fpr = np.r_[0, np.cumsum(1 - y)] / (1 - y).sum()
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
