import numpy as np


def tfidf(docs: list[list[str]]) -> tuple[list[str], np.ndarray]:
    """TF-IDF of tokenised documents.

    Returns (vocabulary, matrix): the sorted distinct tokens, and an (n_docs, n_terms) float
    array of raw counts times idf = ln((1 + N) / (1 + df)) + 1, each row L2-normalised
    (zero rows stay zero).
    """
    raise NotImplementedError
