// The baseline jar (installed by setup-baseline-schemas) was resolved from the repository and compared.
def log = new File(basedir, 'build.log').text
assert log.contains('with the baseline dev.xsdcompat.it:baseline-schemas:1.0')
def json = new File(basedir, 'target/xsd-compat/xsd-compat.json')
assert json.isFile()
// formats = json: nothing else was written
assert new File(basedir, 'target/xsd-compat').listFiles().findAll { it.isFile() }*.name == ['xsd-compat.json']
def report = new groovy.json.JsonSlurper().parse(json)
assert report.old.label.contains('baseline-schemas-1.0.jar')
assert report.changes*.path == ['{urn:it:orders}createOrder/giftWrap']
true
