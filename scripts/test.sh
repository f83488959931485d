#!/usr/bin/env bash
# Runs every test from a fresh checkout: installs what is missing, builds the extension and the
# editor fixtures, runs the unit tests (vitest) and the end-to-end tests (Playwright in Debian's
# Chromium), and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || exit 1
mkdir -p reports
rm -f reports/unit.json reports/e2e.json

npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
unit_status=$?

npm run build --silent
build_status=$?

e2e_status=1
if [ "$build_status" -eq 0 ]; then
  npx playwright test
  e2e_status=$?
fi

node scripts/summarize-tests.mjs reports/unit.json reports/e2e.json
summary_status=$?

[ "$unit_status" -eq 0 ] && [ "$build_status" -eq 0 ] && [ "$e2e_status" -eq 0 ] \
  && [ "$summary_status" -eq 0 ]
