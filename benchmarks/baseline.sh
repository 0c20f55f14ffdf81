#!/usr/bin/env bash
# Builds "the generated client before the performance fixes", for side-by-side before/after numbers:
#   bash benchmarks/baseline.sh [REV]        # REV: the commit before the fixes (default 039b0af)
#   bash benchmarks/run.sh --baseline-cp="$(cat benchmarks/target/baseline/classpath.txt)" --only=cold,client
#
# The baseline is today's runtime sources with every file the fixes changed taken back to REV (files added
# since REV removed, except those the generated code needs that are not part of the fixes), compiled as the
# runtime was then, and today's generated chime sources with their path concatenation turned back into '+'
# (the only generator change of the fixes). Run benchmarks/run.sh (or its build) first.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-039b0af}"
out="benchmarks/target/baseline"
rm -rf "$out" && mkdir -p "$out/runtime-src" "$out/runtime-classes" "$out/generated-src" "$out/generated-classes"
jackson="$(tr ':' '\n' < benchmarks/client-shapegen/target/runtime-classpath.txt | grep jackson-core)"

cp -r runtime/src/main/java/. "$out/runtime-src/"
# The files the fixes touched: back to REV. HttpInput is new with the fixes.
for file in $(git diff --name-only "$rev" -- runtime/src/main/java | grep -E \
    'sigv4/(CanonicalRequest|Sha256|SigV4Signer)|client/(MarshalledRequest|RequestAssembler)|http/(Connection|HttpHeaders|RequestWriter|ResponseReader|SocketHttpTransport)|protocol/PercentEncoding'); do
  git show "$rev:$file" > "$out/runtime-src/${file#runtime/src/main/java/}"
done
rm -f "$out/runtime-src/io/shapegen/runtime/http/HttpInput.java"
javac -nowarn --release 17 -cp "$jackson" -d "$out/runtime-classes" $(find "$out/runtime-src" -name '*.java')
(cd runtime/target/classes && find . -type f ! -name '*.class' -exec cp --parents {} "../../../$out/runtime-classes/" \;)

cp -r generated-sample/target/generated-sources/shapegen/. "$out/generated-src/"
python3 - "$out/generated-src" <<'PY'
import pathlib, re, sys
for path in pathlib.Path(sys.argv[1]).rglob('*.java'):
    text = path.read_text()
    # "/a/"\n    .concat(X) -> "/a/" + (X): what the generator emitted before the fix
    path.write_text(re.sub(r'\n\s*\.concat\(', ' + (', text))
PY
javac -nowarn --release 17 -cp "$out/runtime-classes:$jackson" -d "$out/generated-classes" $(find "$out/generated-src" -name '*.java')
(cd "$out/runtime-classes" && jar cf ../shapegen-runtime-baseline.jar .)
(cd "$out/generated-classes" && jar cf ../generated-chime-baseline.jar .)
echo "$PWD/$out/generated-chime-baseline.jar:$PWD/$out/shapegen-runtime-baseline.jar" > "$out/classpath.txt"
echo "Baseline at $out (classpath in $out/classpath.txt)"
