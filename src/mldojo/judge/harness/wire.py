"""Frames and values on the pipes between the judge, the zygote and the child.

A frame is two big-endian lengths, a JSON header and a binary payload. A value (test inputs, a
driver's output) is a frame whose header holds a JSON tree and whose payload is an `.npz`
archive of the arrays the tree refers to. Decoding never unpickles, accepts only stored
(uncompressed) zip members, checks every `.npy` header against its byte size before NumPy
allocates anything, and admits only bool, integer and float dtypes of at most 8 bytes: the
judge parses what untrusted code wrote, so every size is bounded before it is trusted.
"""

from __future__ import annotations

import io
import json
import math
import os
import struct
import zipfile
from typing import Any

import numpy as np

LENGTHS = struct.Struct("!II")
MAX_DEPTH = 64
MAX_ARRAYS = 4096
ALLOWED_KINDS = "biuf"

ARRAY = "__ndarray__"
TUPLE = "__tuple__"
ITEMS = "__items__"
MARKERS = (ARRAY, TUPLE, ITEMS)
PLAIN_SCALARS = frozenset({int, float, str, bool, type(None)})
"""Exact types that serialise as themselves: no subclass, so no learner-defined method."""


class WireError(Exception):
    """Bytes that are not a well-formed frame or value."""


class BadOutput(Exception):
    """The learner's return value cannot be turned into plain data (verdict WA)."""


def pack_frame(header: dict[str, Any], payload: bytes = b"") -> bytes:
    head = json.dumps(header, separators=(",", ":")).encode("utf-8")
    return LENGTHS.pack(len(head), len(payload)) + head + payload


def unpack_frame(data: bytes, max_header: int = 1 << 20) -> tuple[dict[str, Any], bytes]:
    """Split `data` holding exactly one frame; trailing or missing bytes are an error."""
    if len(data) < LENGTHS.size:
        raise WireError("truncated frame")
    head_len, payload_len = LENGTHS.unpack_from(data)
    if head_len > max_header:
        raise WireError("frame header too large")
    if LENGTHS.size + head_len + payload_len != len(data):
        raise WireError("frame length mismatch")
    header = _load_json(data[LENGTHS.size : LENGTHS.size + head_len])
    if not isinstance(header, dict):
        raise WireError("frame header is not an object")
    return header, data[LENGTHS.size + head_len :]


