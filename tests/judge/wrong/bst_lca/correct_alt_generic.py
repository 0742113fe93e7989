# expect: AC
# The generic binary-tree LCA (ignores the BST order), written iteratively with parents.
def lowest_common_ancestor(root, p, q):
    parent = {root: None}
    by_value = {}
    stack = [root]
    while stack:
        node = stack.pop()
        by_value[node.val] = node
        for child in (node.left, node.right):
            if child is not None:
                parent[child] = node
                stack.append(child)
    ancestors = set()
    node = by_value[p]
    while node is not None:
        ancestors.add(node)
        node = parent[node]
    node = by_value[q]
    while node not in ancestors:
        node = parent[node]
    return node.val
