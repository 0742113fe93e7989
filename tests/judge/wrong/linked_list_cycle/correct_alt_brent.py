# expect: AC
# Brent's algorithm: teleport the tortoise to the hare at every power of two.
def has_cycle(head):
    if head is None:
        return False
    power = lam = 1
    tortoise = head
    hare = head.next
    while hare is not None and hare is not tortoise:
        if power == lam:
            tortoise = hare
            power *= 2
            lam = 0
        hare = hare.next
        lam += 1
    return hare is not None
