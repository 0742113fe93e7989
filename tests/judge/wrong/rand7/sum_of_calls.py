# expect: WA
# Adds two calls and reduces modulo 7: a sum of uniforms is not uniform, modulo 7 or not.
def rand7(rand5):
    return sum(rand5() for _ in range(2)) % 7 + 1
