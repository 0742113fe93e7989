# BadOutput, unpack, to_array and ListNode are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def build(values, pos):
    """A list of ListNodes built iteratively; the last node links to index `pos` if >= 0."""
    nodes = [ListNode(int(v)) for v in values]
    for node, following in zip(nodes, nodes[1:], strict=False):
        node.next = following
    if nodes and pos >= 0:
        nodes[-1].next = nodes[pos]
    return nodes[0] if nodes else None


def run(entry, case):
    head = build(np.asarray(case["values"]).tolist(), int(case["pos"]))
    result = entry(head)
    if not isinstance(result, bool | np.bool_):
        raise BadOutput(f"has_cycle must return True or False, got {type(result).__name__}")
    return {"has_cycle": bool(result)}
