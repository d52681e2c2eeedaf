// Build succeeded (invoker checked); the check wrote every report format and found the added element.
def out = new File(basedir, 'target/xsd-compat')
def json = new File(out, 'xsd-compat.json')
def text = new File(out, 'xsd-compat.txt')
assert json.isFile() : "missing $json"
assert text.isFile() : "missing $text"
// formats not configured: every format checker-core has, one file each
def files = out.listFiles().findAll { it.isFile() }*.name.sort()
assert files == ['xsd-compat.html', 'xsd-compat.json', 'xsd-compat.md', 'xsd-compat.sarif', 'xsd-compat.txt',
                 'xsd-compat.xml'] : files
assert new File(out, 'xsd-compat.html').text.contains('giftWrap')
assert new File(out, 'xsd-compat.sarif').text.contains('element-added-optional')
def report = new groovy.json.JsonSlurper().parse(json)
assert report.changes*.rule == ['element-added-optional']
assert report.changes[0].path == '{urn:it:orders}createOrder/giftWrap'
assert report.summary.breaking == 0
def log = new File(basedir, 'build.log').text
assert log.contains('xsd-compat: 1 change: 0 breaking, 1 warning')
// the excluded draft (malformed XML) was not read
assert !log.contains('unfinished.xsd')
true
