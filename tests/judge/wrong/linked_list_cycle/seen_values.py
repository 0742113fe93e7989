# expect: WA
# Remembers values instead of nodes: any repeated value looks like a cycle.
def has_cycle(head):
    seen = set()
    node = head
    while node is not None:
        if node.val in seen:
            return True
        seen.add(node.val)
        node = node.next
    return False