def _load_json(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise WireError(f"malformed JSON: {type(exc).__name__}") from None


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def read_exact(fd: int, size: int) -> bytes:
    """Read `size` bytes from a blocking fd; fewer only at end of file."""
    chunks = []
    while size > 0:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_frame(
    fd: int, max_header: int = 1 << 20, max_payload: int = 1 << 30
) -> tuple[dict[str, Any], bytes] | None:
    """Read one frame from a blocking fd; None on a clean end of file."""
    lengths = read_exact(fd, LENGTHS.size)
    if not lengths:
        return None
    if len(lengths) < LENGTHS.size:
        raise WireError("truncated frame")
    head_len, payload_len = LENGTHS.unpack(lengths)
    if head_len > max_header or payload_len > max_payload:
        raise WireError("frame too large")
    head = read_exact(fd, head_len)
    payload = read_exact(fd, payload_len)
    if len(head) != head_len or len(payload) != payload_len:
        raise WireError("truncated frame")
    header = _load_json(head)
    if not isinstance(header, dict):
        raise WireError("frame header is not an object")
    return header, payload


# --- values -------------------------------------------------------------------------------


def _plain_array(value: Any) -> np.ndarray:
    array = np.asarray(value)  # subok=False: subclasses and their __eq__ are dropped here
    if array.dtype.kind not in ALLOWED_KINDS or array.dtype.itemsize > 8:
        raise BadOutput(f"arrays of dtype {array.dtype} cannot be returned; use bool, int or float")
    return array


def encode_value(value: Any) -> bytes:
    """Turn plain data (arrays, numbers, strings, None, lists, tuples, dicts) into a frame."""
    arrays: list[np.ndarray] = []

    def walk(item: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise BadOutput("the value is nested too deeply")
        if item is None or isinstance(item, bool | str):
            return item if type(item) in (bool, str) or item is None else _exact_scalar(item)
        if isinstance(item, int | float):
            return _exact_scalar(item)
        if isinstance(item, np.ndarray):
            if len(arrays) >= MAX_ARRAYS:
                raise BadOutput("too many arrays in the value")
            arrays.append(_plain_array(item))
            return {ARRAY: len(arrays) - 1}
        if isinstance(item, np.generic):
            if item.dtype.kind not in ALLOWED_KINDS or item.dtype.itemsize > 8:
                raise BadOutput(f"a {item.dtype} scalar cannot be returned")
            return walk(item.item(), depth + 1)
        if isinstance(item, tuple):
            return {TUPLE: [walk(x, depth + 1) for x in item]}
        if isinstance(item, list):
            if type(item) is list and all(type(x) in PLAIN_SCALARS for x in item):
                return list(item)  # the common case of a long list of numbers, without recursion
            return [walk(x, depth + 1) for x in item]
        if isinstance(item, dict):
            keys = list(item.keys())
            if all(type(k) is str for k in keys) and not (len(keys) == 1 and keys[0] in MARKERS):
                return {k: walk(item[k], depth + 1) for k in keys}
            return {ITEMS: [[walk(k, depth + 1), walk(item[k], depth + 1)] for k in keys]}
        raise BadOutput(f"a value of type {type(item).__name__} cannot be returned")

    tree = walk(value, 0)
    buffer = io.BytesIO()
    if arrays:
        named: dict[str, Any] = {f"a{i}": a for i, a in enumerate(arrays)}
        np.savez(buffer, **named)
    return pack_frame({"value": tree}, buffer.getvalue())


def _exact_scalar(item: Any) -> Any:
    """Strip subclasses of bool/int/float/str so no learner-defined method survives."""
    if isinstance(item, bool):
        return bool(item)
    if isinstance(item, int):
        return int.__index__(item)
    if isinstance(item, float):
        return float.__float__(item)
    return str.__str__(item)


def decode_value(data: bytes, max_bytes: int) -> Any:
    """Parse a value frame written by untrusted code. Raises WireError on anything odd."""
    if len(data) > max_bytes:
        raise WireError("value too large")
    header, payload = unpack_frame(data, max_header=max_bytes)
    if set(header) != {"value"}:
        raise WireError("unexpected value header")
    arrays = load_arrays(payload)
    used: set[int] = set()

    def walk(node: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise WireError("value nested too deeply")
        if node is None or isinstance(node, bool | int | str):
            return node
        if isinstance(node, float):
            return node
        if isinstance(node, list):
            return [walk(x, depth + 1) for x in node]
        if isinstance(node, dict):
            if len(node) == 1:
                ((key, inner),) = node.items()
                if key == ARRAY:
                    if type(inner) is not int or not 0 <= inner < len(arrays):
                        raise WireError("bad array reference")
                    used.add(inner)
                    return arrays[inner]
                if key == TUPLE:
                    if not isinstance(inner, list):
                        raise WireError("bad tuple")
                    return tuple(walk(x, depth + 1) for x in inner)
                if key == ITEMS:
                    if not isinstance(inner, list) or not all(
                        isinstance(p, list) and len(p) == 2 for p in inner
                    ):
                        raise WireError("bad mapping")
                    try:
                        return {walk(k, depth + 1): walk(v, depth + 1) for k, v in inner}
                    except TypeError:
                        raise WireError("unhashable mapping key") from None
            return {k: walk(v, depth + 1) for k, v in node.items()}
        raise WireError("unexpected JSON node")

    value = walk(header["value"], 0)
    if len(used) != len(arrays):
        raise WireError("unreferenced arrays in the value")
    return value


def load_arrays(payload: bytes) -> list[np.ndarray]:
    """Read an `.npz` payload without pickle and without trusting its sizes."""
    if not payload:
        return []
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise WireError(f"unreadable array archive: {exc}") from None
    if len(infos) > MAX_ARRAYS:
        raise WireError("too many arrays")
    if sum(info.file_size for info in infos) > len(payload):
        raise WireError("array archive claims more bytes than it holds")
    arrays: list[np.ndarray | None] = [None] * len(infos)
    for info in infos:
        name = info.filename
        if info.compress_type != zipfile.ZIP_STORED or not name.endswith(".npy"):
            raise WireError("unexpected member in the array archive")
        stem = name[:-4]
        if not (stem.startswith("a") and stem[1:].isdigit()):
            raise WireError("unexpected member in the array archive")
        index = int(stem[1:])
        if index >= len(arrays) or arrays[index] is not None:
            raise WireError("unexpected member in the array archive")
        arrays[index] = _read_npy(archive, info)
    return [a for a in arrays if a is not None]


def _read_npy(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> np.ndarray:
    fmt = np.lib.format
    try:
        with archive.open(info) as handle:
            version = fmt.read_magic(handle)
            if version == (1, 0):
                shape, fortran, dtype = fmt.read_array_header_1_0(handle)
            elif version == (2, 0):
                shape, fortran, dtype = fmt.read_array_header_2_0(handle)
            else:
                raise WireError("unsupported .npy version")
            if dtype.kind not in ALLOWED_KINDS or dtype.itemsize > 8 or dtype.fields:
                raise WireError(f"dtype {dtype} is not allowed")
            count = math.prod(shape)
            if count * dtype.itemsize > info.file_size:
                raise WireError("array shape larger than its data")
            handle.seek(0)
            array = fmt.read_array(handle, allow_pickle=False)
    except WireError:
        raise
    except Exception as exc:  # zipfile, NumPy header parsing: any failure is a bad value
        raise WireError(f"unreadable array: {type(exc).__name__}") from None
    if not isinstance(array, np.ndarray) or type(array) is not np.ndarray:
        raise WireError("not a plain array")
    return array.astype(array.dtype.newbyteorder("="), copy=False)
