// Build failed with a message naming the parameter.
def log = new File(basedir, 'build.log').text
assert log.contains("xsd-compat: parameter 'oldSchemas': set either oldSchemas (a folder) or oldArtifact")
true
