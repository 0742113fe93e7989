# expect: WA
# Gives up after 10,000 steps and assumes a cycle: wrong on long acyclic lists.
def has_cycle(head):
    node = head
    for _ in range(10_000):
        if node is None:
            return False
        node = node.next
    return True
