#!/usr/bin/env bash
# "Cost grows with events" (issue #20, docs/performance.md): the bench workload (the bundled bench.yaml:
# six channels, rules and a journey) at purchase rate x1 and x0.5 and contact rate x1 and x0.5, on the
# daily and the next-event engine, as a Markdown table of customer-days per CPU second.
#
# Usage: bench/event_scaling.sh JAR [SIZE] [DAYS] [ROUNDS]
#   JAR     a campaignsim jar (e.g. target/campaignsim.jar)
#   SIZE    customers (default 200000), DAYS simulated days (default 90), ROUNDS timed rounds (default 3)
#
# The knobs, applied to the workload taken from the jar itself:
#   purchase x0.5  every segment's purchase_rate halved (the hidden daily purchase hazard).
#   contact x0.5   every rule's `when` and the journey's `entry` also require
#                  (region == "north" or region == "south"): regions are drawn uniformly and independently
#                  of everything else, so half the customers stay eligible with their cadence unchanged and
#                  contacts per customer-day halve; the other half is never contacted.
# The knobs interact (rarer purchases make more customers winback-eligible, fewer contacts cause fewer
# purchases), so each row reports what was measured, not the knob: purchases and contacts per
# customer-day (totals of summary.json from one `simulate --stepping next-event` run, one thread) and
# the share of customer-days the next-event engine touched (its engine note in summary.json).
# Speed: bench/SteppingCpu.java on one engine thread, daily and next-event alternating in one JVM over
# one population, timed by that thread's CPU time (JIT and GC threads excluded), median of ROUNDS: so a
# loaded machine hits both alike, but write `uptime` beside the figures all the same.
# Needs java and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -lt 1 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
jar="$1"
size="${2:-200000}"
days="${3:-90}"
rounds="${4:-3}"
[ -f "$jar" ] || { echo "bench/event_scaling.sh: no such jar: $jar (build it with mvn -DskipTests package)" >&2; exit 2; }
for v in "$size" "$days" "$rounds"; do
  [[ "$v" =~ ^[1-9][0-9]*$ ]] || { echo "bench/event_scaling.sh: SIZE, DAYS and ROUNDS must be positive integers, but got '$v'" >&2; exit 2; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The four variants of the jar's own workload.
python3 - "$jar" "$tmp" <<'PY'
import re, sys, zipfile
jar, out = sys.argv[1], sys.argv[2]
base = zipfile.ZipFile(jar).read('io/campaignsim/bench/bench.yaml').decode()
HALF = '(region == \\"north\\" or region == \\"south\\")'
def purchase(text, scale):
    return re.sub(r'purchase_rate: ([0-9.]+)', lambda m: 'purchase_rate: %.6g' % (float(m.group(1)) * scale), text)
def contact(text):
    # every rule condition and journey entry (quoted, one line each in bench.yaml)
    text, rules = re.subn(r'(\n\s+when: )"([^"\n]*)"', lambda m: m.group(1) + '"(' + m.group(2) + ') and ' + HALF + '"', text)
    text, entries = re.subn(r'(\n\s+entry: )"([^"\n]*)"', lambda m: m.group(1) + '"(' + m.group(2) + ') and ' + HALF + '"', text)
    if rules < 1 or entries < 1:
        sys.exit('bench/event_scaling.sh: the jar\'s bench.yaml has no rule conditions or journey entries to restrict')
    return text
for p in (1, 0.5):
    for c in (1, 0.5):
        text = purchase(base, p)
        if c != 1:
            text = contact(text)
        open('%s/p%s_c%s.yaml' % (out, p, c), 'w').write(text)
PY

printf '%s\n' "event_scaling: $size customers x $days days, one engine thread, $rounds rounds; $(uptime | sed 's/^ *//')" >&2
rows=()
for p in 1 0.5; do
  for c in 1 0.5; do
    f="$tmp/p${p}_c${c}.yaml"
    java -Xmx4g -Djava.awt.headless=true -jar "$jar" validate "$f" > /dev/null
    java -Xmx4g -Djava.awt.headless=true -jar "$jar" simulate "$f" --size "$size" --days "$days" --threads 1 \
      --stepping next-event --out "$tmp/sim_p${p}_c${c}" -q > /dev/null
    java -Xmx4g -cp "$jar" "$here/SteppingCpu.java" "$f" "$size" "$days" "$rounds" > "$tmp/cpu_p${p}_c${c}.txt"
    echo "  done: purchase x$p, contact x$c" >&2
    rows+=("$p $c")
  done
done

python3 - "$tmp" "$size" "$days" "${rows[@]}" <<'PY'
import json, re, sys
tmp, size, days = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
cd = size * days
table = []
rounds = []
for row in sys.argv[4:]:
    p, c = row.split()
    s = json.load(open('%s/sim_p%s_c%s/summary.json' % (tmp, p, c)))
    t = s['totals']
    touched = next((re.search(r'\(([0-9.]+) %\)', n).group(1) for n in s.get('engine', {}).get('notes', [])
                    if n.startswith('touched')), 'n/a')
    rate = {}
    for line in open('%s/cpu_p%s_c%s.txt' % (tmp, p, c)):
        m = re.match(r'(daily|next-event)\s+([0-9,]+) customer-days per CPU s.*rounds \[([0-9, ]*)\]', line)
        if m:
            rate[m.group(1)] = float(m.group(2).replace(',', ''))
            rounds.append('x%s, x%s, %s: %s' % (p, c, m.group(1), m.group(3)))
    table.append((p, c, t['conversions'] / cd, t['contacts'] / cd, touched, rate['daily'], rate['next-event']))
ref = {k: v for k, v in zip(('daily', 'next-event'), table[0][5:7])}
print('| purchase rate | contact rate | purchases / customer-day | contacts / customer-day | next-event touched | '
      'daily: customer-days / CPU s | next-event: customer-days / CPU s | next-event / daily | '
      'daily: CPU time vs x1, x1 | next-event: CPU time vs x1, x1 |')
print('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|')
for p, c, buy, contact, touched, d, n in table:
    print('| x%s | x%s | %.5f | %.4f | %s %% | %s | %s | %.2fx | %.2f | %.2f |' % (
        p, c, buy, contact, touched, format(round(d), ','), format(round(n), ','), n / d,
        ref['daily'] / d, ref['next-event'] / n))
print()
print('Per-round customer-days / CPU s (the spread says how much the load moved them):')
for r in rounds:
    print('- ' + r)
PY
