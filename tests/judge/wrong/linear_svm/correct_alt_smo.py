# expect: AC
# A different correct solution: the dual problem solved by SMO with the maximal violating
# pair (first-order working-set selection), then the best intercept among the margin points.
import numpy as np


def linear_svm(X, y, C=1.0):
    y = y.astype(float)
    n = len(y)
    Z = X * y[:, None]
    alpha = np.zeros(n)
    grad = -np.ones(n)  # gradient of 0.5 a^T Q a - sum(a), with Q = Z Z^T
    for _ in range(50 * n):
        score = -y * grad
        up = ((y > 0) & (alpha < C)) | ((y < 0) & (alpha > 0))
        low = ((y > 0) & (alpha > 0)) | ((y < 0) & (alpha < C))
        i = np.flatnonzero(up)[np.argmax(score[up])]
        j = np.flatnonzero(low)[np.argmin(score[low])]
        if score[i] - score[j] < 1e-6:
            break
        qi, qj = Z @ Z[i], Z @ Z[j]
        curvature = max(qi[i] + qj[j] - 2 * y[i] * y[j] * qi[j], 1e-12)
        step = (score[i] - score[j]) / curvature
        step = min(step, C - alpha[i] if y[i] > 0 else alpha[i])
        step = min(step, alpha[j] if y[j] > 0 else C - alpha[j])
        alpha[i] += y[i] * step
        alpha[j] -= y[j] * step
        grad += step * (y[i] * qi - y[j] * qj)
    w = Z.T @ alpha
    residual = y - X @ w
    candidates = residual[alpha > 1e-9]
    losses = [np.maximum(0, 1 - y * (X @ w + b)).sum() for b in candidates[:200]]
    b = candidates[int(np.argmin(losses))] if losses else 0.0
    return w, float(b)
