# expect: WA
# Treats a value equal to the top of the sorted stack as "already there" and skips it:
# repeated values are lost.
def sort_stack(stack):
    ordered = []
    while stack:
        value = stack.pop()
        while ordered and ordered[-1] > value:
            stack.append(ordered.pop())
        if ordered and ordered[-1] == value:
            continue
        ordered.append(value)
    return ordered
