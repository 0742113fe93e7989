# expect: WA
# Counts every occurrence in df instead of the number of documents containing the term.
import numpy as np


def tfidf(docs):
    vocab = sorted({t for d in docs for t in d})
    index = {t: j for j, t in enumerate(vocab)}
    tf = np.zeros((len(docs), len(vocab)))
    for i, d in enumerate(docs):
        for t in d:
            tf[i, index[t]] += 1
    df = tf.sum(axis=0)
    idf = np.log((1 + len(docs)) / (1 + df)) + 1
    w = tf * idf
    norms = np.linalg.norm(w, axis=1, keepdims=True)
    return vocab, np.divide(w, norms, out=np.zeros_like(w), where=norms > 0)
