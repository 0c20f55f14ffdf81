// The chime-sdk-identity model was read from the jar and its client compiled.
def sources = new File(basedir, 'target/generated-sources/shapegen/io/shapegen/it/chime')
assert new File(sources, 'ChimeSdkIdentityClient.java').isFile()
assert new File(basedir, 'target/classes/io/shapegen/it/chime/ChimeSdkIdentityClient.class').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Chime SDK Identity: \d+ files generated, \d+ changed, in target.generated-sources.shapegen/
return true
