# Shared by scripts/update-spec.sh, scripts/contract-check.sh and scripts/spec-sweep.sh (sourced).
# Sets $root (the project) and defines contract_main: runs the contract module's main class
# (contract/) with java, building the module (and openapi/, which it needs) first. Maven is $MVN (default: mvn), so a caller
# can add options, e.g. MVN="mvn -o". $CONTRACT_CP, when set, is the class path to use as is.
# Also defines merge_patch BASE PATCH OUT: writes OUT, the JSON document BASE with the JSON merge
# patch PATCH applied (RFC 7386), in openapi.json's layout; needs only java (no jq, no Python).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MVN=${MVN:-mvn}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

contract_classpath() {
  if [ -n "${CONTRACT_CP:-}" ]; then
    printf '%s\n' "$CONTRACT_CP"
    return 0
  fi
  local log
  log=$(mktemp)
  # In the reactor (-am), so that the OpenAPI reader the module depends on (openapi/) is built
  # from this tree and never looked up in a repository.
  if ! $MVN -B -q -f "$root/pom.xml" -pl contract -am compile dependency:build-classpath >"$log" 2>&1; then
    echo "cannot build the contract module (contract/):" >&2
    grep -E "ERROR|BUILD" "$log" | head -n 20 >&2
    rm -f "$log"
    return 2
  fi
  rm -f "$log"
  printf '%s\n' "$root/contract/target/classes:$(cat "$root/contract/target/classpath.txt")"
}

contract_main() {
  local cp
  cp=$(contract_classpath) || return 2
  "$JAVA" -cp "$cp" io.github.xaijava.contract.ContractMain "$@"
}

merge_patch() {
  if [ $# -ne 3 ]; then
    echo "usage: merge_patch BASE PATCH OUT" >&2
    return 2
  fi
  contract_main merge-patch "$@"
}
