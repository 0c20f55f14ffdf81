// Both models were generated into their own packages with their own flavours, compiled, and are in the docs index.
def out = new File(basedir, 'target/generated-sources/shapegen/io/shapegen/it')
def classes = new File(basedir, 'target/classes/io/shapegen/it')

// widgets: the entry's clientName, the standard model style.
assert new File(out, 'widgets/WidgetStoreClient.java').isFile() : 'the entry\'s clientName was not applied'
assert !new File(out, 'widgets/WidgetsClient.java').exists()
assert new File(out, 'widgets/model/Widget.java').text.contains('public final class Widget')
// gadgets: the entry's flavour file made records; the default client name.
assert new File(out, 'gadgets/GadgetsClient.java').isFile()
assert new File(out, 'gadgets/model/Gadget.java').text.contains('public record Gadget(') : 'the entry\'s flavourFile was not applied'
// The execution's async=false reached both.
def async = []
out.eachFileRecurse { if (it.name.contains('Async')) async << it }
assert async.isEmpty() : "async=false was not applied to every model: ${async}"

['widgets/WidgetStoreClient', 'widgets/model/Widget', 'gadgets/GadgetsClient', 'gadgets/model/Gadget'].each {
    assert new File(classes, "${it}.class").isFile() : "${it}.class missing"
}
assert new File(classes, 'inventory/Inventory.class').isFile() : 'the code using both SDKs did not compile'

// One docs tree: a folder per service, and an index that lists both.
def docs = new File(basedir, 'target/generated-docs/shapegen')
assert new File(docs, 'widgets/client.md').isFile()
assert new File(docs, 'gadgets/client.md').isFile()
def index = new File(docs, 'README.md').text
assert index.contains('- [Gadgets](./gadgets/README.md)') : index
// A service is listed under its Java base name, which the entry's clientName set.
assert index.contains('- [WidgetStore](./widgets/README.md)') : index

// One manifest owns both models' files; one INFO line per model.
def manifest = new File(basedir, 'target/generated-sources/shapegen/.shapegen-manifest').text
assert manifest.contains('file io/shapegen/it/widgets/WidgetStoreClient.java')
assert manifest.contains('file io/shapegen/it/gadgets/GadgetsClient.java')
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Widgets: \d+ files generated, \d+ changed, in target.generated-sources.shapegen/
assert log =~ /\[INFO\] Gadgets: \d+ files generated, \d+ changed, in target.generated-sources.shapegen/
// The second build: both models up to date, in one line.
def upToDate = log.readLines().findAll { it.contains(': up to date (') }
assert upToDate.size() == 1 && upToDate[0].startsWith('[INFO] Widgets, Gadgets: up to date (') : upToDate
return true
