#!/usr/bin/env bash
# Regenerates the FSRS golden vectors in Tests/SchedulerTests/Fixtures from the reference
# implementation, py-fsrs 6.3.2, through the team's harness in ../shared/tools.
#
# Run once, by hand, when the reference or the case mix changes; commit the result.
# CI never runs this: the Swift tests read the committed JSON and need no Python.
#
#   bash Tests/SchedulerTests/make-fixtures.sh [path/to/shared/tools]
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
py="$venv/bin/python"

# 1,000 random cases plus the harness's fixed edge cases, fuzz off (exact due times)...
"$py" "$tools/make_fsrs_cases.py" -n 1000 --seed 2026 --edge -o "$work/cases.json"
# ...and 300 more with fuzz on, whose due times are checked against the fuzz range.
"$py" "$tools/make_fsrs_cases.py" -n 300 --seed 4052 -o "$work/fuzz-cases.json"
"$py" - "$work/fuzz-cases.json" <<'PY'
import json, sys
path = sys.argv[1]
data = json.load(open(path))
for index, case in enumerate(data["cases"]):
    case["id"] = "fuzz-" + str(case.get("id", index))
    case.setdefault("settings", {}).update({"enable_fuzzing": True, "fuzz_seed": index + 1})
json.dump(data, open(path, "w"))
PY

for name in cases fuzz-cases; do
  "$py" "$tools/fsrs_reference.py" "$work/$name.json" -o "$work/$name-expected.json" --indent 0
done

# Keep only what the Swift tests compare, one case per line, to keep the fixture small.
"$py" - "$work/cases-expected.json" "$work/fuzz-cases-expected.json" "$here/Fixtures/fsrs-reference.json" <<'PY'
import json, sys
*inputs, output = sys.argv[1:]
keep = ["rating", "time", "elapsed_days", "update", "state", "step", "stability", "difficulty", "due",
        "interval_days", "fuzz_bounds", "retrievability_at_next_review"]
results, harness = [], None
for path in inputs:
    data = json.load(open(path))
    harness = data["harness"]
    assert harness["errors"] == 0, path
    for result in data["results"]:
        results.append({"id": result["id"], "settings": result["settings"],
                        "reviews": [{k: r[k] for k in keep if k in r} for r in result["reviews"]]})
with open(output, "w") as out:
    out.write('{"reference": %s,\n "results": [\n' % json.dumps({"fsrs": harness["fsrs"], "tool": harness["tool"]}))
    out.write(",\n".join(json.dumps(r, separators=(",", ":")) for r in results))
    out.write("\n]}\n")
print(f"wrote {len(results)} cases, {sum(len(r['reviews']) for r in results)} reviews to {output}")
PY
