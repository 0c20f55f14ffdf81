// build.log holds the three builds in order.
def summaries = new File(basedir, 'build.log').readLines().findAll { it.startsWith('[INFO] Widgets: ') }
assert summaries.size() == 3 : summaries
assert summaries[0].startsWith('[INFO] Widgets: 9 files generated, 9 changed') : summaries[0]
assert summaries[1] == '[INFO] Widgets: up to date (9 files in target/generated-sources/shapegen, 9 docs pages)' : summaries[1]
assert summaries[2].startsWith('[INFO] Widgets: 9 files generated, 9 changed') : 'a changed option must regenerate: ' + summaries[2]
def out = new File(basedir, 'target/generated-sources/shapegen')
assert new File(out, 'NOTES.txt').text == 'mine\n' : 'a file the generator never wrote was touched'
assert new File(out, 'io/shapegen/it/other/WidgetsClient.java').isFile() : 'the changed option did not regenerate'
assert !new File(out, 'io/shapegen/it/widgets').exists() : 'stale files of the old package were not removed'
def manifest = new File(out, '.shapegen-manifest').text
assert manifest.contains('file io/shapegen/it/other/WidgetsClient.java')
assert !manifest.contains('NOTES.txt')
return true
