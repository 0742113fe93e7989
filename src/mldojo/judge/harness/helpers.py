"""Names the harness puts in a driver's globals (and, on request, in the learner's module)."""

from __future__ import annotations

from typing import Any

import numpy as np

from .wire import BadOutput


class ListNode:
    """A singly linked list node, as the general-coding problems describe it."""

    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:  # noqa: A002
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


class TreeNode:
    """A binary tree node, as the general-coding problems describe it."""

    def __init__(
        self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None
    ) -> None:
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


def unpack(value: Any, n: int) -> tuple[Any, ...]:
    """The learner's return value as a tuple of length `n` (a list is accepted too)."""
    if type(value) not in (tuple, list):
        raise BadOutput(f"expected a tuple of {n} values, got {type(value).__name__}")
    items = tuple(list.__iter__(value) if type(value) is list else tuple.__iter__(value))
    if len(items) != n:
        raise BadOutput(f"expected a tuple of {n} values, got {len(items)}")
    return items


def to_array(value: Any, dtype: Any = None) -> np.ndarray:
    """`np.asarray` that refuses object, string and complex dtypes with `BadOutput`."""
    try:
        array = np.asarray(value) if dtype is None else np.asarray(value, dtype=dtype)
    except (TypeError, ValueError, OverflowError) as exc:
        raise BadOutput(f"cannot read the value as an array ({exc})") from None
    if array.dtype.kind not in "biuf" or array.dtype.itemsize > 8:
        raise BadOutput(f"expected numbers, got an array of dtype {array.dtype}")
    return array


DRIVER_NAMES: dict[str, Any] = {
    "BadOutput": BadOutput,
    "unpack": unpack,
    "to_array": to_array,
    "ListNode": ListNode,
    "TreeNode": TreeNode,
}
PROVIDABLE: dict[str, type] = {"ListNode": ListNode, "TreeNode": TreeNode}
