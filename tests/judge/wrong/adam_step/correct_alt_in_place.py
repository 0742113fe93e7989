# expect: AC
# Updates the arrays in place and folds the bias correction into the step size.
import numpy as np


def adam_step(params, grads, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m *= beta1
    m += (1 - beta1) * grads
    v *= beta2
    v += (1 - beta2) * grads * grads
    c1 = 1 - beta1**t
    c2 = 1 - beta2**t
    params -= (lr / c1) * m / (np.sqrt(v / c2) + eps)
    return params, m, v
