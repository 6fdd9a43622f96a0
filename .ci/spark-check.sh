#!/usr/bin/env bash
# The Spark engine (docs/distributed.md): its tests in local[2] mode, then a small compare, a small
# sweep (one Spark job) and a simulate in population shards (one Spark task per 65,536 customers) run
# on Spark and on the local engine, whose outputs must be byte-identical (run.json and index.html
# differ only in the wall time they state).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -Pspark verify -Dtest='io.campaignsim.spark.**' -Dsurefire.failIfNoSpecifiedTests=false

# same_on_both DIR COMMAND ARGS…: runs the command on both engines into DIR/spark and DIR/local,
# keeps each terminal output in DIR.<engine>.txt and cmp's every output file.
same_on_both() {
  local dir=$1 what=$2
  shift
  rm -rf "$dir"
  bin/campaignsim-spark "$@" --engine spark --master 'local[2]' --out "$dir/spark" > "$dir.spark.txt"
  java -jar target/campaignsim.jar "$@" --out "$dir/local" > "$dir.local.txt"
  local n=0 f name
  for f in "$dir"/local/*; do
    name=$(basename "$f")
    case "$name" in run.json|index.html) continue ;; esac
    cmp "$f" "$dir/spark/$name"
    n=$((n + 1))
  done
  echo "spark-check: $what on Spark local[2] is byte-identical to the local engine ($n files)"
}

same_on_both target/spark/ci-compare compare scenarios/quickstart.yaml --size 2000 --days 15 --replications 3 -q
# the terminal table too (its last line states the wall time)
diff <(grep -v '^wrote ' target/spark/ci-compare.local.txt) <(grep -v '^wrote ' target/spark/ci-compare.spark.txt)
# the next-event engine too: the stepping travels in each replication task
same_on_both target/spark/ci-compare-next-event compare scenarios/quickstart.yaml \
  --strategies control,business_as_usual,ts,linucb --size 2000 --days 15 --replications 3 --stepping next-event -q
same_on_both target/spark/ci-sweep sweep scenarios/quickstart.yaml --strategies control,business_as_usual \
  --set policy.frequency_cap.per_week=1,3 --size 2000 --days 10 --replications 3 -q
# three customer ranges (two full population shards and a partial one), each generated where it runs
same_on_both target/spark/ci-simulate simulate scenarios/retail-winback.yaml --size 140000 --days 5 -q
