// The YAML flavour file applied: bean accessors, @NullMarked packages, @Nullable members; the tests passed.
def sources = new File(basedir, 'target/generated-sources/shapegen/io/shapegen/it/beans')
def classes = new File(basedir, 'target/classes/io/shapegen/it/beans')

['', 'model/'].each {
    def info = new File(sources, "${it}package-info.java")
    assert info.isFile() : "no ${it}package-info.java"
    assert info.text.contains('@NullMarked') && info.text.contains('import org.jspecify.annotations.NullMarked;')
    assert new File(classes, "${it}package-info.class").isFile()
}
def widget = new File(sources, 'model/Widget.java').text
assert widget.contains('public @Nullable String getName()') : 'no bean getter with @Nullable'
assert widget.contains('setName(@Nullable String name)') : 'no bean setter'
assert !widget.contains('public String name()') : 'fluent accessors are still there'
assert new File(classes, 'model/Widget.class').isFile()

def report = new File(basedir, 'target/surefire-reports/TEST-io.shapegen.it.beans.BeanAccessorsTest.xml')
assert report.isFile() : 'the tests did not run'
assert report.text =~ /tests="3"[^>]*failures="0"/ && report.text =~ /errors="0"/ : 'the tests did not pass'
assert new File(basedir, 'build.log').text.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
return true
