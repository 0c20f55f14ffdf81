// The build failed with the generator's message as a plain user error, and generated nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('The flavour\'s excludeOperations names the operation "GetWidgets", which the model does not have. '
        + 'Did you mean GetWidget') : 'no located message with suggestions'
// A MojoFailureException ("Failed to execute goal ...: <message>"), not an execution error of the plugin.
assert log =~ /\[ERROR\] Failed to execute goal io\.shapegen:shapegen-maven-plugin:[^ ]+:generate \(default\) on project flavour-names-missing-operation: The flavour's excludeOperations/
assert !log.contains('Execution default of goal') : 'reported as a plugin crash'
assert log.readLines().findAll { it =~ /^\s+at [\w.$]+\(/ }.isEmpty() : 'stack trace in build.log'
assert !new File(basedir, 'target/generated-sources/shapegen').exists()
return true
