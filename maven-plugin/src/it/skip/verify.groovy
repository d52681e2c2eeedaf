// -Dxsdcompat.skip: the goal ran, said it skipped, and compared nothing although the change is breaking.
def log = new File(basedir, 'build.log').text
assert log.contains('xsd-compat: skipped')
assert !new File(basedir, 'target/xsd-compat').exists()
true
