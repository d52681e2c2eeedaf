// The corpus was replayed: one message valid in both versions, one newly accepted; nothing fails the build.
def log = new File(basedir, 'build.log').text
assert log.contains('xsd-compat: replayed 2 messages (plain): 0 newly rejected, 1 newly accepted')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/xsd-compat/xsd-compat.json'))
def byFile = report.replay.messages.collectEntries { [(it.file): it.outcome] }
assert byFile == ['create-order-gift.xml': 'newly-accepted', 'create-order.xml': 'valid-in-both'] : byFile
assert new File(basedir, 'target/xsd-compat/xsd-compat.txt').text.contains('create-order-gift.xml')
true
