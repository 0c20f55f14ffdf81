// build.log holds the three builds in order.
def summaries = new File(basedir, 'build.log').readLines().findAll { it.startsWith('[INFO] Widgets: ') }
assert summaries.size() == 3 : summaries
def first = summaries[0] =~ /Widgets: (\d+) files generated, (\d+) changed, in target\/generated-sources\/shapegen; (\d+) docs pages, (\d+) changed/
assert first.find() && first.group(1) == first.group(2) && first.group(3) == first.group(4) : 'the first build writes everything: ' + summaries[0]
def files = first.group(1)
def pages = first.group(3)
assert summaries[1] == "[INFO] Widgets: up to date (${files} files in target/generated-sources/shapegen, ${pages} docs pages)".toString() : summaries[1]
// A new package changes every Java source (and the docs that name it).
assert summaries[2].startsWith("[INFO] Widgets: ${files} files generated, ${files} changed".toString()) : 'a changed option must regenerate: ' + summaries[2]
def out = new File(basedir, 'target/generated-sources/shapegen')
assert new File(out, 'NOTES.txt').text == 'mine\n' : 'a file the generator never wrote was touched'
assert new File(out, 'io/shapegen/it/other/WidgetsClient.java').isFile() : 'the changed option did not regenerate'
assert !new File(out, 'io/shapegen/it/widgets').exists() : 'stale files of the old package were not removed'
def manifest = new File(out, '.shapegen-manifest').text
assert manifest.contains('file io/shapegen/it/other/WidgetsClient.java')
assert !manifest.contains('NOTES.txt')
return true
