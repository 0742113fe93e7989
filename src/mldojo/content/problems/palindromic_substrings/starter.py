def count_palindromic_substrings(s: str) -> int:
    """Number of palindromic substrings of s, counted by position."""
    raise NotImplementedError
