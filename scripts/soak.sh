#!/usr/bin/env bash
# The long soak (bench/.../SoakMain, the driver io.github.xaijava.soak.Soak of the facade's tests):
# one client, 64 threads, 10,000 chat completions and 1,000 streams against the simulator with 1 %
# faults; every outcome must be the answer or the typed error of its fault, and the client's threads,
# connections and heap must not grow. Built from this work tree's reactor (never the SNAPSHOT jars in
# ~/.m2), holding the shared Maven lock while it builds and runs, so no build competes for the CPUs.
#
#   scripts/soak.sh                                  # the long soak
#   scripts/soak.sh --quick                          # the short soak of mvn verify
#   scripts/soak.sh --calls 2000 --streams 200       # other counts; also --threads, --fault-rate, --seed
#
# XAI_MVN_LOCK names the lock file (default /tmp/xai-mvn.lock); XAI_MVN_FLAGS adds Maven flags
# (e.g. -o). Exit status 1 when the soak found a problem.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
LOCK="${XAI_MVN_LOCK:-/tmp/xai-mvn.lock}"
if [ -z "${XAI_BENCH_LOCKED:-}" ]; then
  export XAI_BENCH_LOCKED=1
  exec flock "$LOCK" "$0" "$@"
fi

# -DskipTests still compiles the tests: the facade's test jar holds the driver.
mvn -B -q ${XAI_MVN_FLAGS:-} -Pbench package -DskipTests -Denforcer.skip=true -pl bench -am \
  dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/soak-classpath.txt
java -cp "bench/target/classes:$(cat bench/target/soak-classpath.txt)" io.github.xaijava.bench.SoakMain "$@"
