#!/usr/bin/env bash
# Compares our openapi.json with another version of xAI's document (a file or an https:// URL)
# and says what would change for a client. Writes nothing but the report (with --report).
#
#   scripts/contract-check.sh OTHER [--report FILE]
#
# Prints "N added, M changed, K breaking". Exit status: 0 nothing breaks a client, 1 something
# does (the report lists it first), 2 OTHER is not a usable OpenAPI 3 document (one line why).
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib/contract.sh"

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi
other=$1
shift
report=()
while [ $# -gt 0 ]; do
  case $1 in
    --report) [ $# -ge 2 ] || { echo "--report needs a file" >&2; exit 2; }; report=(--report "$2"); shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
contract_main check "$root/openapi.json" "$other" "${report[@]}"
