# expect: WA
# Follows the back-pointer of step t+1 when stepping back from t: the path is shifted.
import numpy as np


def viterbi(obs, start_p, trans_p, emit_p):
    with np.errstate(divide="ignore"):
        ls, lt, le = np.log(start_p), np.log(trans_p), np.log(emit_p)
    T, S = len(obs), len(start_p)
    delta = ls + le[:, obs[0]]
    back = np.zeros((T, S), dtype=int)
    for t in range(1, T):
        scores = delta[:, None] + lt
        back[t] = scores.argmax(axis=0)
        delta = scores.max(axis=0) + le[:, obs[t]]
    state = int(delta.argmax())
    path = [state]
    for t in range(T - 1, 0, -1):
        state = int(back[min(t + 1, T - 1), state])
        path.append(state)
    return path[::-1], float(delta.max())
