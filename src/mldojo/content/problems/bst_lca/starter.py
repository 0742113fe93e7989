# The judge defines TreeNode(val, left=None, right=None) in this module before running it.


def lowest_common_ancestor(root, p: int, q: int) -> int:
    """Value of the lowest common ancestor of the nodes holding p and q in a BST."""
    raise NotImplementedError
