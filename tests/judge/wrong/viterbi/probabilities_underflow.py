# expect: WA
# Multiplies probabilities instead of adding logs: after a few hundred steps everything
# underflows to 0 and the path and log probability are garbage.
import numpy as np


def viterbi(obs, start_p, trans_p, emit_p):
    T, S = len(obs), len(start_p)
    delta = start_p * emit_p[:, obs[0]]
    back = np.zeros((T, S), dtype=int)
    for t in range(1, T):
        scores = delta[:, None] * trans_p
        back[t] = scores.argmax(axis=0)
        delta = scores.max(axis=0) * emit_p[:, obs[t]]
    state = int(delta.argmax())
    with np.errstate(divide="ignore"):
        log_prob = float(np.log(delta[state]))
    path = [state]
    for t in range(T - 1, 0, -1):
        state = int(back[t, state])
        path.append(state)
    return path[::-1], log_prob
