// The build failed with the located message (file, line:column, JSON pointer), no stack trace, no reports.
def log = new File(basedir, 'build.log').text
def located = /[\/\\]widgets-2024-06-01\.json:\d+:\d+: at \/shapes\/Widget\/members\/Weight\/shape: shape "Lnog" is not defined\. /
assert log =~ located : "no located message in build.log"
assert !log.contains('\tat ') : "build.log has a stack trace"
assert !(log =~ /(?m)^\s+at [\w.$<>]+ ?\(/) : "build.log has a stack trace"
assert !new File(basedir, 'target/shapegen-diff').exists() : "reports were written"
return true
