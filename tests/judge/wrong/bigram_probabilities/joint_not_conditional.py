# expect: WA
# Divides by the total number of bigrams: the joint P(previous, next), not the conditional.
from collections import Counter


def bigram_probabilities(sentences):
    pairs = Counter()
    for sentence in sentences:
        tokens = ["<s>"] + sentence.lower().split() + ["</s>"]
        pairs.update(zip(tokens, tokens[1:]))
    total = sum(pairs.values())
    out = {}
    for (a, b), c in pairs.items():
        out.setdefault(a, {})[b] = c / total
    return out
