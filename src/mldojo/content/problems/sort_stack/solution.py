def sort_stack(stack: list[int]) -> list[int]:
    ordered: list[int] = []  # invariant: non-decreasing from bottom to top
    while stack:
        value = stack.pop()
        while ordered and ordered[-1] > value:
            stack.append(ordered.pop())
        ordered.append(value)
    return ordered
