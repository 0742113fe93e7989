import random


def reservoir_sample(stream, k: int, seed: int) -> list:
    """Vitter's Algorithm R: item i (0-based) replaces a random slot with probability k/(i+1)."""
    rng = random.Random(seed)
    reservoir = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                reservoir[j] = item
    return reservoir
