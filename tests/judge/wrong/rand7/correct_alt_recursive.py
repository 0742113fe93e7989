# expect: AC
# Another correct solution: the textbook rejection written recursively with a 5x5 table.
TABLE = [[1, 2, 3, 4, 5], [6, 7, 1, 2, 3], [4, 5, 6, 7, 1], [2, 3, 4, 5, 6], [7, 0, 0, 0, 0]]


def rand7(rand5):
    value = TABLE[rand5() - 1][rand5() - 1]
    return value if value else rand7(rand5)
