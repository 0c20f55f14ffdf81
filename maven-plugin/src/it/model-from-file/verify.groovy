// The client, a model class, the enum and the exception were generated and compiled; one INFO summary line.
def sources = new File(basedir, 'target/generated-sources/shapegen/io/shapegen/it/widgets')
def classes = new File(basedir, 'target/classes/io/shapegen/it/widgets')
assert new File(sources, 'WidgetsClient.java').isFile()
assert new File(classes, 'WidgetsClient.class').isFile()
['Widget', 'Color', 'CreateWidgetRequest', 'GetWidgetResponse'].each {
    assert new File(sources, "model/${it}.java").isFile() : "missing model/${it}.java"
    assert new File(classes, "model/${it}.class").isFile() : "missing model/${it}.class"
}
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Widgets: \d+ files generated, \d+ changed, in target.generated-sources.shapegen/
return true
