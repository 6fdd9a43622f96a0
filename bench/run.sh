#!/usr/bin/env bash
# Java vs NumPy on the same pure-algorithm workload, in one run on one machine:
# Bernoulli Thompson (K = 5) and LinUCB (d = 10, K = 5), batched daily updates.
# Usage: bench/run.sh [ROUNDS] [RUNS] [BATCH]     (defaults: 1000000 rounds, 3 runs, batch 1000)
# Fairness: both sides get the same rounds, batch and true parameters, break ties between arms
# without data at random, time the drawing of contexts and rewards, warm up once and report the
# median of RUNS; both compute on one thread (BLAS is pinned to one thread so that NumPy gets no
# hidden extra core; the JVM's JIT and GC threads are idle after the warm-up). Mean expected
# rewards are printed side by side: they must agree within noise, or the comparison is void.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rounds="${1:-1000000}"
runs="${2:-3}"
batch="${3:-1000}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //')"
echo "== Java: campaignsim bench --algorithms-only"
"$here/../bin/campaignsim" bench --algorithms-only --rounds "$rounds" --runs "$runs" --batch "$batch" -q \
  --json "$tmp/java.json"

echo
echo "== Python: bench/reference.py"
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \
  python3 "$here/reference.py" --rounds "$rounds" --runs "$runs" --batch "$batch" --json "$tmp/python.json"

if [ ! -f "$tmp/python.json" ]; then
  echo "(no Python figures: NumPy missing; Java figures above stand alone)"
  exit 0
fi

echo
echo "== Java / NumPy (decisions per second, mean expected reward)"
python3 - "$tmp/java.json" "$tmp/python.json" <<'PY'
import json, sys
java = {a["name"].split()[0]: a for a in json.load(open(sys.argv[1]))["algorithms"]}
py = json.load(open(sys.argv[2]))
print(f"{'algorithm':10s} {'java/s':>14s} {'numpy batch/s':>14s} {'ratio':>7s} {'numpy loop/s':>13s} {'ratio':>7s}"
      f" {'java reward':>12s} {'numpy reward':>13s}")
for name in ("thompson", "linucb"):
    j = java[name]["decisions_per_second"]["median"]
    b = py[name + "_batched"]["decisions_per_second"]
    l = py[name + "_loop"]["decisions_per_second"]
    print(f"{name:10s} {j:14,.0f} {b:14,.0f} {j / b:6.1f}x {l:13,.0f} {j / l:6.0f}x"
          f" {java[name]['meanReward']:12.5f} {py[name + '_batched']['mean_reward']:13.5f}")
PY
