# Shared by scripts/update-spec.sh, scripts/contract-check.sh and scripts/spec-sweep.sh (sourced).
# Sets $root (the project) and defines contract_main: runs the contract module's main class
# (contract/) with java, building the module first. Maven is $MVN (default: mvn), so a caller
# can add options, e.g. MVN="mvn -o". $CONTRACT_CP, when set, is the class path to use as is.

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
  if ! $MVN -B -q -f "$root/contract/pom.xml" compile dependency:build-classpath >"$log" 2>&1; then
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
