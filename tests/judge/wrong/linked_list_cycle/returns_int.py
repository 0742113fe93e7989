# expect: WA
# Right idea, but returns 1/0 instead of True/False.
def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return 1
    return 0
