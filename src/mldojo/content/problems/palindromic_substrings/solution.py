def count_palindromic_substrings(s: str) -> int:
    """Expand around each of the 2n - 1 centres: O(n^2) time, O(1) extra memory."""
    n = len(s)
    count = 0
    for centre in range(2 * n - 1):
        left = centre // 2
        right = left + centre % 2
        while left >= 0 and right < n and s[left] == s[right]:
            count += 1
            left -= 1
            right += 1
    return count
