#!/usr/bin/env bash
# Regenerates and compiles the generated module from every OpenAPI document given (files or
# folders of *.json), with no change to the build: proves that any version of xAI's published
# document drops in as it is. Prints one line per document and exits non-zero if any fails.
# (scripts/spec-sweep.sh does the same through update-spec, with our words, as CI runs it.)
# Usage: scripts/regenerate-all.sh ../shared/upstream ../shared/upstream/history
set -u
cd "$(dirname "$0")/.."
specs=()
for arg in "$@"; do
  if [ -d "$arg" ]; then
    for f in "$arg"/*.json; do [ -f "$f" ] && specs+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
  elif [ -f "$arg" ]; then
    specs+=("$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")")
  fi
done
if [ ${#specs[@]} -eq 0 ]; then
  echo "regenerate-all: no documents given or found; nothing to do"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Build a copy, so the project's own target/ keeps the sources of openapi.json.
mkdir -p "$work/copy"
tar --exclude=./.git --exclude=./target --exclude=./generated/target --exclude=./facade/target \
  --exclude=./bench/target --exclude=./simulator/target -cf - . | tar -C "$work/copy" -xf -
failed=0
for spec in "${specs[@]}"; do
  start=$(date +%s)
  # The generated layer and what it needs (codegen), in the copy's reactor.
  rm -rf "$work/copy/generated/target"
  if ${MVN:-mvn} -B -q -f "$work/copy/pom.xml" -pl generated -am compile -Dxai.spec="$spec" \
      >"$work/log" 2>&1; then
    echo "regenerated $(basename "$spec") in $(( $(date +%s) - start ))s"
  else
    echo "FAILED $(basename "$spec"):"; grep -E "ERROR" "$work/log" | head -n 20
    failed=1
  fi
done
exit $failed
