# expect: BANNED
from sklearn.decomposition import PCA


def pca(X, n_components):
    model = PCA(n_components=n_components).fit(X)
    return model.components_, model.explained_variance_ratio_
