# expect: BANNED
from sklearn.linear_model import LinearRegression


def linear_regression(X, y):
    model = LinearRegression().fit(X, y)
    return model.coef_, model.intercept_
