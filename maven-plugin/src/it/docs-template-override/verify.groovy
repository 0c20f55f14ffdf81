// client.md is exactly what the override renders; the other pages come from the built-in templates.
def docs = new File(basedir, 'target/generated-docs/shapegen/widgets')
def client = new File(docs, 'client.md').text
assert client == '''# WidgetsClient (house style)

> [Index](../README.md) > [Widgets](./README.md) > Client

- [createWidget](./operations/createWidget.md): Creates a widget.
- [getWidget](./operations/getWidget.md): Returns one widget.
''' : "client.md is not the override's output:\n${client}"

// The built-in pages, recognised by what only the built-in templates write.
def readme = new File(docs, 'README.md').text
assert readme.startsWith('# Widgets\n') && readme.contains('shapegen-maven-plugin') : 'README.md is not the built-in page'
assert readme.contains('(./client.md)') : 'README.md does not link the client page'
assert new File(docs, 'models.md').text.contains('> [Index](../README.md) > [Widgets](./README.md) > Models')
assert new File(docs, 'enums.md').text.contains('## Color')
assert new File(docs, 'exceptions.md').text.contains('## WidgetNotFoundException')
['createWidget', 'getWidget'].each {
    def page = new File(docs, "operations/${it}.md").text
    assert page.contains('## Request Syntax') : "operations/${it}.md is not the built-in page"
}
docs.eachFileRecurse { if (it.isFile() && it.name != 'client.md') assert !it.text.contains('house style') : it }

// The index at the docs root, and the sources, are unaffected.
assert new File(basedir, 'target/generated-docs/shapegen/README.md').text.contains('- [Widgets](./widgets/README.md)')
assert new File(basedir, 'target/classes/io/shapegen/it/widgets/WidgetsClient.class').isFile()
return true
