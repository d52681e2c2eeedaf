// The removal is accepted in the policy file with a reason: the build succeeded, the report shows it accepted.
def log = new File(basedir, 'build.log').text
assert !log.contains("parameter 'policy' is ignored")
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/xsd-compat/xsd-compat.json'))
def removal = report.changes.find { it.rule == 'element-removed' }
assert removal != null
assert removal.accepted?.reason?.contains('note was never sent by any client') || removal.acceptedReason?.contains('note was never sent by any client')
true
