# expect: AC
# Recursive BST descent (depth up to 600 stays within Python's default recursion limit).
def lowest_common_ancestor(root, p, q):
    if p < root.val and q < root.val:
        return lowest_common_ancestor(root.left, p, q)
    if p > root.val and q > root.val:
        return lowest_common_ancestor(root.right, p, q)
    return root.val
