# expect: BANNED
from sklearn.neighbors import KNeighborsClassifier


def knn_classify(X_train, y_train, X_test, k):
    return KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train).predict(X_test)
