# expect: WA
# Splits on whitespace only, so "sat." and "sat" are different tokens.
import numpy as np


def bag_of_words(docs):
    toks = [d.lower().split() for d in docs]
    vocab = sorted({t for ts in toks for t in ts})
    index = {t: j for j, t in enumerate(vocab)}
    counts = np.zeros((len(docs), len(vocab)), dtype=int)
    for i, ts in enumerate(toks):
        for t in ts:
            counts[i, index[t]] += 1
    return vocab, counts
