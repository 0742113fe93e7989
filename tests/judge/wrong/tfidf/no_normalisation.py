# expect: WA
# Forgets to L2-normalise the rows.
import numpy as np


def tfidf(docs):
    vocab = sorted({t for d in docs for t in d})
    index = {t: j for j, t in enumerate(vocab)}
    tf = np.zeros((len(docs), len(vocab)))
    for i, d in enumerate(docs):
        for t in d:
            tf[i, index[t]] += 1
    df = (tf > 0).sum(axis=0)
    idf = np.log((1 + len(docs)) / (1 + df)) + 1
    return vocab, tf * idf
