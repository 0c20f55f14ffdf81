// build.log holds the three builds in order.
def summaries = new File(basedir, 'build.log').readLines().findAll { it.startsWith('[INFO] Widgets: ') }
assert summaries.size() == 3 : summaries
def first = summaries[0] =~ /Widgets: (\d+) files generated, (\d+) changed, in target\/generated-sources\/shapegen; (\d+) docs pages, (\d+) changed/
assert first.find() && first.group(1) == first.group(2) && first.group(3) == first.group(4) : 'the first build writes everything: ' + summaries[0]
def files = first.group(1)
def pages = first.group(3)
assert summaries[1] ==~ /\[INFO\] Widgets: up to date \(${files} files in target\/generated-sources\/shapegen, ${pages} docs pages\); \d+ ms/ : summaries[1]

// modelStyle records changes the model classes (and only what depends on them); the rest is rewritten only if
// its bytes changed.
def third = summaries[2] =~ /Widgets: (\d+) files generated, (\d+) changed, in target\/generated-sources\/shapegen; (\d+) docs pages, (\d+) changed/
assert third.find() : 'a changed flavour option must regenerate: ' + summaries[2]
assert third.group(1) == files && third.group(2).toInteger() > 0 : 'a changed flavour option must regenerate: ' + summaries[2]

def out = new File(basedir, 'target/generated-sources/shapegen')
def widget = new File(out, 'io/shapegen/it/widgets/model/Widget.java').text
assert widget.contains('public record Widget(') : 'the changed option did not reach the output'
assert new File(out, 'NOTES.txt').text == 'mine\n' : 'a file the generator never wrote was touched'
def manifest = new File(out, '.shapegen-manifest').text
assert manifest.contains('file io/shapegen/it/widgets/model/Widget.java')
assert !manifest.contains('NOTES.txt')
return true
