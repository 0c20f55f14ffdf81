// Each failure names the entry or the parameters at fault, without a stack trace; nothing was generated.
def log = new File(basedir, 'build.log').text
assert log.contains('pom.xml <models> entry 2 <flavourOptions>: at /modelStlye: "modelStlye" is not a flavour option. '
        + 'Valid options: extends, basePackage,') : 'the misspelt option of entry 2'
assert log.contains('Both <models> and <model> are set. With <models>, name every model (and its paginators) in its own '
        + '<model> entry, and remove <model> from the execution.') : '<model> beside <models>'
assert log.count('[ERROR] Failed to execute goal io.shapegen:shapegen-maven-plugin') == 2
assert log.readLines().findAll { it =~ /^\s+at [\w.$]+\(/ }.isEmpty() : 'stack trace in build.log'
assert !new File(basedir, 'target/generated-sources/shapegen').exists()
return true
