// The removal is accepted in the policy file with a reason: the build succeeded, the report shows it accepted.
def log = new File(basedir, 'build.log').text
assert log.contains('xsd-compat: 1 change: 1 breaking, 0 warning, 0 info, 0 safe; 1 accepted by the policy')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/xsd-compat/xsd-compat.json'))
assert report.summary.accepted == 1
def removal = report.changes.find { it.rule == 'element-removed' }
assert removal.path == '{urn:it:orders}createOrder/note'
assert removal.accepted == true
assert removal.acceptedReason == 'note was never sent by any client (checked in the 2025 traffic logs)'
def text = new File(basedir, 'target/xsd-compat/xsd-compat.txt').text
assert text.contains('1 change(s) accepted by the policy')
// the changelog people open shows the reason too
assert new File(basedir, 'target/xsd-compat/xsd-compat.html').text.contains('note was never sent by any client')
true
