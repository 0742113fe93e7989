# expect: AC
# A different correct solution: the judge checks only the result, so sorting the list works.
def sort_stack(stack):
    stack.sort()
    return stack
