def lowest_common_ancestor(root, p: int, q: int) -> int:
    low, high = min(p, q), max(p, q)
    node = root
    while node is not None:
        if high < node.val:
            node = node.left
        elif low > node.val:
            node = node.right
        else:
            return node.val
    raise ValueError("p and q must both be in the tree")
