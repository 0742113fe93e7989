# expect: WA
# Path-based generic LCA that records only the nodes strictly above the target, so a node
# is never its own ancestor: wrong when p == q or when one is an ancestor of the other.
def _path_above(root, target):
    path = []
    node = root
    while node.val != target:
        path.append(node.val)
        node = node.left if target < node.val else node.right
    return path


def lowest_common_ancestor(root, p, q):
    a, b = _path_above(root, p), _path_above(root, q)
    answer = root.val
    for x, y in zip(a, b):
        if x != y:
            break
        answer = x
    return answer
