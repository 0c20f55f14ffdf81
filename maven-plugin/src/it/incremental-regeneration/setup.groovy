// A file of the user's own in the output directory, which the generator never wrote: it must survive.
def notes = new File(basedir, 'target/generated-sources/shapegen/NOTES.txt')
notes.parentFile.mkdirs()
notes.text = 'mine\n'
return true
