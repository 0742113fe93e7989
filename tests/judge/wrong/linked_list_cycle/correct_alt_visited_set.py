# expect: AC
# O(n) memory, accepted: a set of the nodes already visited.
def has_cycle(head):
    visited = set()
    node = head
    while node is not None:
        if node in visited:
            return True
        visited.add(node)
        node = node.next
    return False
