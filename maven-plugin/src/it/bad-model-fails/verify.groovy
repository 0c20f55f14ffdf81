// The build failed with the located message (file, line:column, JSON pointer), no stack trace, no output.
def log = new File(basedir, 'build.log').text
def located = /[\/\\]widgets-2024-01-01\.json:72:\d+: at \/shapes\/Widget\/members\/Color\/shape: shape "Colour" is not defined\. /
assert log =~ located : "no located message in build.log"
// printStackTrace indents frames with a tab, Maven's -e output with spaces: neither may appear.
assert !log.contains('\tat ') : "build.log has a stack trace"
assert !(log =~ /(?m)^\s+at [\w.$<>]+ ?\(/) : "build.log has a stack trace"
assert !new File(basedir, 'target/generated-sources/shapegen').exists() : "output was written"
return true
