#!/usr/bin/env bash
# `npm test`: every check of the project, in order, with one total at the end.
#   type-check · lint (Biome: import boundaries, recommended rules) · unit tests (vitest) ·
#   metric scenarios · Chrome + Firefox builds · addons-linter on the Firefox build ·
#   real-browser e2e tests (Chromium + Firefox ESR)
# tsc, Biome, each build and addons-linter count as one test each; vitest, the scenarios and the e2e
# runner contribute their own counts. The last line is exactly `N passed, N failed`, and
# the exit status is non-zero when anything failed. Details land in test-output/.
set -uo pipefail
export NO_COLOR=1 FORCE_COLOR=0
cd "$(dirname "$0")/.."
out=test-output
mkdir -p "$out"
passed=0
failed=0

section_start=$SECONDS
count() { # count <passed> <failed> <label>
  passed=$((passed + $1)); failed=$((failed + $2))
  echo "   → $3: $1 passed, $2 failed ($((SECONDS - section_start)) s)"
}
section() { echo; echo "── $1"; section_start=$SECONDS; }
# one-test step: run the command, count it as one pass or one failure
single() {
  local label=$1; shift
  section "$label"
  if "$@"; then count 1 0 "$label"; else count 0 1 "$label"; fi
}
# counts from a "N passed, N failed" line in a log, or one failure when there is none
counts_from_log() { # counts_from_log <log> <exit status> <label>
  local line
  line=$(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
  if [[ -n $line ]]; then
    local p f
    p=${line%% passed*}; f=${line#*, }; f=${f%% failed*}
    if [[ $2 -ne 0 && $f -eq 0 ]]; then f=1; fi # crashed after printing
    count "$p" "$f" "$3"
  else
    count 0 1 "$3 (no result line)"
  fi
}

single "type-check (tsc --noEmit)" npx tsc --noEmit -p .
# Biome's findings go to a log; the summary is printed, the whole log only when it fails.
lint_biome() {
  npm run --silent lint >"$out/biome.log" 2>&1
  local status=$?
  if [[ $status -ne 0 ]]; then cat "$out/biome.log"; fi
  grep -E '^(Checked|Found) ' "$out/biome.log" | sed 's/^/   /'
  return $status
}
single "lint (Biome: boundaries and recommended rules; errors fail, warnings do not)" lint_biome

section "unit tests (vitest)"
rm -f "$out/vitest.json"
npx vitest run --config test/vitest.config.ts --reporter=default --reporter=json --outputFile="$out/vitest.json"
vitest_status=$?
if [[ -s $out/vitest.json ]]; then
  read -r vp vf < <(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    // a file that fails to load has no tests: count it as a failure
    const broken = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
    console.log(r.numPassedTests, r.numFailedTests + broken);' "$out/vitest.json")
  vp=${vp:-0}; vf=${vf:-1} # an unreadable report counts as a failure
  if [[ $vitest_status -ne 0 && $vf -eq 0 ]]; then vf=1; fi
  count "$vp" "$vf" "vitest"
else
  count 0 1 "vitest (no report)"
fi

if [[ -f test/tools/scenarios.ts ]]; then
  section "metric scenarios"
  npm run --silent scenarios 2>&1 | tee "$out/scenarios.log"
  counts_from_log "$out/scenarios.log" "${PIPESTATUS[0]}" "scenarios"
fi

single "build chrome-mv3 (wxt build)" npx wxt build
single "build firefox-mv2 (wxt build -b firefox)" npx wxt build -b firefox

lint_firefox() {
  npx addons-linter .output/firefox-mv2 --output json >"$out/addons-linter.json"
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const m of [...r.errors, ...r.warnings]) console.log(`   ${m._type}: ${m.code} ${m.file ?? ""} ${m.message}`);
    console.log(`   addons-linter: ${r.summary.errors} errors, ${r.summary.warnings} warnings`);
    process.exit(r.summary.errors > 0 ? 1 : 0);' "$out/addons-linter.json"
}
single "addons-linter (Firefox build; errors fail, warnings do not)" lint_firefox

section "real-browser e2e (Chromium + Firefox ESR)"
node --import tsx test/e2e/run.ts 2>&1 | tee "$out/e2e.log"
counts_from_log "$out/e2e.log" "${PIPESTATUS[0]}" "e2e"

echo
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
