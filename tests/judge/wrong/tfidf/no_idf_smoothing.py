# expect: WA
# Textbook idf = ln(N / df) without the +1 smoothing terms.
import numpy as np


def tfidf(docs):
    vocab = sorted({t for d in docs for t in d})
    index = {t: j for j, t in enumerate(vocab)}
    tf = np.zeros((len(docs), len(vocab)))
    for i, d in enumerate(docs):
        for t in d:
            tf[i, index[t]] += 1
    df = (tf > 0).sum(axis=0)
    idf = np.log(len(docs) / np.maximum(df, 1))
    w = tf * idf
    norms = np.linalg.norm(w, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return vocab, w / norms
