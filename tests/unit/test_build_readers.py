"""`python -m clinical.build_readers`: the three learned readers built in one process, in order,
stopping at the first that fails."""
from clinical import build_readers, intent_reader, recall, topic_reader


def _stand_in_builders(monkeypatch, results: dict) -> list:
    built = []
    for reader in (recall, topic_reader, intent_reader):
        def build(argv, name=reader.__name__):
            built.append((name, argv))
            return results.get(name, 0)
        monkeypatch.setattr(reader, "main", build)
    return built


def test_build_builds_every_reader_in_order(monkeypatch):
    built = _stand_in_builders(monkeypatch, {})
    assert build_readers.main([]) == 0
    assert built == [("clinical.recall", ["build"]), ("clinical.topic_reader", ["build"]),
                     ("clinical.intent_reader", ["build"])]


def test_a_reader_that_fails_stops_the_build_and_fails_it(monkeypatch):
    built = _stand_in_builders(monkeypatch, {"clinical.topic_reader": 1})
    assert build_readers.main([]) == 1
    assert [name for name, _ in built] == ["clinical.recall", "clinical.topic_reader"]


def test_an_argument_is_refused_with_usage(monkeypatch, capsys):
    built = _stand_in_builders(monkeypatch, {})
    assert build_readers.main(["train"]) == 2
    assert built == [] and "usage" in capsys.readouterr().err
