#!/usr/bin/env bash
# Old jar against new jar on the same bench workload, alternating, and the ratios (issue #20).
#
# Usage: bench/compare.sh OLD.jar [NEW.jar] [ROUNDS] [-- BENCH ARGS...]
#   OLD.jar    the reference build (e.g. built from main: see docs/performance.md, "Before and after")
#   NEW.jar    default: target/campaignsim.jar of this checkout
#   ROUNDS     default 3: each round runs both jars once, the order swapped every round (ABBA)
#   BENCH ARGS default: --size 200000 --days 30 --workloads rules,thompson,linucb --skip-scaling
#              (add --skip-algorithms to leave out the bare algorithms, --threads 1 for one thread)
#
# OLD_ARGS / NEW_ARGS (environment, optional): extra bench arguments for one side only, to compare
# two settings on the same jar, e.g. OLD_ARGS="--scenario fixed.yaml" NEW_ARGS="--scenario learned.yaml"
# with the same jar twice (docs/personalisation.md, "Speed").
#
# Every bench invocation is a fresh JVM with its own warm-up and --runs 1, so old and new see the
# same machine state in turn; a noisy neighbour hits both. Printed per workload: the median of the
# old and of the new runs, the ratio of the medians (new / old: > 1 is faster), the range of the
# per-round ratios, and the cores each side got (CPU s / wall s; below the thread count means the
# machine was loaded). On a loaded machine wall time mostly measures the wait for a core, so the
# "per CPU s" rows divide the same work by CPU seconds instead: engine workloads by the process
# CPU time bench reports, the bare algorithms by the thread CPU time bench/AlgorithmCpu.java
# measures (run unless --skip-algorithms is given): the median of 5 runs in one JVM after its
# warm-up, because a single run so soon after the warm-up measures how far the JIT has got, which
# differs from jar to jar (Thompson's first run of a million decisions: 3.4-8.1 M a CPU second with
# v0.1, 2.6-3.4 M with session 11's jar, against 7-8 M for both from the second run on). For
# bare-algorithm changes, bench/AlgorithmAB.java (both jars in one JVM) is steadier still; the
# script ends with its ratios for linucb and thompson (8 rounds per ROUND) unless --skip-algorithms.
# Needs java and python3 (JSON parsing only).
# COMPARE_ROUNDS=1 also prints every round's new/old ratio (adjacent runs, so each shares the
# machine's state of the moment) and their median, to pool several runs of the same comparison.
# JVM options: COMPARE_JAVA_OPTS for both sides (default -Xmx4g), COMPARE_OLD_OPTS / COMPARE_NEW_OPTS added
# to one side, e.g. one jar with and without skipping quiet customers:
#   COMPARE_OLD_OPTS=-Dcampaignsim.skipQuiet=false bench/compare.sh target/campaignsim.jar target/campaignsim.jar 3 -- ...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -lt 1 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
old="$1"; shift
new="$here/../target/campaignsim.jar"
rounds=3
if [ $# -gt 0 ] && [ "$1" != "--" ]; then new="$1"; shift; fi
if [ $# -gt 0 ] && [ "$1" != "--" ]; then rounds="$1"; shift; fi
if [ $# -gt 0 ] && [ "$1" = "--" ]; then shift; fi
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=(--size 200000 --days 30 --workloads rules,thompson,linucb --skip-scaling)
fi
for jar in "$old" "$new"; do
  if [ ! -f "$jar" ]; then
    echo "bench/compare.sh: no such jar: $jar (build it with mvn -DskipTests package)" >&2
    exit 2
  fi
done
if ! [[ "$rounds" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/compare.sh: ROUNDS must be a positive integer, but was '$rounds'" >&2
  exit 2
fi
algorithms=yes
algo_rounds=1000000
algo_batch=1000
algo_runs=5
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --skip-algorithms) algorithms=no ;;
    --rounds) algo_rounds="${args[$((i + 1))]}" ;;
    --batch) algo_batch="${args[$((i + 1))]}" ;;
  esac
done
java_opts=(${COMPARE_JAVA_OPTS:--Xmx4g})
old_opts=(${COMPARE_OLD_OPTS:-})
new_opts=(${COMPARE_NEW_OPTS:-})
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== old: $old ${old_opts[*]}"
echo "== new: $new ${new_opts[*]}"
echo "== bench ${args[*]} --runs 1, $rounds round(s), order alternating${OLD_ARGS:+; old adds $OLD_ARGS}${NEW_ARGS:+; new adds $NEW_ARGS}"
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) -eq 1 ]; then order="old new"; else order="new old"; fi
  for side in $order; do
    jar="$old"; extra=(${OLD_ARGS:-}); side_opts=("${old_opts[@]}")
    if [ "$side" = new ]; then jar="$new"; extra=(${NEW_ARGS:-}); side_opts=("${new_opts[@]}"); fi
    echo "-- round $r: $side" >&2
    java "${java_opts[@]}" "${side_opts[@]}" -jar "$jar" bench "${args[@]}" "${extra[@]}" --runs 1 -q --json "$tmp/$side-$r.json" > /dev/null
    if [ "$algorithms" = yes ]; then
      java "${java_opts[@]}" -cp "$jar" "$here/AlgorithmCpu.java" "$algo_rounds" "$algo_batch" "$algo_runs" > "$tmp/$side-$r.cpu"
    fi
  done
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$tmp" "$rounds" <<'PY'
import json, os, statistics, sys
tmp, rounds = sys.argv[1], int(sys.argv[2])

