# expect: AC
# Pure Python with Counters; term frequency as a share of the document length, which the
# L2 normalisation cancels.
import math
from collections import Counter

import numpy as np


def tfidf(docs):
    counters = [Counter(d) for d in docs]
    df = Counter()
    for c in counters:
        df.update(c.keys())
    vocab = sorted(df)
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + df[t])) + 1 for t in vocab}
    rows = []
    for c, d in zip(counters, docs, strict=True):
        row = [c[t] / len(d) * idf[t] if d else 0.0 for t in vocab]
        norm = math.sqrt(sum(x * x for x in row)) or 1.0
        rows.append([x / norm for x in row])
    return vocab, np.array(rows, dtype=float).reshape(n, len(vocab))
