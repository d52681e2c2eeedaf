// Build failed (invoker.buildResult = failure); the failure names the change and points to the report.
def log = new File(basedir, 'build.log').text
assert log.contains('xsd-compat: 1 change at or above failOn=breaking against the baseline')
assert log.contains('[breaking] element-removed {urn:it:orders}createOrder/note')
assert log.contains('affected APIs: none known')
assert log.contains('Report: ') && log.contains('target/xsd-compat/xsd-compat.')
assert new File(basedir, 'target/xsd-compat/xsd-compat.json').isFile()
true
