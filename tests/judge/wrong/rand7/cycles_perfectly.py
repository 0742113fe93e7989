# expect: WA
# Calls rand5 once (to look busy) and returns 1, 2, ..., 7 in turn: perfect counts.
_state = [0]


def rand7(rand5):
    rand5()
    rand5()
    _state[0] = _state[0] % 7 + 1
    return _state[0]
