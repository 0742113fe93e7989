# expect: RE
# Recursive insertion sort whose insert step recurses once per element below the insertion
# point: on 1,000 values the nested recursion exceeds Python's recursion limit.
def _insert(stack, value):
    if not stack or stack[-1] <= value:
        stack.append(value)
        return
    top = stack.pop()
    _insert(stack, value)
    stack.append(top)


def sort_stack(stack):
    if not stack:
        return stack
    value = stack.pop()
    sort_stack(stack)
    _insert(stack, value)
    return stack
