#!/usr/bin/env bash
# JMH micro-benchmarks of bench/ (JsonDecodeBenchmark, SseParseBenchmark, ChatStreamBenchmark)
# with the classpath of this work tree's reactor (never the SNAPSHOT jars in ~/.m2), holding the
# shared Maven lock while it measures.
#
#   scripts/jmh.sh JsonDecode -prof gc          # any JMH arguments (default: all benchmarks)
#   scripts/jmh.sh --gen1 JsonDecode -prof gc   # the same on the first model generation
#                                               # (commit 53a2604, built in bench/target/gen1)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
LOCK="${XAI_MVN_LOCK:-/tmp/xai-mvn.lock}"
if [ -z "${XAI_BENCH_LOCKED:-}" ]; then
  export XAI_BENCH_LOCKED=1
  exec flock "$LOCK" "$0" "$@"
fi

dir="$root"
if [ "${1:-}" = "--gen1" ]; then
  shift
  dir="$root/bench/target/gen1/src"
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    git archive 53a2604 | tar -x -C "$dir"
  fi
fi

(cd "$dir" && mvn -B -q -Pbench package -DskipTests -Denforcer.skip=true -pl bench -am \
  dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/jmh-classpath.txt)
java -cp "$dir/bench/target/classes:$(cat "$dir/bench/target/jmh-classpath.txt")" \
  org.openjdk.jmh.Main "$@"
