"""The NumPy sentence encoder (components/minilm.py) and its Rasa featurizer."""
from __future__ import annotations

import numpy as np
import pytest
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from components import minilm
from components.sentence_embeddings import SentenceEmbeddingFeaturizer


@pytest.fixture(scope="module")
def encoder() -> minilm.SentenceEncoder:
    return minilm.shared_encoder()


def test_wordpiece_gives_berts_own_ids(encoder):
    # ids from BERT's uncased vocabulary: [CLS] hello , world ! i ' ve done my back [SEP]
    assert encoder.tokenizer.ids("Hello, world! I've done my back") == [
        101, 7592, 1010, 2088, 999, 1045, 1005, 2310, 2589, 2026, 2067, 102]


def test_unknown_words_split_into_pieces_and_accents_are_stripped(encoder):
    words = encoder.tokenizer.words("Naïve CAFÉ-goers")
    assert words == ["naive", "cafe", "-", "goers"]
    pieces = encoder.tokenizer.ids("ibuprofin")
    assert len(pieces) > 3 and encoder.tokenizer.unknown not in pieces  # pieces, not one unknown word


def test_embeddings_are_unit_length_and_put_paraphrases_together(encoder):
    back = encoder.encode("my back is killing me")
    same = encoder.encode("I've done my back in and it really hurts")
    other = encoder.encode("what will the weather be like in Paris tomorrow?")
    assert back.shape == (minilm.DIMENSIONS,) and back.dtype == np.float32
    assert np.linalg.norm(back) == pytest.approx(1.0, abs=1e-5)
    assert float(back @ same) > float(back @ other) + 0.3


@pytest.mark.parametrize("text", ["", "   ", "😀😀😀", "\x00\x01\ufffd", "x" * 100_000, "word " * 5_000,
                                  "<script>alert(1)</script>", "¿Dónde está el hospital?"])
def test_any_text_gives_a_finite_vector(encoder, text):
    vector = encoder.encode(text)
    assert vector.shape == (minilm.DIMENSIONS,) and np.isfinite(vector).all()


def test_encoding_many_together_gives_each_texts_own_vector(encoder):
    # same lengths batched together, other lengths apart, a batch split in two, and edge cases
    texts = ["my back hurts", "my leg hurts", "no", "yes", "", "😀", "word " * 500,
             "I've done my back in lifting a box", "sore back", "sore neck", "sore hip"]
    together = encoder.encode_many(texts, batch_size=2)
    assert together.shape == (len(texts), minilm.DIMENSIONS) and together.dtype == np.float32
    for text, vector in zip(texts, together, strict=True):
        np.testing.assert_allclose(vector, encoder.encode(text), rtol=0, atol=1e-6)


def test_long_text_is_cut_at_the_token_limit(encoder):
    assert len(encoder.tokenizer.ids("back " * 1_000)) == 128


def test_a_different_weights_file_is_refused(tmp_path):
    directory = minilm.model_dir()
    vocab = (directory / "vocab.txt").read_text(encoding="utf-8")
    (tmp_path / "vocab.txt").write_text(vocab, encoding="utf-8")
    damaged = bytearray((directory / "model.safetensors").read_bytes())
    damaged[-1] ^= 0xFF
    (tmp_path / "model.safetensors").write_bytes(bytes(damaged))
    with pytest.raises(minilm.ModelMissing, match="checksum"):
        minilm.SentenceEncoder(tmp_path)


def test_featurizer_adds_scaled_sentence_features_and_skips_button_payloads():
    config = {**SentenceEmbeddingFeaturizer.get_default_config(), "scale": 10}
    featurizer = SentenceEmbeddingFeaturizer(config, "embeddings")
    typed, button = Message(data={TEXT: "my back hurts"}), Message(data={TEXT: "/affirm"})
    featurizer.process([typed, button])
    _, sentence = typed.get_dense_features(TEXT)
    assert sentence.features.shape == (1, minilm.DIMENSIONS)
    assert np.linalg.norm(sentence.features) == pytest.approx(10.0, rel=1e-4)
    assert not button.get_dense_features(TEXT)[1].features.any()


def test_featurizer_gives_training_examples_the_features_a_message_gets():
    from rasa.shared.nlu.training_data.training_data import TrainingData
    config = {**SentenceEmbeddingFeaturizer.get_default_config(), "scale": 10}
    featurizer = SentenceEmbeddingFeaturizer(config, "embeddings")
    texts = ["my back hurts", "it started yesterday", "sore back", "/affirm"]
    training = TrainingData(training_examples=[Message(data={TEXT: text, "intent": "inform"})
                                               for text in texts])
    featurizer.process_training_data(training)
    assert len(training.training_examples) == len(texts)
    for example in training.training_examples:
        alone = Message(data={TEXT: example.get(TEXT)})
        featurizer.process([alone])
        np.testing.assert_allclose(example.get_dense_features(TEXT)[1].features,
                                   alone.get_dense_features(TEXT)[1].features, rtol=0, atol=1e-5)


def test_featurizer_rejects_a_scale_that_would_switch_it_off():
    with pytest.raises(ValueError, match="scale"):
        SentenceEmbeddingFeaturizer.validate_config({"scale": 0})


def test_a_repeated_message_is_encoded_once_and_its_cached_vector_cannot_be_changed():
    from components import sentence_embeddings
    first = sentence_embeddings._embedding("not sure")
    assert sentence_embeddings._embedding("not sure") is first
    with pytest.raises(ValueError):
        first[0] = 1.0
