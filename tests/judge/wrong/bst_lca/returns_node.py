# expect: WA
# Finds the right node but returns the node instead of its value.
def lowest_common_ancestor(root, p, q):
    node = root
    while True:
        if p < node.val and q < node.val:
            node = node.left
        elif p > node.val and q > node.val:
            node = node.right
        else:
            return node
