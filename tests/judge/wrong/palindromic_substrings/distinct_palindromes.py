# expect: WA
# Counts distinct palindromic strings instead of positions: "aaa" gives 3 instead of 6.
def count_palindromic_substrings(s):
    found = set()
    n = len(s)
    for centre in range(2 * n - 1):
        left = centre // 2
        right = left + centre % 2
        while left >= 0 and right < n and s[left] == s[right]:
            found.add(s[left : right + 1])
            left -= 1
            right += 1
    return len(found)
