def adam_step(params, grads, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """One bias-corrected Adam update; t counts steps from 1.

    Returns (new_params, new_m, new_v) where new_m and new_v are the uncorrected moments.
    """
    raise NotImplementedError
