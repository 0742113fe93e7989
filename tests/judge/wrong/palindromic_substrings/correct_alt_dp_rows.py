# expect: AC
# A different correct solution: dynamic programming by substring length, keeping only the
# rows for lengths L - 1 and L - 2 (O(n^2) time, O(n) memory).
def count_palindromic_substrings(s):
    n = len(s)
    if n == 0:
        return 0
    two_back = [True] * (n + 1)  # length 0
    one_back = [True] * n  # length 1
    total = n
    for length in range(2, n + 1):
        row = [False] * (n - length + 1)
        for i in range(n - length + 1):
            if s[i] == s[i + length - 1] and two_back[i + 1]:
                row[i] = True
                total += 1
        two_back, one_back = one_back, row
    return total
