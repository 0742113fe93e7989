# expect: AC
# Row by row with math.fsum-free plain Python logsumexp.
import math

import numpy as np


def softmax_cross_entropy(logits, labels):
    n, c = logits.shape
    grad = np.zeros((n, c))
    total = 0.0
    for i in range(n):
        row = logits[i]
        m = max(row)
        lse = m + math.log(sum(math.exp(v - m) for v in row))
        total += lse - row[labels[i]]
        for j in range(c):
            grad[i, j] = math.exp(row[j] - lse) / n
        grad[i, labels[i]] -= 1.0 / n
    return total / n, grad
