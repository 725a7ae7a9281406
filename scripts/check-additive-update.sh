#!/usr/bin/env bash
# Proves that a document which only adds is followed without anyone's help: in a scratch copy of
# the project (the project itself is never touched), our openapi.json plus the fixture patch
# contract/src/test/resources/additive/operations-patch.json (a made-up /v1/widgets service and
# the deferred-image poll GET /v1/images/{request_id} with the deferred flag, in our words) is given
# to scripts/update-spec.sh, which must exit 0 (regenerated, compiled, tests of the generated layer,
# the simulator and the facade pass), must list the two widget operations under "Defaults to
# refine", must retire the deferred-image poll from supplement.json (our supplement described it;
# xAI's structure wins) and must only add to the public API (api/*.api). Then facade/src/test-added (profile added-operation) calls the new operations through
# XaiClient against the simulator: AddedOperationTest.
#
#   scripts/check-additive-update.sh [--report FILE] [--keep DIR]
#
# --report FILE: a copy of update-spec's report. --keep DIR: keep the scratch project there
# (for a look at the generated services) instead of deleting it.
# Needs only the project, a JDK and Maven ($MVN, default mvn; e.g. MVN="mvn -o"). Runs Maven:
# never at the same time as another build on a small machine. Exit status 0 when every step
# passes, 1 when one fails (which, and why, is printed), 2 on bad arguments.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/contract.sh"

