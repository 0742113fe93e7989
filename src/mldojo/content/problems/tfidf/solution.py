import numpy as np


def tfidf(docs: list[list[str]]) -> tuple[list[str], np.ndarray]:
    vocabulary = sorted({token for doc in docs for token in doc})
    column = {term: j for j, term in enumerate(vocabulary)}
    counts = np.zeros((len(docs), len(vocabulary)), dtype=float)
    for i, doc in enumerate(docs):
        for token in doc:
            counts[i, column[token]] += 1
    n_docs = len(docs)
    df = (counts > 0).sum(axis=0)
    idf = np.log((1 + n_docs) / (1 + df)) + 1
    weighted = counts * idf
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    np.divide(weighted, norms, out=weighted, where=norms > 0)
    return vocabulary, weighted
