# expect: WA
# Assumes p < q: when p > q the split test sends the search into the wrong subtree.
def lowest_common_ancestor(root, p, q):
    node = root
    while node:
        if q < node.val:
            node = node.left
        elif p > node.val:
            node = node.right
        else:
            return node.val
    return None
