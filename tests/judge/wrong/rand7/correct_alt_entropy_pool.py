# expect: AC
# A different correct solution: keeps leftover randomness between calls. It maintains a
# uniform value on 0..m-1 and extends it with rand5 until m >= 7, then splits off a uniform
# result when the value falls below the largest multiple of 7.
_pool = [0, 1]  # value, range


def rand7(rand5):
    value, m = _pool
    while True:
        while m < 7:
            value = value * 5 + (rand5() - 1)
            m *= 5
        limit = m - m % 7
        if value < limit:
            _pool[0], _pool[1] = value // 7, limit // 7
            return value % 7 + 1
        value -= limit
        m -= limit
