# expect: WA
# Maps the 25 equally likely pairs to 1..7 with a modulo and no rejection: 25 is not a
# multiple of 7, so 1..4 come up 4/25 of the time and 5..7 only 3/25.
def rand7(rand5):
    return (5 * (rand5() - 1) + (rand5() - 1)) % 7 + 1
