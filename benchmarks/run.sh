#!/usr/bin/env bash
# Runs every benchmark and prints the tables of docs/performance.md (also written to
# benchmarks/target/bench-results/results.md, with JMH's raw JSON and logs beside it).
#
#   bash benchmarks/run.sh                     # everything, ~15-20 min on 2 cores
#   bash benchmarks/run.sh --quick             # fewer forks/iterations/runs, ~5 min; indicative only
#   bash benchmarks/run.sh --only=client,cold  # sections: classpath,generator,corpus,mojo,cold,cpu,client
#   bash benchmarks/run.sh --max-load=0.5      # wait before each section until the 1-min load average is below 0.5
#   bash benchmarks/run.sh --threads=1,8       # client thread counts
#   bash benchmarks/run.sh --no-build ...      # skip the Maven build (reuse benchmarks/*/target)
#
# The build installs the upstream modules together (model, runtime, generator, plugin, generated sample) with
# -Pbench; the first run downloads the AWS SDK, its codegen and JMH from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=false; else args+=("$arg"); fi
done

conformance="${SHAPEGEN_CONFORMANCE_DIR:-$(cd .. && pwd)/shared/conformance}"
if [ ! -f "$conformance/chime-sdk-identity/service-2.json" ]; then
  echo "The chime-sdk-identity model is missing at $conformance/chime-sdk-identity; set SHAPEGEN_CONFORMANCE_DIR." >&2
  exit 1
fi

if $build; then
  echo "Building (mvn -Pbench install -DskipTests)..."
  mvn -B -q -ntp -Pbench install -DskipTests \
    -pl model,runtime,generator,maven-plugin,generated-sample,benchmarks,benchmarks/harness,benchmarks/client-shapegen,benchmarks/client-aws,benchmarks/generator-shapegen,benchmarks/generator-aws
fi

version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
exec java -Dbench.home=benchmarks -Dbench.chime.dir="$conformance/chime-sdk-identity" -Dbench.version="$version" \
  -cp benchmarks/harness/target/classes io.shapegen.bench.run.BenchRunner ${args[@]+"${args[@]}"}
