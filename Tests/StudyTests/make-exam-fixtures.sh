#!/usr/bin/env bash
# Regenerates Tests/StudyTests/Fixtures/exam-planner.json: the exam planner of exam_sim.py
# (policy h, the team's reference in ../shared/tools) on small decks with no per-card
# variation, seed by seed, so that Recall's planner and forecast can be checked against it.
#
# Run once, by hand, when the reference changes; commit the result. CI never runs this.
#
#   bash Tests/StudyTests/make-exam-fixtures.sh [path/to/shared/tools]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tools="${1:-$here/../../../shared/tools}"
venv="${RECALL_FSRS_VENV:-${TMPDIR:-/tmp}/recall-fsrs-venv}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$tools/requirements-fsrs.txt"
fi

cat > "$work/config.json" <<'JSON'
{"seeds": [1, 2, 3, 4, 5], "policies": ["exam_planner"],
 "scenarios": [
  {"name": "N60-D20-5min", "deck_size": 60, "exam_day": 20, "budget": {"minutes": 5}, "difficulty_sd": 0},
  {"name": "N120-D30-3min", "deck_size": 120, "exam_day": 30, "budget": {"minutes": 3}, "difficulty_sd": 0},
  {"name": "N80-D25-15items", "deck_size": 80, "exam_day": 25, "budget": {"items": 15}, "difficulty_sd": 0},
  {"name": "N50-D40-8min-costly", "deck_size": 50, "exam_day": 40, "budget": {"minutes": 8},
   "costs": {"new": 45, "pass": 10, "fail": 40}, "difficulty_sd": 0}
 ]}
JSON
"$venv/bin/python" "$tools/exam_sim.py" --config "$work/config.json" --out "$work/out.json" > /dev/null
"$venv/bin/python" - "$work/out.json" "$here/Fixtures/exam-planner.json" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
scenarios = {s["name"]: s for s in out["scenarios"]}
cases = []
for result in out["results"]:
    if not result["policy"].startswith("exam_planner"):
        continue
    s = scenarios[result["scenario"]]
    kind, amount = next(iter(s["budget"].items()))
    for run in result["per_seed"]:
        cases.append({"scenario": s["name"], "deck_size": s["deck_size"], "exam_day": s["exam_day"],
                      "budget_kind": kind, "budget": amount, "costs": s["costs"], "seed": run["seed"],
                      "mean_r": run["mean_r"], "frac_ge_90": run["frac_ge_90"], "learned": run["learned"],
                      "reviews": run["reviews"]})
json.dump({"source": "exam_sim.py exam_planner, difficulty_sd 0", "fsrs": out.get("fsrs"), "cases": cases},
          open(sys.argv[2], "w"), indent=1)
print(f"wrote {len(cases)} cases to {sys.argv[2]}")
PY
