# expect: TLE
# Checks every substring by slicing and reversing it: O(n^3), too slow for 3,000 characters.
def count_palindromic_substrings(s):
    n = len(s)
    count = 0
    for i in range(n):
        for j in range(i + 1, n + 1):
            t = s[i:j]
            if t == t[::-1]:
                count += 1
    return count
