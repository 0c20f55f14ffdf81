// build.log holds both failed builds: each names the file, line:column, the key and every valid key.
def log = new File(basedir, 'build.log').text
def valid = 'Valid options: extends, basePackage, clientName, modelStyle, accessorStyle, async, paginators, ' +
        'includeOperations, excludeOperations, renameShapes, renameMembers, nullabilityAnnotations, docs.'
def json = new File(basedir, 'src/main/shapegen/flavour.json').path
def yaml = new File(basedir, 'src/main/shapegen/flavour.yaml').path
assert log.contains("${json}:3:19: at /acessorStyle: \"acessorStyle\" is not a flavour option. ${valid}".toString()) : 'JSON message'
assert log.contains("${yaml}:3:24: at /nullabilityAnotations: \"nullabilityAnotations\" is not a flavour option. ${valid}".toString()) : 'YAML message'
assert log.count('[ERROR] Failed to execute goal io.shapegen:shapegen-maven-plugin') == 2

// A user error, not a crash: no stack trace, no "internal error".
def traces = log.readLines().findAll { it =~ /^\s+at [\w.$]+\(/ }
assert traces.isEmpty() : "stack trace lines in build.log: ${traces.take(3)}"
assert !log.contains('Exception:') : 'an exception class name was printed'

// Nothing generated, not even the directories.
assert !new File(basedir, 'target/generated-sources/shapegen').exists()
assert !new File(basedir, 'target/generated-docs').exists()
return true
