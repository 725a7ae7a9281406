#!/usr/bin/env bash
# Runs update-spec over many versions of xAI's document, each in turn, in a scratch copy of the
# project (the project itself is never touched): proves that every version regenerates and
# compiles (generated layer and its tests), and that the newer ones also build the facade and
# pass its tests.
#
#   scripts/spec-sweep.sh [--full-from YYYY-MM-DD] [--reports DIR] FILE_OR_DIR...
#
# Each step starts from our openapi.json and follows one document (files named
# *-YYYY-MM-DD.json carry their date; one without a date counts as the newest). Documents dated
# --full-from (default 2026-08-22) or later get the full build (generated + facade + tests).
# --reports DIR keeps each step's contract report. Prints one line per document; exit status 1
# if any step fails (unusable document, or the client does not build).
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/contract.sh"

full_from=2026-08-22
reports=
docs=()
while [ $# -gt 0 ]; do
  case $1 in
    --full-from) full_from=$2; shift 2 ;;
    --reports) reports=$2; shift 2 ;;
    *)
      if [ -d "$1" ]; then
        for f in "$1"/*.json; do [ -f "$f" ] && docs+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
      elif [ -f "$1" ]; then
        docs+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")")
      else
        echo "no such file or folder: $1" >&2; exit 2
      fi
      shift ;;
  esac
done
if [ ${#docs[@]} -eq 0 ]; then
  echo "spec-sweep: no documents given or found; nothing to do"
  exit 0
fi
[ -n "$reports" ] && mkdir -p "$reports" && reports=$(cd "$reports" && pwd)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/project" "$scratch/reports"
# The working tree as it is (uncommitted edits included), without git data and without the
# outputs that depend on openapi.json; the compiled codegen and contract modules are reused.
tar -C "$root" --exclude=./.git --exclude=./target --exclude=./generated/target \
  --exclude=./facade/target --exclude=./bench/target --exclude=./simulator/target -cf - . \
  | tar -C "$scratch/project" -xf -
cp "$scratch/project/openapi.json" "$scratch/ours.json"
CONTRACT_CP=$(root=$scratch/project; contract_classpath) || exit 2
export CONTRACT_CP

failed=0
sweep_start=$(date +%s)
for doc in "${docs[@]}"; do
  name=$(basename "$doc" .json)
  date=$(printf '%s' "$name" | grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}' | tail -n 1)
  build=generated
  if [ -z "$date" ] || [[ ! "$date" < "$full_from" ]]; then
    build=full
  fi
  cp "$scratch/ours.json" "$scratch/project/openapi.json"
  start=$(date +%s)
  "$scratch/project/scripts/update-spec.sh" "$doc" --build "$build" \
    --report "$scratch/reports/$name.md" >"$scratch/log" 2>&1
  status=$?
  summary=$(grep -E '^[0-9]+ added, ' "$scratch/log" | head -n 1)
  took=$(( $(date +%s) - start ))
  if [ $status -eq 2 ]; then
    echo "FAILED $name: unusable: $(tail -n 1 "$scratch/log")"
    failed=1
  elif grep -q "^build ([a-z]*): passed" "$scratch/log"; then
    echo "ok     $name: $summary; $build build passed (${took}s)"
  else
    echo "FAILED $name: $summary; $build build failed (${took}s):"
    sed -n '/^## Build/,$p' "$scratch/reports/$name.md" | head -n 40 | sed 's/^/    /'
    failed=1
  fi
  [ -n "$reports" ] && cp "$scratch/reports/$name.md" "$reports/"
done
echo "spec-sweep: ${#docs[@]} documents in $(( $(date +%s) - sweep_start ))s"
exit $failed
