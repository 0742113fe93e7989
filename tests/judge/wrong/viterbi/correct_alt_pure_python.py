# expect: AC
# A different correct solution: pure Python lists and math.log, keeping for every state
# the best path so far (no back-pointer table).
import math


def _log(p):
    return math.log(p) if p > 0 else -math.inf


def viterbi(obs, start_p, trans_p, emit_p):
    S = len(start_p)
    lt = [[_log(float(trans_p[i][j])) for j in range(S)] for i in range(S)]
    le = [[_log(float(p)) for p in row] for row in emit_p]
    best = [_log(float(start_p[i])) + le[i][obs[0]] for i in range(S)]
    parents = []
    for o in obs[1:]:
        new, choice = [], []
        for j in range(S):
            i = max(range(S), key=lambda i: best[i] + lt[i][j])
            choice.append(i)
            new.append(best[i] + lt[i][j] + le[j][o])
        parents.append(choice)
        best = new
    state = max(range(S), key=lambda s: best[s])
    score = best[state]
    path = [state]
    for choice in reversed(parents):
        state = choice[state]
        path.append(state)
    return path[::-1], score
