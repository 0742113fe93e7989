def sort_stack(stack: list[int]) -> list[int]:
    """Return the stack's values ordered with the largest on top (end of the list)."""
    raise NotImplementedError
