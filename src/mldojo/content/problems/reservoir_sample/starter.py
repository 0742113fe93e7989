def reservoir_sample(stream, k: int, seed: int) -> list:
    """k items chosen uniformly from a one-pass iterator of unknown length.

    Returns min(k, length) items; every item is equally likely to be kept. Memory O(k).
    """
    raise NotImplementedError
