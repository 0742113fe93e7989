# expect: BANNED
from sklearn.cluster import KMeans


def kmeans(X, k, max_iters=100, seed=0):
    model = KMeans(n_clusters=k, n_init=10, max_iter=max_iters, random_state=seed).fit(X)
    return model.cluster_centers_, model.labels_
