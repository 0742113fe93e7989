# expect: WA
# NumPy division: 0/0 silently becomes NaN instead of 0.0.
import numpy as np


def precision_recall_f1(y_true, y_pred):
    tp = np.float64(np.sum((y_true == 1) & (y_pred == 1)))
    fp = np.float64(np.sum((y_true == 0) & (y_pred == 1)))
    fn = np.float64(np.sum((y_true == 1) & (y_pred == 0)))
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1
