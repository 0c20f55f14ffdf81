// Every model class carries @Audited; the extension's two extra files exist and compiled; the test passed.
def sources = new File(basedir, 'target/generated-sources/shapegen/io/shapegen/it/audited')
def classes = new File(basedir, 'target/classes/io/shapegen/it/audited')

def models = ['CreateWidgetRequest', 'CreateWidgetResponse', 'GetWidgetRequest', 'GetWidgetResponse', 'Widget']
models.each {
    def text = new File(sources, "model/${it}.java").text
    assert text.contains("@Audited(\n        shape = \"${it}\"\n)") || text.contains("@Audited(shape = \"${it}\")") : "model/${it}.java is not annotated"
    // The annotation is kept in the class file (RuntimeVisibleAnnotations names its type).
    def bytes = new String(new File(classes, "model/${it}.class").bytes, 'ISO-8859-1')
    assert bytes.contains('Lio/shapegen/it/audited/model/Audited;') : "model/${it}.class lost the annotation"
}
// Only model classes: enums, exceptions and the client are offered to other hooks, which this extension leaves alone.
['Color', 'WidgetNotFoundException', 'WidgetsException'].each {
    assert !new File(sources, "model/${it}.java").text.contains('@Audited') : "model/${it}.java should not be annotated"
}
assert !new File(sources, 'WidgetsClient.java').text.contains('@Audited')
def annotated = new File(sources, 'model').listFiles().findAll { it.text.contains('@Audited(') }.collect { it.name - '.java' }.sort()
assert annotated == models : annotated

// The extra files.
assert new File(sources, 'model/Audited.java').text.contains('public @interface Audited')
assert new File(classes, 'model/Audited.class').isFile()
def registry = new File(sources, 'ModelRegistry.java').text
models.each { assert registry.contains("io.shapegen.it.audited.model.${it}.class") }
assert new File(classes, 'ModelRegistry.class').isFile()

// The extra files are the generator's own: listed in the manifest, so a later generation can remove them.
def manifest = new File(basedir, 'target/generated-sources/shapegen/.shapegen-manifest').text
assert manifest.contains('file io/shapegen/it/audited/ModelRegistry.java')
assert manifest.contains('file io/shapegen/it/audited/model/Audited.java')

def report = new File(basedir, 'target/surefire-reports/TEST-io.shapegen.it.audited.AuditedModelTest.xml')
assert report.isFile() : 'the test did not run'
assert report.text =~ /tests="2"[^>]*failures="0"|failures="0"[^>]*tests="2"/ : 'the test did not pass'
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
return true
