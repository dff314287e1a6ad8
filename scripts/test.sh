#!/usr/bin/env bash
# `npm test`: builds the site, then runs every test (unit, content, build output, browser) and
# ends with one line "N passed, N failed". Exit status is non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1

bash scripts/ensure-chromium.sh || exit 1

echo "== content check"
node scripts/check-content.ts || { echo "0 passed, 1 failed"; exit 1; }

echo "== type check"
npx astro check --minimumSeverity error >/tmp/astro-check.log 2>&1 || { cat /tmp/astro-check.log; echo "0 passed, 1 failed"; exit 1; }

echo "== build"
npm run --silent build || { echo "0 passed, 1 failed"; exit 1; }

echo "== tests"
rm -f .vitest/json/output.json
npx vitest run --reporter=default --reporter=json
status=$?
node -e "
const fs = require('node:fs');
const f = '.vitest/json/output.json';
if (!fs.existsSync(f)) { console.log('0 passed, 1 failed'); process.exit(0); }
const r = JSON.parse(fs.readFileSync(f, 'utf8'));
// A file that fails to load or whose setup throws has no failed test of its own: count it once.
const brokenFiles = r.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
console.log(r.numPassedTests + ' passed, ' + (r.numFailedTests + brokenFiles) + ' failed');
"
exit $status