copy_report=
keep=
while [ $# -gt 0 ]; do
  case $1 in
    --report) [ $# -ge 2 ] || { echo "--report needs a file" >&2; exit 2; }; copy_report=$2; shift 2 ;;
    --keep) [ $# -ge 2 ] || { echo "--keep needs a folder" >&2; exit 2; }; keep=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [ -n "$keep" ]; then
  mkdir -p "$keep" || exit 2
  scratch=$(cd "$keep" && pwd)
  rm -rf "$scratch/project"
else
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
fi
all_start=$(date +%s)
project=$scratch/project
mkdir -p "$project"

# fail: a step the next ones need failed; stop. problem: a check failed; go on, exit 1 at the end.
problems=()
fail() {
  problems+=("$*")
  finish
}
problem() {
  echo "    -> FAILED: $*"
  problems+=("$*")
}
finish() {
  local p
  if [ ${#problems[@]} -gt 0 ]; then
    for p in "${problems[@]}"; do echo "check-additive-update: FAILED: $p"; done
    echo "check-additive-update: done in $(( $(date +%s) - all_start ))s"
    exit 1
  fi
  echo "check-additive-update: passed in $(( $(date +%s) - all_start ))s"
  exit 0
}

# The working tree as it is (uncommitted edits included), as scripts/spec-sweep.sh copies it:
# without git data and without the outputs that depend on openapi.json.
tar -C "$root" --exclude=./.git --exclude=./target --exclude=./generated/target \
  --exclude=./facade/target --exclude=./bench/target --exclude=./simulator/target -cf - . \
  | tar -C "$project" -xf - || fail "cannot copy the project to $project"
CONTRACT_CP=$(root=$project; contract_classpath) || fail "cannot build the contract module"
export CONTRACT_CP

# 1. The document: ours plus the fixture patch (RFC 7386, applied by the contract module).
patched=$scratch/openapi-additive.json
merge_patch "$project/openapi.json" "$project/contract/src/test/resources/additive/operations-patch.json" \
  "$patched" >/dev/null || fail "cannot apply the fixture patch"

# 2. update-spec from it: exit 0, and the new operations listed as defaults.
report=$scratch/spec-update-report.md
start=$(date +%s)
"$project/scripts/update-spec.sh" "$patched" --report "$report" >"$scratch/update.log" 2>&1
status=$?
took=$(( $(date +%s) - start ))
[ -n "$copy_report" ] && [ -f "$report" ] && mkdir -p "$(dirname "$copy_report")" && cp "$report" "$copy_report"
echo "update-spec: exit status $status in ${took}s ($(grep -E '^[0-9]+ added, ' "$scratch/update.log" | head -n 1))"
if [ -f "$report" ]; then
  sed -n '/^## Defaults to refine/,$p' "$report" | sed 's/^/    /'
fi
if [ $status -ne 0 ]; then
  tail -n 5 "$scratch/update.log" | sed 's/^/    /'
  [ -f "$report" ] && sed -n '/^## Build/,/^## Defaults to refine/p' "$report" | head -n 60 | sed 's/^/    /'
  fail "update-spec exited $status on a document that only adds"
fi
# The public API (when the project records it in api/): an additive document only adds to it.
if grep -q '^## Public API' "$report"; then
  echo "public API (api/*.api, rewritten by the update):"
  sed -n '/^## Public API/,/^## Defaults to refine/p' "$report" | grep -E '^- `api/' | sed 's/^/    /'
  removed=$(sed -n '/^## Public API/,/^## Defaults to refine/p' "$report" | grep -E '^- `api/' \
    | grep -vE ' 0 removed$|unchanged$|no diff command' || true)
  # The dumps the update started from are the recorded ones: if they were already out of date
  # with the tree (mvn verify's PublicApiDumpTest fails then too), re-record them first.
  [ -z "$removed" ] || problem "removed lines in the public API (the report's Public API lists them;"\
" if api/*.api was not up to date with the tree before, mvn verify fails PublicApiDumpTest too)"
fi
defaults=$(sed -n '/^## Defaults to refine/,$p' "$report")
for op in 'POST /v1/widgets`' 'GET /v1/widgets/{widget_id}`'; do
  printf '%s\n' "$defaults" | grep -qF -- "$op" \
    || problem "the report's \"Defaults to refine\" does not list \`$op"
done
# Our supplement described the deferred-image poll; the newer document carries it: retired.
echo "retired from the supplement:"
sed -n '/^## Retired from the supplement/,/^## /p' "$report" | grep -E '^- ' | sed 's/^/    /'
for entry in 'operation `GET /v1/images/{request_id}`' 'property `GenerateImageRequest.deferred`'; do
  sed -n '/^## Retired from the supplement/,/^## /p' "$report" | grep -qF -- "- $entry" \
    || problem "the report's \"Retired from the supplement\" does not list $entry"
done
grep -q '"/v1/images/{request_id}"' "$project/supplement.json" \
  && problem "supplement.json still describes GET /v1/images/{request_id} after the update"

# 3. The new operations through XaiClient, against the simulator built from the new document.
services=$project/facade/target/generated-sources/services/src/main/java/io/github/xaijava/services
echo "generated WidgetsService methods:"
grep -hE '^  [A-Za-z<>]+ [a-zA-Z]+\(.*RequestOptions options\);' "$services/WidgetsService.java" 2>/dev/null \
  | sed 's/^ */    /' || echo "    (no $services/WidgetsService.java)"
start=$(date +%s)
(cd "$project" && $MVN -B -q -pl facade -am test -Padded-operation -Dtest=AddedOperationTest \
  -Dsurefire.failIfNoSpecifiedTests=false) >"$scratch/test.log" 2>&1
status=$?
took=$(( $(date +%s) - start ))
result=$project/facade/target/surefire-reports/io.github.xaijava.AddedOperationTest.txt
summary=$(grep -h "Tests run:" "$result" 2>/dev/null | head -n 1)
echo "AddedOperationTest: exit status $status in ${took}s (${summary:-no test report})"
if [ $status -ne 0 ] || [ -z "$summary" ]; then
  grep -E "ERROR|FAIL|Tests run:|expected|Exception" "$scratch/test.log" | grep -v "^\[ERROR\] *$" \
    | head -n 40 | sed 's/^/    /'
  problem "the added operations do not work through XaiClient (AddedOperationTest)"
fi
finish
