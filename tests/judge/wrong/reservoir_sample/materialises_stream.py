# expect: MLE
# Reads the whole stream into a list, then samples from it: uniform, but memory grows with
# the stream and the 2,000,000-item stream does not fit in the budget.
import random


def reservoir_sample(stream, k, seed):
    items = list(stream)
    return random.Random(seed).sample(items, min(k, len(items)))
