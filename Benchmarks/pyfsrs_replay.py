#!/usr/bin/env python3
"""Times py-fsrs replaying a Recall journal, the reference for recall-bench's replay figure.

Usage:  python3 Benchmarks/pyfsrs_replay.py JOURNAL [--runs N]

The journal is read and parsed first, untimed. Undos are resolved as Recall resolves them
(each cancels the latest review of its card not cancelled yet), then every remaining review
goes through py-fsrs's default Scheduler, card by card in journal order, as Recall's replay
does. Prints one JSON object: the py-fsrs version, the reviews replayed, each run's
milliseconds and their median. recall-bench runs this script itself; it needs
`pip install fsrs==6.3.2`.
"""
import argparse
import json
import statistics
import sys
import time
from datetime import datetime

try:
    import fsrs
    from importlib.metadata import version
except ImportError:
    print(json.dumps({"error": "py-fsrs is not installed; pip install fsrs==6.3.2"}))
    sys.exit(2)


def parse_time(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def read_reviews(path):
    """The journal's reviews that no undo cancels, as (card, rating, time)."""
    reviews = []
    latest = {}
    cancelled = set()
    with open(path, "rb") as journal:
        for line in journal:
            if not line.strip():
                continue
            entry = json.loads(line)
            card = entry["card"]
            if entry.get("type") == "undo":
                if latest.get(card):
                    cancelled.add(latest[card].pop())
                continue
            latest.setdefault(card, []).append(len(reviews))
            reviews.append((card, fsrs.Rating(entry["rating"]), parse_time(entry["time"])))
    return [review for index, review in enumerate(reviews) if index not in cancelled]


def replay(reviews):
    scheduler = fsrs.Scheduler()
    cards = {}
    for card, rating, when in reviews:
        state = cards.get(card)
        if state is None:
            # An explicit id: without one, Card() sleeps a millisecond to make its id unique.
            state = fsrs.Card(card_id=len(cards) + 1)
        cards[card], _ = scheduler.review_card(state, rating, when)
    return cards


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("journal", help="a Recall journal (reviews.jsonl)")
    parser.add_argument("--runs", type=int, default=5, help="timed replays; the median is reported (default 5)")
    arguments = parser.parse_args()
    reviews = read_reviews(arguments.journal)
    runs = []
    for _ in range(arguments.runs):
        start = time.perf_counter()
        replay(reviews)
        runs.append((time.perf_counter() - start) * 1000)
    print(json.dumps({
        "fsrs": version("fsrs"),
        "reviews": len(reviews),
        "runs_ms": [round(run, 1) for run in runs],
        "median_ms": round(statistics.median(runs), 1),
    }))


if __name__ == "__main__":
    main()
