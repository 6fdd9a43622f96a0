#!/usr/bin/env bash
# Browser check of the HTML reports: renders the compare page (and the analyze page when the
# Hillstrom data is there) in headless Chromium at 1400 px and at phone width (390 px), and fails on
# a missing decision banner or overview table, horizontal scroll, clipped or overflowing text,
# overlapping tick labels, tabs or blocks, tabs that lead nowhere, broken images, a table that does
# not sort, or console errors. The layout is measured by .ci/layout-check.js inside the page, shown
# in an iframe of the width to check (headless Chromium does not make windows narrower than 500 px).
# Installs Debian's chromium if it is missing; skips (exit 0, with a message) when no browser can be
# had. Output: target/browser-check/screenshot-<width>.png for each page.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

browser=""
find_browser() {
  for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then browser="$b"; return 0; fi
  done
  return 1
}
if ! find_browser; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "browser-check: installing chromium (apt-get)..."
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/tmp/browser-check-apt.log 2>&1; then
      echo "browser-check: could not install chromium (see /tmp/browser-check-apt.log)"
    fi
  fi
  if ! find_browser; then
    echo "browser-check: SKIPPED: no chromium and it could not be installed (needs root and apt-get with Debian's packages)"
    exit 0
  fi
fi

out=target/browser-check
mkdir -p "$out"
profile="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$profile" "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile")
log="$out/browser.log"
: >"$log"
failed=0

# check_page NAME DIR: every check on DIR/index.html at both widths.
check_page() {
  local name="$1" dir="$2"
  local page="$dir/index.html"
  [ -s "$page" ] || { echo "browser-check: FAILED: $page was not written"; failed=1; return; }
  # Every image the page shows must exist beside it.
  local images=0 src
  while IFS= read -r src; do
    images=$((images + 1))
    if [ ! -s "$dir/$src" ]; then echo "browser-check: FAILED: $name: broken image $src"; failed=1; fi
  done < <(grep -o '<img src="[^"]*"' "$page" | sed 's/<img src="//; s/"$//')
  # The page with the layout check, beside the original (so its relative links work), in a scratch copy.
  local copy="$work/$name"
  rm -rf "$copy"; cp -r "$dir" "$copy"
  sed 's#</body>#<script src="file://'"$root"'/.ci/layout-check.js"></script></body>#' "$copy/index.html" >"$copy/checked.html"
  local width
  for width in 1400 390; do
    cat >"$copy/harness-$width.html" <<HTML
<!DOCTYPE html><html><body style="margin:0"><iframe src="checked.html" width="$width" height="844" style="border:0;display:block"></iframe>
<script>window.addEventListener("message",function(e){var p=document.createElement("pre");p.id="layout-report";p.textContent=e.data;document.body.appendChild(p);});</script>
</body></html>
HTML
    timeout 120 "$browser" "${flags[@]}" --window-size=$((width + 40)),900 --virtual-time-budget=10000 \
      --enable-logging=stderr --v=0 --dump-dom "file://$copy/harness-$width.html" >"$out/$name-$width.dom.html" 2>>"$log" || true
    timeout 120 "$browser" "${flags[@]}" --window-size="$width",844 --screenshot="$out/$name-screenshot-$width.png" \
      "file://$copy/index.html" >>"$log" 2>&1 || true
    local report
    report="$(sed -n '/id="layout-report"/,/^DONE/p' "$out/$name-$width.dom.html")"
    if ! grep -q '^DONE' <<<"$report"; then
      echo "browser-check: FAILED: $name at $width px: the layout check did not run (see $out/$name-$width.dom.html)"; failed=1
    elif grep -q '^FAIL' <<<"$report"; then
      echo "browser-check: FAILED: $name at $width px:"; grep '^FAIL' <<<"$report" | sed 's/^/  /'; failed=1
    else
      echo "browser-check: $name at $width px: $(grep '^OK' <<<"$report" | sed 's/^OK //' | paste -sd ';' -)"
    fi
    if [ ! -s "$out/$name-screenshot-$width.png" ]; then
      echo "browser-check: FAILED: $name: no screenshot at $width px (see $log)"; failed=1
    fi
  done
  if [ "$images" -eq 0 ]; then echo "browser-check: FAILED: $name: the page shows no charts"; failed=1; fi
}

bin/campaignsim compare scenarios/quickstart.yaml --size 3000 --days 14 --replications 3 --out "$out/compare" -q >/dev/null
check_page compare "$out/compare"

hillstrom=../shared/datasets/hillstrom/Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv

if [ -n "$hillstrom" ] && [ -f "$hillstrom" ]; then
  bin/campaignsim analyze "$hillstrom" --treatment segment --control "No E-Mail" --outcome visit,conversion \
    --segment zip_code --out "$out/analyze" >/dev/null
  check_page analyze "$out/analyze"
else
  echo "browser-check: analyze page skipped: no Hillstrom CSV (see datasets/README or /work/shared/datasets/hillstrom)"
fi

if grep -E 'Uncaught|Failed to load|ERR_FILE_NOT_FOUND|CONSOLE.*[Ee]rror' "$log"; then
  echo "browser-check: FAILED: console errors (above; full log in $log)"; failed=1
fi
if [ "$failed" -ne 0 ]; then exit 1; fi
echo "browser-check: ok: compare$( [ -d "$out/analyze" ] && echo " and analyze") pages at 1400 and 390 px; screenshots in $out"
