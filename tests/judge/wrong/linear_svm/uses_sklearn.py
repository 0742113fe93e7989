# expect: BANNED
from sklearn.svm import SVC


def linear_svm(X, y, C=1.0):
    model = SVC(kernel="linear", C=C).fit(X, y)
    return model.coef_[0], float(model.intercept_[0])
