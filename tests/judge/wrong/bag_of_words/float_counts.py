# expect: WA
# Right tokens and counts, but np.zeros defaults to float64: counts must be integers.
import re

import numpy as np


def bag_of_words(docs):
    toks = [re.findall(r"[a-z0-9']+", d.lower()) for d in docs]
    vocab = sorted({t for ts in toks for t in ts})
    index = {t: j for j, t in enumerate(vocab)}
    counts = np.zeros((len(docs), len(vocab)))
    for i, ts in enumerate(toks):
        for t in ts:
            counts[i, index[t]] += 1
    return vocab, counts
