import numpy as np


def viterbi(obs, start_p, trans_p, emit_p):
    with np.errstate(divide="ignore"):
        log_start = np.log(np.asarray(start_p, dtype=float))
        log_trans = np.log(np.asarray(trans_p, dtype=float))
        log_emit = np.log(np.asarray(emit_p, dtype=float))
    T = len(obs)
    back = np.zeros((T, len(log_start)), dtype=np.int64)
    delta = log_start + log_emit[:, obs[0]]
    for t in range(1, T):
        scores = delta[:, None] + log_trans  # scores[i, j]: come from i into j
        back[t] = np.argmax(scores, axis=0)
        delta = scores[back[t], np.arange(len(delta))] + log_emit[:, obs[t]]
    state = int(np.argmax(delta))
    log_prob = float(delta[state])
    path = [state]
    for t in range(T - 1, 0, -1):
        state = int(back[t, state])
        path.append(state)
    return path[::-1], log_prob
