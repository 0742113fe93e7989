import numpy as np


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    y_true = np.asarray(y_true)
    scores = np.asarray(scores, dtype=float)
    order = np.argsort(-scores, kind="stable")
    sorted_scores = scores[order]
    positive = (y_true[order] == 1).astype(float)
    # Cumulative counts at the end of each group of tied scores: the ROC curve's corners.
    group_ends = np.r_[np.flatnonzero(np.diff(sorted_scores)), len(scores) - 1]
    tps = np.r_[0.0, np.cumsum(positive)[group_ends]]
    fps = np.r_[0.0, np.cumsum(1 - positive)[group_ends]]
    area = np.sum(np.diff(fps) * (tps[1:] + tps[:-1]) / 2)
    return float(area / (tps[-1] * fps[-1]))
