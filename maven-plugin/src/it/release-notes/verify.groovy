// Release notes for 1.0 -> 1.1 -> 2.0 through checker-core's release series: the HTML changelog and the Markdown
// notes in each language, every release present.
def dir = new File(basedir, 'target/xsd-compat/release-notes')
def names = dir.listFiles()*.name.sort()
assert names == ['changelog.html', 'release-notes.md', 'release-notes.zh-CN.md'] : names
def notes = new File(dir, 'release-notes.md').text
assert notes.contains('1.1') && notes.contains('2.0')
assert notes.contains('giftWrap')
def html = new File(dir, 'changelog.html').text
assert html.contains('element-removed')
def log = new File(basedir, 'build.log').text
assert log.contains('xsd-compat: 1.0 -> 1.1: 1 changes')
assert log.contains('xsd-compat: 1.1 -> 2.0: 1 changes (1 breaking')
true
