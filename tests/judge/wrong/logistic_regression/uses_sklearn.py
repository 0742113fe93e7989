# expect: BANNED
from sklearn.linear_model import LogisticRegression


def logistic_regression(X, y, lr=0.1, n_iters=1000):
    model = LogisticRegression(penalty=None).fit(X, y)
    return model.coef_[0], float(model.intercept_[0])
