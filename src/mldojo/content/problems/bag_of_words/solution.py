import re

import numpy as np

TOKEN = re.compile(r"[a-z0-9']+")


def bag_of_words(docs: list[str]) -> tuple[list[str], np.ndarray]:
    tokenised = [TOKEN.findall(doc.lower()) for doc in docs]
    vocabulary = sorted({token for tokens in tokenised for token in tokens})
    column = {term: j for j, term in enumerate(vocabulary)}
    counts = np.zeros((len(docs), len(vocabulary)), dtype=np.int64)
    for i, tokens in enumerate(tokenised):
        for token in tokens:
            counts[i, column[token]] += 1
    return vocabulary, counts
