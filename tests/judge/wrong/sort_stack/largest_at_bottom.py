# expect: WA
# Keeps the temporary stack ordered the wrong way round: the largest value ends at the bottom
# (start of the list) instead of on top.
def sort_stack(stack):
    ordered = []
    while stack:
        value = stack.pop()
        while ordered and ordered[-1] < value:
            stack.append(ordered.pop())
        ordered.append(value)
    return ordered
