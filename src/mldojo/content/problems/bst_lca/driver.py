# BadOutput, unpack, to_array and TreeNode are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def build(values):
    """Insert the values in order into an initially empty BST, without recursion."""
    root = None
    for value in values:
        node = TreeNode(int(value))
        if root is None:
            root = node
            continue
        current = root
        while True:
            if value < current.val:
                if current.left is None:
                    current.left = node
                    break
                current = current.left
            else:
                if current.right is None:
                    current.right = node
                    break
                current = current.right
    return root


def run(entry, case):
    root = build(np.asarray(case["values"]).tolist())
    answers = []
    for p, q in np.asarray(case["queries"]).tolist():
        result = entry(root, int(p), int(q))
        if isinstance(result, TreeNode):
            raise BadOutput("return the value of the ancestor (an int), not the node")
        if isinstance(result, bool | np.bool_) or not isinstance(result, int | np.integer):
            raise BadOutput(f"expected an int, got {type(result).__name__}")
        answers.append(int(result))
    return {"answers": answers}
