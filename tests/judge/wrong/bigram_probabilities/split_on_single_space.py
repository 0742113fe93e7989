# expect: WA
# Splits on single spaces: runs of whitespace produce empty-string tokens, tabs join words.
from collections import Counter, defaultdict


def bigram_probabilities(sentences):
    counts = defaultdict(Counter)
    for sentence in sentences:
        tokens = ["<s>"] + sentence.lower().split(" ") + ["</s>"]
        for a, b in zip(tokens, tokens[1:]):
            counts[a][b] += 1
    return {a: {b: c / sum(row.values()) for b, c in row.items()} for a, row in counts.items()}
