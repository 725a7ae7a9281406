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

if $gen1; then
  # The first generation, built from its own commit outside the work tree; its contender is
  # compiled against those jars only.
  scratch="$root/bench/target/gen1"
  if [ ! -f "$scratch/src/facade/target/xai-java-0.1.0-SNAPSHOT.jar" ]; then
    rm -rf "$scratch" && mkdir -p "$scratch/src"
    git archive "$GEN1_COMMIT" | tar -x -C "$scratch/src"
    (cd "$scratch/src" && mvn -B -q package -DskipTests -pl facade -am \
      dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/cp.txt)
  fi
  dir="$scratch/contender"
  mkdir -p "$dir/target/classes"
  cp_file="$dir/target/runtime-classpath.txt"
  echo -n "$scratch/src/facade/target/xai-java-0.1.0-SNAPSHOT.jar:$(cat "$scratch/src/facade/target/cp.txt")" > "$cp_file"
  javac -nowarn -d "$dir/target/classes" \
    -cp "bench/harness/target/classes:$(cat "$cp_file")" \
    bench/contenders/xai-gen1/src/main/java/io/github/xaijava/bench/contenders/XaiGen1Contender.java
  contenders+=(--contender "xai-gen1=io.github.xaijava.bench.contenders.XaiGen1Contender=$dir")
fi

if [ -n "$before" ]; then
  # This client as of an earlier commit, built outside the work tree; the same contender source
  # as xai-java, compiled against those jars only, so the two differ by the client alone.
  scratch="$root/bench/target/before-$before"
  if [ ! -f "$scratch/src/facade/target/xai-java-0.1.0-SNAPSHOT.jar" ]; then
    rm -rf "$scratch" && mkdir -p "$scratch/src"
    git archive "$before" | tar -x -C "$scratch/src"
    (cd "$scratch/src" && mvn -B -q package -DskipTests -Denforcer.skip=true -pl facade -am \
      dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/cp.txt)
  fi
  dir="$scratch/contender"
  mkdir -p "$dir/target/classes"
  cp_file="$dir/target/runtime-classpath.txt"
  echo -n "$scratch/src/facade/target/xai-java-0.1.0-SNAPSHOT.jar:$(cat "$scratch/src/facade/target/cp.txt")" > "$cp_file"
  javac -nowarn -d "$dir/target/classes" \
    -cp "bench/harness/target/classes:$(cat "$cp_file")" \
    bench/contenders/xai/src/main/java/io/github/xaijava/bench/contenders/XaiContender.java
  contenders+=(--contender "xai-before=io.github.xaijava.bench.contenders.XaiContender=$dir")
fi

java -Xmx1g -cp bench/harness/target/classes io.github.xaijava.bench.harness.Harness \
  --harness-classpath bench/harness/target/classes "${contenders[@]}" ${args[@]+"${args[@]}"}
