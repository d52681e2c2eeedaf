// Release notes for 1.0 -> 1.1 -> 2.0: one release per consecutive pair, in each requested format.
def dir = new File(basedir, 'target/xsd-compat/release-notes')
def names = dir.listFiles()*.name.sort()
assert names == ['1.0_to_1.1.json', '1.0_to_1.1.txt', '1.1_to_2.0.json', '1.1_to_2.0.txt'] : names
def slurper = new groovy.json.JsonSlurper()
assert slurper.parse(new File(dir, '1.0_to_1.1.json')).changes*.rule == ['element-added-optional']
assert slurper.parse(new File(dir, '1.1_to_2.0.json')).changes*.rule == ['element-removed']
true
