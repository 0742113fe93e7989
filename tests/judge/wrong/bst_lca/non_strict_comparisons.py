# expect: WA
# Uses <= / >=, so when p or q IS the current node the search walks past it: it returns a
# descendant, or falls off the tree (AttributeError on None) in the later tests.
def lowest_common_ancestor(root, p, q):
    node = root
    while True:
        if p <= node.val and q <= node.val:
            node = node.left
        elif p >= node.val and q >= node.val:
            node = node.right
        else:
            return node.val
