#!/usr/bin/env bash
# Policy-performance regression check (issue #6, docs/ci.md): runs the CI scenario's strategies with
# fresh random draws and fails (exit 1) when one got worse than its baseline in baselines/ beyond
# replication noise. Exit 2: bad input, e.g. a missing baseline. Extra arguments go to `check`.
# Writes target/check-junit.xml (JUnit XML) and target/check-summary.md (PR comment).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/campaignsim.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -B -ntp -q -Dmaven.test.skip=true package
fi
exec java -jar "$jar" check scenarios/ci-check.yaml --baseline baselines \
  --junit target/check-junit.xml --markdown target/check-summary.md "$@"
