#!/usr/bin/env bash
# LinUCB select and record of old and new jars in one JVM, alternating (issue #20; docs/performance.md,
# "Learners, third session"). Usage: bench/ridge-ab.sh OLD.jar NEW.jar [MORE.jar...]
# Prints, for the dense layout of the bare bench (d = 10) and the engine's layout (d = 27), select
# then record: per jar the median thread-CPU ns an operation and its speed against OLD.jar.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -ge 2 ] || { sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
javac -cp "$1" -d "$out/drivers" "$here/ridge-ab/DenseDriver.java" "$here/ridge-ab/EngineDriver.java"
javac -d "$out" "$here/ridge-ab/RidgeAb.java"
echo "== load average $(cut -d' ' -f1-3 /proc/loadavg)"
for driver in DenseDriver EngineDriver; do
  for mode in 0 1; do
    echo "-- $driver $([ $mode = 0 ] && echo select || echo record)"
    java -Ddrivers="$out/drivers" -cp "$out" RidgeAb 12 "$driver" "$mode" "$@"
  done
done
echo "== load average after $(cut -d' ' -f1-3 /proc/loadavg)"
