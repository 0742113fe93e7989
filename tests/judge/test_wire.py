"""The codec between the sandbox and the judge: plain data in, plain data out, never pickle,
and every size checked before it is trusted."""

from __future__ import annotations

import io
import struct
import zipfile

import numpy as np
import pytest

from mldojo.judge.harness.wire import (
    BadOutput,
    WireError,
    decode_value,
    encode_value,
    pack_frame,
    unpack_frame,
)

CAP = 1 << 20


def roundtrip(value: object) -> object:
    return decode_value(encode_value(value), CAP)


def test_plain_values_round_trip() -> None:
    value = {
        "a": np.arange(6, dtype=np.int32).reshape(2, 3),
        "t": (1, 2.5, None, "s", True),
        "l": [1, 2.0, -3],
        "n": {"inner": [np.float64(1.5), np.bool_(False)]},
        (1, 2): "tuple key",
    }
    back = roundtrip(value)
    assert isinstance(back, dict)
    np.testing.assert_array_equal(back["a"], value["a"])
    assert back["a"].dtype == np.int32
    assert back["t"] == (1, 2.5, None, "s", True)
    assert back["l"] == [1, 2.0, -3]
    assert back["n"] == {"inner": [1.5, False]}
    assert back[(1, 2)] == "tuple key"


def test_subclasses_lose_their_methods() -> None:
    class Liar(int):
        def __eq__(self, other: object) -> bool:
            return True

        __hash__ = int.__hash__

    class Sneaky(np.ndarray):
        pass

    back = roundtrip([Liar(3), [Liar(4)], np.arange(3).view(Sneaky)])
    assert isinstance(back, list)
    assert type(back[0]) is int and back[0] == 3 and back[0] != 4
    assert type(back[1][0]) is int
    assert type(back[2]) is np.ndarray


def test_long_lists_keep_their_values() -> None:
    values = list(range(100_000)) + [0.5, None, "x", True]
    assert roundtrip(values) == values


@pytest.mark.parametrize(
    "value",
    [
        np.array([object()]),
        np.zeros(2, dtype=complex),
        np.zeros(2, dtype=np.longdouble),
        np.zeros(2, dtype=[("a", "i4")]),
        np.array(["text"]),
        object(),
        {1: {2: set()}},
    ],
    ids=["object", "complex", "longdouble", "structured", "unicode", "object-instance", "set"],
)
def test_values_that_are_not_plain_data_are_refused(value: object) -> None:
    with pytest.raises(BadOutput):
        encode_value(value)


def _npz(arrays: dict[str, np.ndarray], compress: bool = False, pickle_ok: bool = False) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, array in arrays.items():
            member = io.BytesIO()
            np.lib.format.write_array(member, array, allow_pickle=pickle_ok)
            archive.writestr(name + ".npy", member.getvalue())
    return buffer.getvalue()


def test_pickled_object_arrays_are_never_loaded() -> None:
    payload = _npz({"a0": np.array([{"x": 1}], dtype=object)}, pickle_ok=True)
    with pytest.raises(WireError, match="not allowed"):
        decode_value(pack_frame({"value": {"__ndarray__": 0}}, payload), CAP)


def test_compressed_members_and_odd_names_are_refused() -> None:
    compressed = _npz({"a0": np.zeros(10)}, compress=True)
    with pytest.raises(WireError):
        decode_value(pack_frame({"value": {"__ndarray__": 0}}, compressed), CAP)
    odd = _npz({"../evil": np.zeros(2)})
    with pytest.raises(WireError):
        decode_value(pack_frame({"value": {"__ndarray__": 0}}, odd), CAP)


def test_header_claiming_more_data_than_present_is_refused() -> None:
    payload = bytearray(_npz({"a0": np.zeros(4)}))
    index = payload.find(b"(4,)")
    payload[index : index + 4] = b"(9,)"
    with pytest.raises(WireError):
        decode_value(pack_frame({"value": {"__ndarray__": 0}}, bytes(payload)), CAP)


def test_frames_with_wrong_lengths_or_too_large_are_refused() -> None:
    frame = encode_value([1, 2, 3])
    with pytest.raises(WireError):
        decode_value(frame + b"x", CAP)
    with pytest.raises(WireError):
        decode_value(frame[:-1], CAP)
    with pytest.raises(WireError, match="too large"):
        decode_value(frame, len(frame) - 1)
    forged = struct.pack("!II", 5, 0) + b"[1,2]"
    with pytest.raises(WireError):
        unpack_frame(forged)
    unused = pack_frame({"value": 1}, _npz({"a0": np.zeros(1)}))
    with pytest.raises(WireError, match="unreferenced"):
        decode_value(unused, CAP)
    deep = ("[" * 100 + "]" * 100).encode()
    header = b'{"value":' + deep + b"}"
    with pytest.raises(WireError, match="deeply"):
        decode_value(struct.pack("!II", len(header), 0) + header, CAP)
