#!/usr/bin/env bash
# Browser check of the compare report: renders index.html in headless Chromium and fails on broken
# images, missing chart files or console errors. Installs Debian's chromium if it is missing; skips
# (exit 0, with a message) when no browser can be had. Output: target/browser-check/screenshot.png.
set -euo pipefail
cd "$(dirname "$0")/.."

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
bin/campaignsim compare scenarios/quickstart.yaml --size 3000 --days 14 --replications 3 --out "$out" -q >/dev/null
page="$(cd "$out" && pwd)/index.html"
[ -s "$page" ] || { echo "browser-check: FAILED: $page was not written"; exit 1; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1280,2000)
log="$out/browser.log"
timeout 120 "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --screenshot="$out/screenshot.png" \
  "file://$page" >"$log" 2>&1 || true
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$page" >"$out/dom.html" 2>>"$log" || true

failed=0
if [ ! -s "$out/screenshot.png" ]; then
  echo "browser-check: FAILED: no screenshot (see $log)"; failed=1
fi
if ! grep -q '<table class="sortable">' "$out/dom.html"; then
  echo "browser-check: FAILED: the page did not render its table (see $out/dom.html)"; failed=1
fi
# Every image the rendered page shows must exist beside it.
images=0
while IFS= read -r src; do
  images=$((images + 1))
  if [ ! -s "$out/$src" ]; then echo "browser-check: FAILED: broken image $src"; failed=1; fi
done < <(grep -o '<img src="[^"]*"' "$out/dom.html" | sed 's/<img src="//; s/"$//')
if [ "$images" -eq 0 ]; then echo "browser-check: FAILED: the page shows no charts"; failed=1; fi
if grep -E 'Uncaught|Failed to load|ERR_FILE_NOT_FOUND|CONSOLE.*[Ee]rror' "$log"; then
  echo "browser-check: FAILED: console errors (above; full log in $log)"; failed=1
fi
# Clicking the third header (the objective) must sort the rows by it, ascending.
sed 's#</body>#<script>document.querySelectorAll("th")[2].click();</script></body>#' "$page" >"$out/sort-check.html"
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$(cd "$out" && pwd)/sort-check.html" >"$out/sorted.html" 2>>"$log" || true
rm -f "$out/sort-check.html"
sorted="$(grep -o '<tr[^>]*><td class="n" data-v="[^"]*">[^<]*</td><td>[^<]*</td><td class="n" data-v="[^"]*"' "$out/sorted.html" \
  | sed 's/.*data-v="\([^"]*\)"$/\1/')"
if [ -z "$sorted" ] || ! printf '%s\n' "$sorted" | sort -g -c 2>/dev/null; then
  echo "browser-check: FAILED: clicking a header did not sort the table (see $out/sorted.html)"; failed=1
fi
if [ "$failed" -ne 0 ]; then exit 1; fi
echo "browser-check: ok: $images charts, table sorts, no console errors; screenshot $out/screenshot.png"
