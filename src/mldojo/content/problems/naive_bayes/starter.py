import numpy as np


class MultinomialNB:
    """Multinomial naive Bayes with additive (Laplace/Lidstone) smoothing `alpha`."""

    def __init__(self, alpha: float = 1.0):
        self.alpha = alpha

    def fit(self, X_counts: np.ndarray, y: np.ndarray) -> "MultinomialNB":
        """Learn class priors and smoothed feature probabilities; return self."""
        raise NotImplementedError

    def predict_log_proba(self, X: np.ndarray) -> np.ndarray:
        """(m, c) log posteriors, classes in sorted order, each row normalised."""
        raise NotImplementedError

    def predict(self, X: np.ndarray) -> np.ndarray:
        """(m,) class labels (values of y) with the largest posterior."""
        raise NotImplementedError
