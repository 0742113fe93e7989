# expect: WA
# Forgets to lower-case, so "The" and "the" are different tokens.
from collections import Counter, defaultdict


def bigram_probabilities(sentences):
    counts = defaultdict(Counter)
    for sentence in sentences:
        tokens = ["<s>"] + sentence.split() + ["</s>"]
        for a, b in zip(tokens, tokens[1:]):
            counts[a][b] += 1
    return {a: {b: c / sum(row.values()) for b, c in row.items()} for a, row in counts.items()}
