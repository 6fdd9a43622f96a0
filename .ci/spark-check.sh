#!/usr/bin/env bash
# The Spark engine (docs/distributed.md): its tests in local[2] mode, then a small compare run on
# Spark and on the local engine, whose outputs must be byte-identical (run.json and index.html
# differ only in the wall time they state).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -Pspark verify -Dtest='io.campaignsim.spark.**' -Dsurefire.failIfNoSpecifiedTests=false
out=target/spark/ci-compare
rm -rf "$out"
args=(compare scenarios/quickstart.yaml --size 2000 --days 15 --replications 3 -q)
bin/campaignsim-spark "${args[@]}" --engine spark --master 'local[2]' --out "$out/spark" > "$out.spark.txt"
java -jar target/campaignsim.jar "${args[@]}" --out "$out/local" > "$out.local.txt"
diff <(grep -v '^wrote ' "$out.local.txt") <(grep -v '^wrote ' "$out.spark.txt")
n=0
for f in "$out"/local/*; do
  name=$(basename "$f")
  case "$name" in run.json|index.html) continue ;; esac
  cmp "$f" "$out/spark/$name"
  n=$((n + 1))
done
echo "spark-check: compare on Spark local[2] is byte-identical to the local engine ($n files)"
sw=target/spark/ci-sweep
rm -rf "$sw"
sargs=(sweep scenarios/quickstart.yaml --strategies control,business_as_usual --set policy.frequency_cap.per_week=1,3
  --size 2000 --days 10 --replications 3 -q)
bin/campaignsim-spark "${sargs[@]}" --engine spark --master 'local[2]' --out "$sw/spark" > /dev/null
java -jar target/campaignsim.jar "${sargs[@]}" --out "$sw/local" > /dev/null
n=0
for f in "$sw"/local/*; do
  name=$(basename "$f")
  case "$name" in run.json|index.html) continue ;; esac
  cmp "$f" "$sw/spark/$name"
  n=$((n + 1))
done
echo "spark-check: sweep on Spark local[2] is byte-identical to the local engine ($n files)"
