#!/usr/bin/env bash
# Follows a new version of xAI's document: rewrites openapi.json with the structure of SOURCE
# and our words (our descriptions and tags stay wherever what they describe still exists; xAI's
# prose never enters; new operations get a tag from their path; everything new is listed as
# needing a description), retires from supplement.json what SOURCE now carries itself (our
# supplement describes operations xAI documents outside its OpenAPI document; xAI's structure
# wins, and the report lists what was retired), then regenerates, compiles and runs the tests of
# the generated layer, the simulator and the facade, and writes the contract report. The report
# ends with what the build gave a default (service, method name, simulator route: generated/target/service-defaults.md)
# so that a person can refine it with a rule in generated/shaping.json.
#
#   scripts/update-spec.sh [SOURCE] [--report FILE] [--build full|generated|none]
#
# SOURCE: a file or an https:// URL (default https://docs.x.ai/openapi.json).
# --report: where the Markdown report goes (default target/spec-update-report.md).
# --build: full (default: generated layer, simulator and facade, compiled and tested), generated
#   (regenerate and compile the generated layer only; its tests are written against our
#   current document), none (only rewrite openapi.json).
# Exit status: 0 the client builds and nothing breaks; 1 something breaks a client (listed
# first in the report) or the client no longer builds; 2 SOURCE is not a usable OpenAPI 3
# document or cannot be fetched (one line why; openapi.json is left byte for byte as it was).
# The build's tests get -Dxai.update.source=SOURCE: tests that compare openapi.json with xAI's
# archived newest document compare it with SOURCE instead during an update; and
# -Dxai.api.update=true: the dumps of the public API (api/*.api) are rewritten, and the report's
# "Public API" section lists the lines added and removed.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/contract.sh"

source_doc=https://docs.x.ai/openapi.json
report=$root/target/spec-update-report.md
build=full
while [ $# -gt 0 ]; do
  case $1 in
    --report) [ $# -ge 2 ] || { echo "--report needs a file" >&2; exit 2; }; report=$2; shift 2 ;;
    --build) [ $# -ge 2 ] || { echo "--build needs full, generated or none" >&2; exit 2; }; build=$2; shift 2 ;;
    -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) source_doc=$1; shift ;;
  esac
done
case $build in full|generated|none) ;; *) echo "--build needs full, generated or none" >&2; exit 2 ;; esac
case $report in /*) ;; *) report=$PWD/$report ;; esac
# The tests run in the modules' folders: a relative SOURCE must not depend on where we are.
case $source_doc in /*|http://*|https://*) ;; *) [ -f "$source_doc" ] && source_doc=$PWD/$source_doc ;; esac

contract_main update "$root/openapi.json" "$source_doc" --report "$report"
status=$?
if [ $status -ge 2 ]; then
  exit 2
fi
[ "$build" = none ] && exit $status

# What was built from the old document must not survive: a schema that is gone would leave
# its class behind and hide a compile error.
rm -rf "$root/generated/target" "$root/facade/target"
# Tests that compare openapi.json with xAI's newest document (the contract module's
# RealDocumentsTest) compare it with SOURCE when xai.update.source is set: openapi.json must now
# have exactly SOURCE's structure, and a second update from SOURCE must change nothing. So does
# the generated module's UpstreamContractTest when SOURCE is a file (from a URL it would compare
# with ../shared/upstream instead, so it is left out then). The facade's PublicApiDumpTest
# rewrites the dumps of the public API (api/*.api) instead of comparing them (xai.api.update): a
# new document changes the API, and the report lists how.
goals=(-pl facade -am verify "-Dxai.update.source=$source_doc" -Dxai.api.update=true)
case $source_doc in
  https://*|http://*) goals+=(-Dtest='!UpstreamContractTest' -Dsurefire.failIfNoSpecifiedTests=false) ;;
esac
modules=facade
if [ "$build" = generated ]; then
  goals=(-pl generated -am compile)
  modules=generated
fi
api_before=$(mktemp -d)
[ -d "$root/api" ] && cp "$root"/api/*.api "$api_before"/ 2>/dev/null
log=$(mktemp)
start=$(date +%s)
if $MVN -B -q -f "$root/pom.xml" "${goals[@]}" >"$log" 2>&1; then
  result="passed"
  if [ "$modules" = facade ]; then
    what="The client (generated layer, simulator and facade) regenerates, compiles and passes its tests"
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

# How the public API changed: the dumps before the build against those the build rewrote.
if [ "$modules" = facade ] && [ -d "$root/api" ]; then
  {
    printf '\n## Public API\n\n'
    printf 'The dumps in api/ are rewritten from the new build; review them with `git diff api/`.\n'
    printf 'A document that only adds must only add lines (`+`); a removed line (`-`) is a change a\n'
    printf "user's code may notice.\n\n"
    for dump in "$root"/api/*.api; do
      [ -f "$dump" ] || continue
      name=$(basename "$dump")
      old=$api_before/$name
      [ -f "$old" ] || old=/dev/null
      if ! command -v diff >/dev/null; then
        printf -- '- `api/%s`: (no diff command here: see `git diff api/%s`)\n' "$name" "$name"
        continue
      fi
      changes=$(diff -U0 "$old" "$dump" | grep -E '^[-+]' | grep -vE '^(\+\+\+|---) ' | grep -vE '^[-+] *$')
      if [ -z "$changes" ]; then
        printf -- '- `api/%s`: unchanged\n' "$name"
        continue
      fi
      printf -- '- `api/%s`: %s lines added, %s removed\n\n```\n' "$name" \
        "$(printf '%s\n' "$changes" | grep -c '^+')" "$(printf '%s\n' "$changes" | grep -c '^-')"
      printf '%s\n' "$changes" | head -n 60
      printf '```\n\n'
    done
  } >>"$report"
fi
rm -rf "$api_before"

# What got a default from the build (codegen writes one bullet per operation next to the shaped
# document): each is a name or a service nobody chose, and a default route in the simulator.
defaults=$root/generated/target/service-defaults.md
[ -f "$defaults" ] || defaults=$root/facade/target/service-defaults.md
{
  printf '\n## Defaults to refine\n\n'
  if [ ! -f "$defaults" ]; then
    printf 'Not known: the build stopped before the document was shaped (no service-defaults.md).\n'
  elif [ -s "$defaults" ]; then
    printf 'These operations have no rule in generated/shaping.json; the build gave each a service\n'
    printf 'and method name by default (the simulator answers them with a default route: the\n'
    printf 'lowest 2xx of the document, a generated instance of its schema). A rule refines them.\n\n'
    cat "$defaults"
  else
    printf 'none\n'
  fi
} >>"$report"
echo "build ($modules): $result; report: $report"
exit $status
