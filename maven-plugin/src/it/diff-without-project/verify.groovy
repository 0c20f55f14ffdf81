// Maven ran without a project: the reports went to target/shapegen-diff of the folder it ran in.
def folder = new File(basedir, 'no-project')
assert !new File(folder, 'pom.xml').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('standalone-pom') : "the build used a project"
def model = 'com.amazonaws:aws-java-sdk-models:1.12.797!/models/chime-sdk-identity-2021-04-20-model.json'
assert log =~ /\[INFO\] Chime SDK Identity: no changes, from \Q${model}\E to \Q${model}\E; changelog in target.shapegen-diff.changes\.md/
// The stub project's unresolved ${project.basedir} did not become a folder.
assert folder.list().sort() == ['README.txt', 'target'] : "unexpected files in no-project/: ${folder.list()}"
def changelog = new File(folder, 'target/shapegen-diff/changes.md').getText('UTF-8')
assert changelog == "# Chime SDK Identity: model changes\n\nFrom `${model}` to `${model}`: no changes.\n"
assert new File(folder, 'target/shapegen-diff/changes.json').text.contains('"changes": [],')
return true
