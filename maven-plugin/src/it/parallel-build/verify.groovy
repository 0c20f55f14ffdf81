import java.security.MessageDigest

// Every file of a tree with its SHA-256, relative paths sorted.
def tree = { File root ->
    def files = [:] as TreeMap
    root.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        files[root.toPath().relativize(f.toPath()).toString()] = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
    }
    files
}
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2') : 'the build did not run in parallel'
['generated-sources', 'generated-docs'].each { kind ->
    def a = tree(new File(basedir, "a/target/${kind}/shapegen"))
    def b = tree(new File(basedir, "b/target/${kind}/shapegen"))
    assert !a.isEmpty()
    assert a == b : "${kind} differ between the two modules built in parallel"
}
return true
