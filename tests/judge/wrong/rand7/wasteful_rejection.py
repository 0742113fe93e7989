# expect: WA
# Exactly uniform, but draws three calls (125 outcomes) and keeps only values below 7:
# about 53 calls per result, far above the limit of 3.
def rand7(rand5):
    while True:
        v = 25 * (rand5() - 1) + 5 * (rand5() - 1) + (rand5() - 1)
        if v < 7:
            return v + 1
