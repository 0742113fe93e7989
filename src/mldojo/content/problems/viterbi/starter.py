import numpy as np  # noqa: F401 (for your solution)


def viterbi(obs, start_p, trans_p, emit_p):
    """Most likely hidden-state path of an HMM and its log probability.

    obs: list of T observation indices; start_p (S,), trans_p (S, S), emit_p (S, M).
    Returns (path, log_prob): a list of T state indices and a float.
    """
    raise NotImplementedError
