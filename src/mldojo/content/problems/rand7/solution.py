def rand7(rand5) -> int:
    """Rejection sampling: a uniform value in 0..24 from two calls, kept when below 21."""
    while True:
        value = 5 * (rand5() - 1) + (rand5() - 1)
        if value < 21:
            return value % 7 + 1
