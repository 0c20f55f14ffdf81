import groovy.json.JsonSlurper

// The build failed with one message that lists every breaking change and why, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('5 breaking changes from widgets-2024-01-01.json to widgets-2024-06-01.json (failOnBreaking is true):')
[
    '  - operation-removed DeleteWidget. The client method is removed, so code that calls it no longer compiles.',
    '  - shape-removed DeleteWidgetRequest: structure. Its class is no longer generated, so code that uses it no longer compiles.',
    '  - member-added CreateWidgetRequest.Size: required integer. Required in a request: callers must now set it, and requests without it fail.',
    '  - member-type-changed Widget.Weight: integer -> long. Its Java type changes, so code that reads or sets it may no longer compile.',
    '  - enum-value-removed Color BLUE. Requests that send it are rejected, and its enum constant is removed, so code that names it no longer compiles.',
].each { assert log.contains(it) : "build.log does not list: ${it}" }
assert log =~ /The changelog is target.shapegen-diff.changes\.md\. Make the new model compatible, or set <failOnBreaking> to false/
assert !log.contains('\tat ') : "build.log has a stack trace"
assert !(log =~ /(?m)^\s+at [\w.$<>]+ ?\(/) : "build.log has a stack trace"

// The reports were written before the build failed.
def report = new JsonSlurper().parse(new File(basedir, 'target/shapegen-diff/changes.json'))
assert report.summary.breaking == 5
assert report.changes.findAll { it.breaking }.collect { it.kind } ==
        ['operation-removed', 'shape-removed', 'member-added', 'member-type-changed', 'enum-value-removed']
def changelog = new File(basedir, 'target/shapegen-diff/changes.md').getText('UTF-8')
assert changelog.contains('\n## Breaking changes\n')
assert changelog.contains('\n- **Operation removed** `DeleteWidget` — The client method is removed, so code that calls it no longer compiles.\n')
return true
