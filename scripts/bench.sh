#!/usr/bin/env bash
# The side-by-side benchmark (see BENCHMARKS.md): builds the harness and the contenders, then runs
# every scenario with each contender in JVMs of its own. Holds the shared Maven lock for the whole
# run, so no build competes for the CPUs while it measures.
#
#   scripts/bench.sh                 # the full run (about 10 minutes on 2 cores)
#   scripts/bench.sh --quick         # small counts, to try the harness (about 2 minutes)
#   scripts/bench.sh --with-gen1     # also the first model generation (commit 53a2604), built in a
#                                    # scratch directory, as the contender "xai-gen1"
#   scripts/bench.sh --with-before COMMIT
#                                    # also this client as of COMMIT, built in a scratch directory,
#                                    # as the contender "xai-before" (same contender code as xai-java)
#   scripts/bench.sh --jfr DIR       # also record each long-lived contender JVM with JFR
# Other arguments go to the harness (--rounds N, --cold-rounds N, --big-rounds N, --out FILE).
# Results: bench/target/bench-results.md; logs: bench/target/bench-logs/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
LOCK="${XAI_MVN_LOCK:-/tmp/xai-mvn.lock}"
if [ -z "${XAI_BENCH_LOCKED:-}" ]; then
  export XAI_BENCH_LOCKED=1
  exec flock "$LOCK" "$0" "$@"
fi
GEN1_COMMIT=53a2604

gen1=false
before=
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --with-gen1) gen1=true ;;
    --with-before) before=$2; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done

mvn -B -q -Pbench package -DskipTests -Denforcer.skip=true \
  -pl bench/harness,bench/contenders/raw,bench/contenders/openai,bench/contenders/xai -am

contenders=(
  --contender "raw=io.github.xaijava.bench.contenders.RawContender=bench/contenders/raw"
  --contender "openai-java=io.github.xaijava.bench.contenders.OpenAiContender=bench/contenders/openai"
  --contender "xai-java=io.github.xaijava.bench.contenders.XaiContender=bench/contenders/xai"
)

# Builds this client as of COMMIT outside the work tree and compiles CONTENDER_SOURCE against those
# jars only, as contender NAME: the two then differ by the client alone.
add_commit_contender() {
  local name=$1 commit=$2 class=$3 source=$4
  local scratch="$root/bench/target/$name-$commit"
  if [ ! -f "$scratch/src/facade/target/xai-java-0.1.0-SNAPSHOT.jar" ]; then
    rm -rf "$scratch" && mkdir -p "$scratch/src"
    git archive "$commit" | tar -x -C "$scratch/src"
    (cd "$scratch/src" && mvn -B -q package -DskipTests -Denforcer.skip=true -pl facade -am \
      dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/cp.txt)
  fi
  local dir="$scratch/contender"
  mkdir -p "$dir/target/classes"
  local cp_file="$dir/target/runtime-classpath.txt"
  echo -n "$scratch/src/facade/target/xai-java-0.1.0-SNAPSHOT.jar:$(cat "$scratch/src/facade/target/cp.txt")" > "$cp_file"
  javac -nowarn -d "$dir/target/classes" -cp "bench/harness/target/classes:$(cat "$cp_file")" "$source"
  contenders+=(--contender "$name=io.github.xaijava.bench.contenders.$class=$dir")
}

if $gen1; then
  # The first generation, with a contender of its own (its API differed).
  add_commit_contender xai-gen1 "$GEN1_COMMIT" XaiGen1Contender \
    bench/contenders/xai-gen1/src/main/java/io/github/xaijava/bench/contenders/XaiGen1Contender.java
fi
if [ -n "$before" ]; then
  add_commit_contender xai-before "$before" XaiContender \
    bench/contenders/xai/src/main/java/io/github/xaijava/bench/contenders/XaiContender.java
fi

java -Xmx1g -cp bench/harness/target/classes io.github.xaijava.bench.harness.Harness \
  --harness-classpath bench/harness/target/classes "${contenders[@]}" ${args[@]+"${args[@]}"}
