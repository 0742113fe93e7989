# expect: WA
# Greedy: picks the best state at each step given only the previous choice, no back-pointers.
import numpy as np


def viterbi(obs, start_p, trans_p, emit_p):
    with np.errstate(divide="ignore"):
        ls, lt, le = np.log(start_p), np.log(trans_p), np.log(emit_p)
    score = ls + le[:, obs[0]]
    state = int(score.argmax())
    total = float(score[state])
    path = [state]
    for o in obs[1:]:
        step = lt[state] + le[:, o]
        state = int(step.argmax())
        total += float(step[state])
        path.append(state)
    return path, total
