#!/usr/bin/env bash
# Runs every command once from the shaded jar (target/campaignsim.jar, built by `mvn package`):
# the jar is minimized, and a class that only reflection or a service file reaches would be
# missing from it without any unit test noticing. Output goes to files, as in a CI log, and
# must hold no ANSI escape code (progress bars and colours are for terminals only).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/campaignsim.jar
[ -f "$jar" ] || { echo "jar-smoke: $jar is missing; run mvn package first" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Small synthetic logs, so that the script needs no downloaded data.
awk 'BEGIN { srand(7); print "arm,conversion,segment,spend";
  for (i = 0; i < 4000; i++) { arm = (i % 2 ? "mail" : "none"); seg = (i % 3 ? "new" : "old");
    p = (arm == "mail" ? 0.08 : 0.05); c = (rand() < p ? 1 : 0);
    printf "%s,%d,%s,%.2f\n", arm, c, seg, c * (20 + 40 * rand()) } }' > "$tmp/experiment.csv"
bandit() { awk -v seed="$1" 'BEGIN { srand(seed); print "item_id,position,click,propensity_score";
  for (i = 0; i < 3000; i++) { item = int(rand() * 3); c = (rand() < 0.02 + 0.02 * item ? 1 : 0);
    printf "%d,%d,%d,0.3333333333333333\n", item, 1 + i % 3, c } }'; }
bandit 1 > "$tmp/random.csv"
bandit 2 > "$tmp/other.csv"

run() {
  local name="$1"; shift
  local code=0
  java -Xmx2g -Djava.awt.headless=true -jar "$jar" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err" || code=$?
  if [ "$code" -ne 0 ]; then
    echo "jar-smoke: FAILED ($code): campaignsim $*" >&2
    cat "$tmp/$name.err" >&2
    exit 1
  fi
  if grep -q $'\x1b' "$tmp/$name.out" "$tmp/$name.err"; then
    echo "jar-smoke: ANSI escape code in the redirected output of: campaignsim $*" >&2
    exit 1
  fi
  echo "ok  campaignsim $*"
}

q=scenarios/quickstart.yaml
run help --help
run version --version
run validate validate scenarios/quickstart.yaml scenarios/retail-winback.yaml scenarios/cross-sell.yaml scenarios/ci-check.yaml scenarios/predictions.yaml scenarios/send-weekday.yaml
run generate generate --scenario $q --size 2000 --with-truth --describe --out "$tmp/pop.csv"
run simulate simulate $q --size 2000 --days 10 --out "$tmp/sim" --events
run simulate-next-event simulate $q --size 2000 --days 10 --stepping next-event --out "$tmp/sim-ne"
run simulate-pop simulate $q --population "$tmp/pop.csv" --days 5 --out "$tmp/sim-pop"
run simulate-engine simulate $q --size 2000 --days 5 --engine local --out "$tmp/sim-engine"
run compare compare $q --size 2000 --days 10 --replications 2 --out "$tmp/cmp"
run sweep sweep $q --strategies control,business_as_usual --set policy.frequency_cap.per_week=1,3 --size 2000 --days 10 --replications 2 --out "$tmp/sweep"
run compare-next-event compare $q --strategies control,business_as_usual,ts,linucb --size 2000 --days 10 --replications 2 --stepping next-event --out "$tmp/cmp-ne"
run sweep-next-event sweep $q --strategies control,business_as_usual --set policy.frequency_cap.per_week=1,3 --size 2000 --days 10 --replications 2 --stepping next-event --out "$tmp/sweep-ne"
run report report "$tmp/cmp" --format html,md,png,svg
run compare-scores compare scenarios/predictions.yaml --strategies control,churn_30d,high_clv --size 2000 --days 31 --replications 1 --scores --out "$tmp/cmp-scores"
run check-update check scenarios/ci-check.yaml --baseline "$tmp/baselines" --update-baseline --replications 2
run check check scenarios/ci-check.yaml --baseline "$tmp/baselines" --replications 2 --junit "$tmp/junit.xml" --markdown "$tmp/check.md"
run check-update-next-event check scenarios/ci-check.yaml --baseline "$tmp/baselines-ne" --update-baseline --replications 2 --stepping next-event
run check-next-event check scenarios/ci-check.yaml --baseline "$tmp/baselines-ne" --stepping next-event
run analyze analyze "$tmp/experiment.csv" --treatment arm --control none --outcome conversion,spend --segment segment --out "$tmp/analyze"
run ope ope "$tmp/random.csv" --policy "empirical:$tmp/other.csv" --bootstrap 20 --out "$tmp/ope"
run calibrate calibrate "$tmp/experiment.csv" --treatment arm --control none --outcome conversion --segment segment --spend spend --out "$tmp/calibrated.yaml"
run calibrated validate "$tmp/calibrated.yaml"
run bench bench --size 2000 --days 3 --runs 1 --rounds 2000 --json "$tmp/bench.json"
run bench-next-event bench --size 2000 --days 3 --runs 1 --workloads rules --skip-scaling --skip-algorithms --stepping next-event
run schema schema
run completion completion
for f in cmp-ne/comparison.json sweep-ne/sweep.json baselines-ne/ci-check.json; do
  grep -q '"stepping" *: *"next-event"' "$tmp/$f" || { echo "jar-smoke: $f does not record --stepping next-event" >&2; exit 1; }
done
cmp -s "$tmp/schema.out" schema/scenario.schema.json || { echo "jar-smoke: campaignsim schema differs from schema/scenario.schema.json" >&2; exit 1; }
grep -q '_complete_campaignsim' "$tmp/completion.out" || { echo "jar-smoke: no completion function in the script" >&2; exit 1; }
for f in sim/index.html sim/events.csv.gz sim-ne/summary.json cmp-scores/scores.csv cmp-scores/decile_lift_high_clv.png cmp/comparison.json cmp/index.html sweep/sweep.csv sweep/sweep.json sweep/index.html sweep/response_line.png analyze/index.html ope/estimates.csv ope/ope.json bench.json junit.xml; do
  [ -s "$tmp/$f" ] || { echo "jar-smoke: $f was not written" >&2; exit 1; }
done
ls "$tmp"/cmp/*.svg > /dev/null || { echo "jar-smoke: no SVG chart" >&2; exit 1; }
echo "jar-smoke: every command ran from $jar ($(du -k "$jar" | cut -f1) KiB)"
