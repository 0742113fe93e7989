# expect: BANNED
from sklearn.linear_model import Ridge


def ridge_regression(X, y, alpha):
    model = Ridge(alpha=alpha).fit(X, y)
    return model.coef_, model.intercept_
