#!/usr/bin/env bash
# Every test Quotelens has, in one command (`npm test`): type check, unit + corpus tests (vitest), both browser
# builds, the Firefox lint, and the real-Chromium end-to-end tests. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tests/out
passed=0; failed=0
ok()   { passed=$((passed + ${2:-1})); echo "PASS: $1"; }
fail() { failed=$((failed + ${2:-1})); echo "FAIL: $1"; }

[ -d node_modules ] || npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }

echo "== type check"
if npx tsc --noEmit; then ok "tsc"; else fail "tsc"; fi

echo "== unit and corpus tests (vitest)"
rm -f .vitest.json
npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest.json
if [ -f .vitest.json ]; then
  read -r vp vf < <(node -e 'const r=require("./.vitest.json");console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + r.numFailedTestSuites)')
  passed=$((passed + vp)); failed=$((failed + vf)); echo "vitest: $vp passed, $vf failed"
else
  fail "vitest produced no report"
fi

echo "== builds (Chrome MV3, Firefox MV2, store zips)"
if npm run --silent build >tests/out/build.log 2>&1; then ok "build"; else cat tests/out/build.log; fail "build"; fi

echo "== Firefox lint (web-ext)"
if [ -d .output/firefox-mv2 ]; then
  npx web-ext lint --source-dir .output/firefox-mv2 --no-config-discovery --output=json >tests/out/web-ext-lint.json 2>/dev/null
  errors=$(node -e 'const r=JSON.parse(require("fs").readFileSync("tests/out/web-ext-lint.json","utf8"));console.log(r.errors.length);for(const e of r.errors)console.error(`  ${e.code}: ${e.message} (${e.file ?? ""})`)')
  if [ "$errors" = "0" ]; then ok "web-ext lint: 0 errors"; else fail "web-ext lint: $errors errors"; fi
else
  fail "no Firefox build to lint"
fi

echo "== end-to-end in Chromium"
if [ -f tests/e2e/run.mjs ]; then
  node tests/e2e/run.mjs 2>&1 | tee tests/out/e2e.log
  ep=$(grep -E '^(ℹ |# )pass [0-9]+' tests/out/e2e.log | tail -1 | grep -oE '[0-9]+$')
  ef=$(grep -E '^(ℹ |# )fail [0-9]+' tests/out/e2e.log | tail -1 | grep -oE '[0-9]+$')
  if [ -z "$ep" ]; then fail "e2e printed no summary"; else passed=$((passed + ep)); failed=$((failed + ${ef:-0})); fi
else
  fail "tests/e2e/run.mjs missing"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
