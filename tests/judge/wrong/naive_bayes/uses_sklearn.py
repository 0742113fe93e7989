# expect: BANNED
from sklearn.naive_bayes import MultinomialNB as _NB


class MultinomialNB:
    def __init__(self, alpha=1.0):
        self.model = _NB(alpha=alpha)

    def fit(self, X, y):
        self.model.fit(X, y)
        return self

    def predict(self, X):
        return self.model.predict(X)

    def predict_log_proba(self, X):
        return self.model.predict_log_proba(X)