def figures(side, r):
    """name -> (rate, cores) for every engine workload and bare algorithm of one round of one side."""
    j = json.load(open(os.path.join(tmp, f"{side}-{r}.json")))
    out = {}
    for w in j.get("workloads") or []:
        secs = w["seconds"]["median"]
        # v0.1's bench (7f21534) wrote camelCase keys; later ones snake_case
        cpu = (w.get("cpu_seconds") or w.get("cpuSeconds") or {}).get("median", 0)
        rate = (w.get("customer_days_per_second") or w.get("customerDaysPerSecond"))["median"]
        out[w["name"]] = (rate, cpu / secs if secs and cpu else float("nan"))
        if cpu > 0:
            out[w["name"] + " per CPU s"] = (rate * secs / cpu, float("nan"))
    for a in j.get("algorithms") or []:
        out[a["name"]] = ((a.get("decisions_per_second") or a.get("decisionsPerSecond"))["median"], float("nan"))
    cpu_file = os.path.join(tmp, f"{side}-{r}.cpu")
    if os.path.exists(cpu_file):
        for line in open(cpu_file):
            name, rate, _ = line.split()
            label = {"thompson_cpu": "thompson (K=5)", "linucb_cpu": "linucb (d=10, K=5)"}.get(name, name)
            out[label + " per CPU s"] = (float(rate), float("nan"))
    return out

old = [figures("old", r) for r in range(1, rounds + 1)]
new = [figures("new", r) for r in range(1, rounds + 1)]
names = [n for n in old[0] if all(n in o for o in old) and all(n in x for x in new)]
print(f"{'workload':30s} {'old /s':>13s} {'new /s':>13s} {'new/old':>8s} {'per-round ratios':>18s}"
      f" {'cores old':>10s} {'cores new':>10s}")
for n in names:
    o = [x[n][0] for x in old]
    w = [x[n][0] for x in new]
    ratios = [b / a for a, b in zip(o, w)]
    co = statistics.median(x[n][1] for x in old)
    cn = statistics.median(x[n][1] for x in new)
    cores = (f"{co:10.2f} {cn:10.2f}" if co == co else f"{'-':>10s} {'-':>10s}")
    print(f"{n:30s} {statistics.median(o):13,.0f} {statistics.median(w):13,.0f}"
          f" {statistics.median(w) / statistics.median(o):7.2f}x {min(ratios):8.2f}-{max(ratios):.2f}x {cores}")
    if os.environ.get("COMPARE_ROUNDS"):
        print(f"{'':30s} rounds: " + " ".join(f"{x:.3f}" for x in ratios)
              + f"; median of per-round ratios {statistics.median(ratios):.3f}")
missing = sorted(set().union(*old, *new) - set(names))
if missing:
    print("(only in one of the jars, not compared: " + ", ".join(missing) + ")")
PY
if [ "$algorithms" = yes ]; then
  # Both jars in one JVM, alternating (bench/AlgorithmAB.java): the steadiest bare-algorithm ratio
  # on a shared machine, where separate JVMs swing by 20-40 % from process to process.
  ab_rounds=$((rounds * 8))
  echo "== bare algorithms paired in one JVM (bench/AlgorithmAB.java, $ab_rounds rounds of $algo_rounds decisions; JVM options and OLD/NEW_ARGS do not apply):"
  for algorithm in linucb thompson; do
    echo "$algorithm: $(java "$here/AlgorithmAB.java" "$algorithm" "$ab_rounds" "$algo_rounds" "$old" "$new" | tail -n 1)"
  done
fi
