# expect: AC
# Confusion matrix with one bincount; F1 from the counts directly.
import numpy as np


def precision_recall_f1(y_true, y_pred):
    cm = np.bincount(
        2 * np.asarray(y_true, dtype=np.int64) + np.asarray(y_pred, dtype=np.int64), minlength=4
    )
    fp, fn, tp = cm[1], cm[2], cm[3]
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0
    return precision, recall, f1
