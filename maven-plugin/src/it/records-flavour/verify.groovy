// Instance is a record with a title component; DeleteAppInstance left no trace; the project's tests passed.
def sources = new File(basedir, 'target/generated-sources/shapegen/io/shapegen/it/chime')
def classes = new File(basedir, 'target/classes/io/shapegen/it/chime')

def instance = new File(sources, 'model/Instance.java').text
assert instance.contains('public record Instance(') : 'Instance.java is not a record'
assert instance =~ /String title[,)]/ : 'the renamed member is not a component'
assert !new File(sources, 'model/AppInstance.java').exists() : 'the old name was generated too'

// Read the compiled class itself: its superclass is java.lang.Record.
def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], ClassLoader.platformClassLoader)
def type = loader.loadClass('io.shapegen.it.chime.model.Instance')
assert type.isRecord() : 'Instance.class is not a record'
assert type.recordComponents*.name.contains('title')
loader.close()

['DeleteAppInstanceRequest', 'DeleteAppInstanceResponse'].each {
    assert !new File(sources, "model/${it}.java").exists() : "${it} was generated for an excluded operation"
    assert !new File(classes, "model/${it}.class").exists()
}
def client = new File(sources, 'ChimeIdentityClient.java').text
assert !client.contains(' deleteAppInstance(')
assert client.contains(' deleteAppInstanceUser(')
assert !new File(sources, 'ChimeSdkIdentityClient.java').exists() : 'clientName was ignored'
def docs = new File(basedir, 'target/generated-docs/shapegen/chime-sdk-identity')
assert !new File(docs, 'operations/deleteAppInstance.md').exists() : 'the excluded operation has a docs page'
assert new File(docs, 'models.md').text.contains('## Instance')

def report = new File(basedir, 'target/surefire-reports/TEST-io.shapegen.it.chime.RenamedApiTest.xml')
assert report.isFile() : 'the tests did not run'
assert report.text =~ /tests="4"[^>]*failures="0"/ && report.text =~ /errors="0"/ : 'the tests did not pass'
assert new File(basedir, 'build.log').text.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
return true
