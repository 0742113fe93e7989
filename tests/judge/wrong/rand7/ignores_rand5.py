# expect: WA
# Uses Python's own generator instead of rand5: uniform, but not what was asked.
import random


def rand7(rand5):
    return random.randint(1, 7)
