import numpy as np


class MLP:
    """A binary classifier with one hidden layer, trained by gradient descent.

    hidden: hidden units; lr: learning rate; epochs: passes over the training data;
    seed: seeds the random initialisation.
    """

    def __init__(self, hidden=16, lr=0.1, epochs=2000, seed=0):
        self.hidden = hidden
        self.lr = lr
        self.epochs = epochs
        self.seed = seed

    def fit(self, X, y):
        """X: (n, d) float array; y: (n,) array of 0/1 labels. Returns self."""
        raise NotImplementedError

    def predict_proba(self, X):
        """Returns an (m,) float array: the probability that each row has label 1."""
        raise NotImplementedError
