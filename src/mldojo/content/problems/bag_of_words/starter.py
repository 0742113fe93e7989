import numpy as np


def bag_of_words(docs: list[str]) -> tuple[list[str], np.ndarray]:
    """Sorted vocabulary and an (n_docs, n_terms) integer count matrix.

    Lower-case each document; tokens are maximal runs of ASCII letters, digits and "'".
    """
    raise NotImplementedError
