# expect: RE
# Recursion one frame per node: exceeds the recursion limit on 10^5-node lists.
def has_cycle(head, seen=None):
    if seen is None:
        seen = set()
    if head is None:
        return False
    if id(head) in seen:
        return True
    seen.add(id(head))
    return has_cycle(head.next, seen)
