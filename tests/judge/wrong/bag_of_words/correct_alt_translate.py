# expect: AC
# Replaces every non-token character by a space, then splits; counts with a Counter.
from collections import Counter

import numpy as np

KEEP = set("abcdefghijklmnopqrstuvwxyz0123456789'")


def bag_of_words(docs):
    counters = []
    for doc in docs:
        cleaned = "".join(ch if ch in KEEP else " " for ch in doc.lower())
        counters.append(Counter(cleaned.split()))
    vocab = sorted(set().union(*counters)) if counters else []
    counts = np.array([[c[t] for t in vocab] for c in counters], dtype=np.int32)
    return vocab, counts.reshape(len(docs), len(vocab))
