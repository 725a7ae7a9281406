#!/usr/bin/env bash
# Follows a new version of xAI's document: rewrites openapi.json with the structure of SOURCE
# and our words (our descriptions and tags stay wherever what they describe still exists; xAI's
# prose never enters; new operations get a tag from their path; everything new is listed as
# needing a description), then regenerates, compiles and runs the tests of the generated layer
# and the facade, and writes the contract report.
#
#   scripts/update-spec.sh [SOURCE] [--report FILE] [--build full|generated|none]
#
# SOURCE: a file or an https:// URL (default https://docs.x.ai/openapi.json).
# --report: where the Markdown report goes (default target/spec-update-report.md).
# --build: full (default: generated layer and facade, compiled and tested), generated
#   (regenerate and compile the generated layer only; its tests are written against our
#   current document), none (only rewrite openapi.json).
# Exit status: 0 the client builds and nothing breaks; 1 something breaks a client (listed
# first in the report) or the client no longer builds; 2 SOURCE is not a usable OpenAPI 3
# document or cannot be fetched (one line why; openapi.json is left byte for byte as it was).
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/contract.sh"

source_doc=https://docs.x.ai/openapi.json
report=$root/target/spec-update-report.md
build=full
while [ $# -gt 0 ]; do
  case $1 in
    --report) [ $# -ge 2 ] || { echo "--report needs a file" >&2; exit 2; }; report=$2; shift 2 ;;
    --build) [ $# -ge 2 ] || { echo "--build needs full, generated or none" >&2; exit 2; }; build=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) source_doc=$1; shift ;;
  esac
done
case $build in full|generated|none) ;; *) echo "--build needs full, generated or none" >&2; exit 2 ;; esac
case $report in /*) ;; *) report=$PWD/$report ;; esac

contract_main update "$root/openapi.json" "$source_doc" --report "$report"
status=$?
if [ $status -ge 2 ]; then
  exit 2
fi
[ "$build" = none ] && exit $status

# What was built from the old document must not survive: a schema that is gone would leave
# its class behind and hide a compile error.
rm -rf "$root/generated/target" "$root/facade/target"
# The upstream contract test compares openapi.json with a copy of xAI's newest document in
# ../shared when there is one; here openapi.json is whatever SOURCE made it, so it is left out.
goals=(-pl facade -am verify -Dtest='!UpstreamContractTest' -Dsurefire.failIfNoSpecifiedTests=false)
modules=facade
if [ "$build" = generated ]; then
  goals=(-pl generated -am compile)
  modules=generated
fi
log=$(mktemp)
start=$(date +%s)
if $MVN -B -q -f "$root/pom.xml" "${goals[@]}" >"$log" 2>&1; then
  result="passed"
  if [ "$modules" = facade ]; then
    what="The client (generated layer and facade) regenerates, compiles and passes its tests"
  else
    what="The generated layer regenerates and compiles"
  fi
  printf '\n## Build\n\n%s (%ss).\n' "$what" "$(( $(date +%s) - start ))" >>"$report"
else
  result="FAILED"
  status=1
  {
    printf '\n## Build\n\nThe client does not build or its tests fail with this document:\n\n```\n'
    grep -E "ERROR|FAIL|Tests run:.*Fail" "$log" | grep -v "^\[ERROR\] *$" | head -n 60
    printf '```\n'
  } >>"$report"
fi
rm -f "$log"
echo "build ($modules): $result; report: $report"
exit $status
