#!/usr/bin/env bash
# Writes Tests/SchedulerTests/Fixtures/fsrs-optimizer.json from the reference optimizer,
# fsrs-rs-python 0.9.3 (fsrs-rs 6.6.2), on items built from the benchmark's simulated
# learner in ../shared/tools/fsrs_synth_reviews.json:
#   - "outliers": a set of items and the ones fsrs-rs's outlier filter keeps;
#   - "pretrain": item sets whose every item is a card's first long-term review, so that
#     compute_parameters returns the pre-trained w0-w3 (some sets lack ratings, to exercise
#     the filling in);
#   - "epoch": 512 items that all pass the filter, trained one epoch: one batch, so the
#     shuffle order plays no part.
#
# Run once, by hand, when the reference changes; commit the result. CI never runs this.
#
#   bash Tests/SchedulerTests/make-optimizer-fixtures.sh [path/to/shared/tools]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tools="${1:-$here/../../../shared/tools}"
venv="${RECALL_FSRS_VENV:-${TMPDIR:-/tmp}/recall-fsrs-venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$tools/requirements-fsrs.txt"
fi
"$venv/bin/python" - "$tools/fsrs_synth_reviews.json" "$here/Fixtures/fsrs-optimizer.json" <<'PY'
import json, re, sys
import fsrs_rs_python as rs

source, output = sys.argv[1:]
cards = json.load(open(source))["cards"]

def items_of(cards):
    dated = []
    for card in cards:
        history, reviews = [], card["reviews"]
        for k, (day, sec, rating) in enumerate(reviews):
            delta = 0 if k == 0 else day - reviews[k - 1][0]
            history.append([rating, delta])
            if k >= 1 and delta > 0:
                dated.append((sec, card["id"], [list(r) for r in history]))
    dated.sort(key=lambda d: (d[0], d[1]))
    return [d[2] for d in dated]

def rs_items(items):
    return [rs.FSRSItem([rs.FSRSReview(g, t) for g, t in item]) for item in items]

def long_term(item):
    return sum(1 for _, t in item if t > 0)

def key(item):
    return json.dumps(item)

def filtered(items):
    first = [i for i in items if long_term(i) == 1]
    rest = [i for i in items if long_term(i) != 1]
    kept_first, kept_rest = rs.filter_outlier(rs_items(first), rs_items(rest))
    # The binding's reviews expose no fields; their repr names them.
    pairs = lambda item: [[int(g), int(t)] for g, t in re.findall(r"rating: (\d+), delta_t: (\d+)", repr(item))]
    kept = {key(pairs(i)) for i in kept_first + kept_rest}
    return [i for i in items if key(i) in kept]

fixture = {"reference": {"fsrs-rs-python": "0.9.3", "fsrs-rs": "6.6.2"}, "defaults": rs.DEFAULT_PARAMETERS}

outlier_items = items_of(cards[:150])
fixture["outliers"] = {"items": outlier_items, "kept": filtered(outlier_items)}

fsrs = rs.FSRS(rs.DEFAULT_PARAMETERS)
firsts = [i for i in items_of(cards[:500]) if long_term(i) == 1]
pretrain = []
for ratings in ([1, 2, 3, 4], [3, 4], [2], [1, 3], [1, 2, 4]):
    items = [i for i in firsts if i[0][0] in ratings]
    weights = fsrs.compute_parameters(rs_items(items))
    pretrain.append({"ratings": ratings, "items": items, "parameters": weights})
fixture["pretrain"] = pretrain

# 512 items that all survive the filter. The filter always removes a rating's smallest
# groups of first long-term reviews until 20 items are gone, unless the smallest group alone
# holds 20: so take 128 first long-term reviews from four common (rating, days) groups, 32
# each, and 384 later reviews, in time order.
everything = items_of(cards)
from collections import Counter
groups = Counter((i[0][0], next(t for _, t in i if t > 0)) for i in firsts)
chosen = [g for g, _ in groups.most_common(4)]
taken, epoch_items, later = Counter(), [], 0
for item in everything:
    if long_term(item) == 1:
        group = (item[0][0], next(t for _, t in item if t > 0))
        if group in chosen and taken[group] < 32:
            taken[group] += 1
            epoch_items.append(item)
    elif later < 384:
        later += 1
        epoch_items.append(item)
assert len(epoch_items) == 512 and filtered(epoch_items) == epoch_items, "the items do not all pass the filter"
config = rs.TrainingConfig(num_epochs=1)
weights = fsrs.compute_parameters(rs_items(epoch_items), training_config=config)
fixture["epoch"] = {"items": epoch_items, "parameters": weights}

with open(output, "w") as out:
    json.dump(fixture, out, separators=(",", ":"))
    out.write("\n")
print(f"wrote {output}: {len(outlier_items)} items for the filter, {len(pretrain)} pretrain sets, "
      f"{len(epoch_items)} items for one epoch")
PY
