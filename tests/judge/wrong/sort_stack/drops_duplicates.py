# expect: WA
# Sorts a set of the values: repeated values are lost.
def sort_stack(stack):
    return sorted(set(stack))
