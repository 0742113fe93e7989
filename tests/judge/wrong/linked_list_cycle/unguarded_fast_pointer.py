# expect: RE
# Checks only fast.next before jumping two steps, so fast can become None and the next
# fast.next raises AttributeError (and head None fails at once).
def has_cycle(head):
    slow = fast = head
    while fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False
