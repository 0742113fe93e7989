# expect: WA
# Expands only around characters, so even-length palindromes such as "bb" are never counted.
def count_palindromic_substrings(s):
    n = len(s)
    count = 0
    for c in range(n):
        left = right = c
        while left >= 0 and right < n and s[left] == s[right]:
            count += 1
            left -= 1
            right += 1
    return count
