#!/usr/bin/env bash
# Builds the generated chime client and the runtime as they were at an earlier commit, for side-by-side
# before/after numbers:
#   bash benchmarks/baseline.sh [REV]        # REV: the commit to compare with (default d4c9586)
#   bash benchmarks/run.sh --baseline-cp="$(cat benchmarks/target/baseline/classpath.txt)" --only=cold,cpu,client
#
# REV's sources are exported (git archive) and built with REV's own build (model, runtime, generator, plugin and
# generated sample; `mvn package`, so nothing is installed into the local repository), so the baseline is exactly
# what REV generated and ran.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-d4c9586}"
out="$PWD/benchmarks/target/baseline"
rm -rf "$out" && mkdir -p "$out/src"
git archive "$rev" | tar -x -C "$out/src"
(cd "$out/src" && mvn -B -q -ntp package -DskipTests -Dinvoker.skip=true \
  -pl model,runtime,generator,maven-plugin,generated-sample)
jackson="$(tr ':' '\n' < benchmarks/client-shapegen/target/runtime-classpath.txt | grep jackson-core)"
runtime="$(ls "$out"/src/runtime/target/shapegen-runtime-*.jar | grep -v -e sources -e javadoc)"
sample="$(ls "$out"/src/generated-sample/target/shapegen-generated-sample-*.jar | grep -v -e sources -e javadoc -e tests)"
echo "$sample:$runtime:$jackson" > "$out/classpath.txt"
echo "Baseline of $rev at $out (classpath in $out/classpath.txt)"
