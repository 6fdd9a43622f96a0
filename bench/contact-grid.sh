#!/usr/bin/env bash
# Writes the scenarios of docs/performance.md's next-event table: quickstart's three segments, one
# channel, one rule "days_since_email >= K" (email with ten_off at 10 h), for K = 7, 14, 28 and
# purchase rates scaled by 0.5, 1 and 2: OUTDIR/grid_p<scale>_k<K>.yaml.
# Usage: bench/contact-grid.sh OUTDIR, then e.g.
#   java -cp target/campaignsim.jar bench/SteppingCpu.java OUTDIR/grid_p1_k28.yaml 100000 90 3
#   campaignsim simulate OUTDIR/grid_p1_k28.yaml --size 20000 --stepping next-event --out /tmp/g   (engine.notes)
set -euo pipefail
out="${1:?usage: bench/contact-grid.sh OUTDIR}"
mkdir -p "$out"
for pm in 0.5 1 2; do
  for k in 7 14 28; do
    rate() { awk -v a="$1" -v m="$pm" 'BEGIN { printf "%.5f", a * m }'; }
    cat > "$out/grid_p${pm}_k${k}.yaml" <<YAML
name: grid
seed: 42
horizon_days: 90
population:
  size: 100000
  segments:
    - { name: loyal,   share: 0.2, purchase_rate: $(rate 0.020), churn_hazard: 0.0005, avg_basket: 90, tenure_days: 1100 }
    - { name: regular, share: 0.5, purchase_rate: $(rate 0.008), churn_hazard: 0.0010, avg_basket: 60, tenure_days: 600 }
    - { name: lapsing, share: 0.3, purchase_rate: $(rate 0.003), churn_hazard: 0.0030, avg_basket: 45, tenure_days: 400 }
  uplift_groups:
    persuadable:  { share: 0.30, effect: 0.04 }
    sure_thing:   { share: 0.20 }
    lost_cause:   { share: 0.40 }
    sleeping_dog: { share: 0.10, effect: -0.02 }
channels:
  email: { cost: 0.002, reach: 1.0, open_rate: 0.22, click_rate: 0.12, fatigue_per_send: 0.10, unsubscribe_rate: 0.0 }
offers:
  - { name: ten_off, discount: 0.10 }
economics:
  margin_rate: 0.40
policy:
  rules:
    - { name: every_${k}_days, when: "days_since_email >= ${k}", then: { channel: email, offer: ten_off, hour: 10 } }
YAML
  done
done
echo "wrote 9 scenarios to $out"
