import numpy as np


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve; a tied (positive, negative) pair counts one half."""
    raise NotImplementedError
