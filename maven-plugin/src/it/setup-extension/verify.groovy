// The extension jar was built and installed, with its service registration.
def jar = new File(basedir, 'target/shapegen-audit-extension-1.0.jar')
assert jar.isFile()
def entries = new java.util.zip.ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name } }
assert entries.contains('META-INF/services/io.shapegen.generator.extension.GeneratorExtension')
assert entries.contains('io/shapegen/it/audit/AuditExtension.class')
return true
