"""Which way of recognising a question's topic works best on tests/data/topic_questions.yml?

  keywords   clinical.knowledge.match_topics: the topic keywords of data/knowledge/topics.yml
  tfidf      clinical.questions.closest_topic: nearest neighbour over the content itself (item texts,
             topic titles and keywords), TF-IDF on word and character n-grams, with a threshold
  reader     clinical.topic_reader: learned from the blind corpus's questions, when at least 0.3 sure
  combined   clinical.questions.question_topics: the reader when sure (unless a medicine is named), then
             keywords, then retrieval (used)

Prints top-1 accuracy on answerable questions and how many unanswerable ones were (rightly) refused.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clinical.knowledge import match_topics, read_content  # noqa: E402
from clinical.questions import LEARNED_TOPIC_THRESHOLD, closest_topic, question_topics  # noqa: E402
from clinical.topic_reader import reader  # noqa: E402


def main() -> int:
    content = read_content()
    data = yaml.safe_load((ROOT / "tests" / "data" / "topic_questions.yml").read_text())
    topics = [(t["id"], [str(k) for k in t["keywords"]]) for t in content.topics]

    def tfidf(question: str) -> str | None:
        return closest_topic(question)

    def learned(question: str) -> str | None:
        best = reader().best(question)
        return best[0] if best and best[1] >= LEARNED_TOPIC_THRESHOLD else None

    def combined(question: str) -> str | None:  # what the knowledge action uses
        found = question_topics(question, topics)
        return found[0] if found else None

    def keywords(question: str) -> str | None:
        found = match_topics(question, topics)
        return found[0] if found else None

    questions = data["questions"]
    print(f"{len(questions)} answerable questions over {len(topics)} topics, "
          f"{len(data['unanswerable'])} unanswerable")
    ways = (("keywords", keywords), ("tfidf", tfidf), ("reader", learned), ("combined", combined))
    for name, recognise in ways:
        correct = sum(recognise(c["q"]) == c["topic"] for c in questions)
        refused = sum(recognise(q) is None for q in data["unanswerable"])
        print(f"  {name:8}  top-1 accuracy {correct}/{len(questions)} ({100 * correct / len(questions):.0f}%)"
              f"   unanswerable refused {refused}/{len(data['unanswerable'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
