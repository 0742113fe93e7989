import numpy as np


def _smoothed(theta, A, y, C, h):
    """Primal objective with the hinge replaced by a Huber-smoothed hinge of width h, its
    gradient and Hessian. The smoothed loss is below the hinge by at most h / 2 per point."""
    d = A.shape[1] - 1
    m = 1.0 - y * (A @ theta)
    quad = (m > 0) & (m < h)
    lin = m >= h
    loss = np.where(lin, m - h / 2, np.where(quad, m * m / (2 * h), 0.0))
    dm = np.where(lin, 1.0, np.where(quad, m / h, 0.0))
    w = theta[:d]
    value = 0.5 * w @ w + C * loss.sum()
    grad = np.concatenate([w, [0.0]]) - C * (A.T @ (dm * y))
    reg = np.eye(d + 1)
    reg[d, d] = 1e-10
    Aq = A[quad]
    hess = reg + (C / h) * (Aq.T @ Aq)
    return value, grad, hess


def linear_svm(X, y, C=1.0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.hstack([X, np.ones((len(X), 1))])
    theta = np.zeros(A.shape[1])
    # Newton's method with backtracking on ever narrower smoothings (continuation).
    for h in (10.0, 3.0, 1.0, 0.3, 0.1, 0.03, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6):
        for _ in range(100):
            value, grad, hess = _smoothed(theta, A, y, C, h)
            step = np.linalg.solve(hess, grad)
            t = 1.0
            while t > 1e-10:
                candidate = theta - t * step
                if _smoothed(candidate, A, y, C, h)[0] <= value - 1e-4 * t * grad @ step:
                    break
                t *= 0.5
            else:
                break
            theta = candidate
            if abs(grad @ step) < 1e-12 * max(1.0, value):
                break
    return theta[:-1], float(theta[-1])
