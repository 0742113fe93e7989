# The judge defines ListNode(val, next=None) in this module before running it.


def has_cycle(head) -> bool:
    """True if following .next from head ever revisits a node."""
    raise NotImplementedError
