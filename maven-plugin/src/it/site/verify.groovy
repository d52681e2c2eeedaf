// mvn site: the XSD compatibility page exists, is in the menu, and lists the breaking change (site never fails).
def page = new File(basedir, 'target/site/xsd-compat-changelog.html')
assert page.isFile() : "missing $page"
def html = page.text
assert html.contains('XSD compatibility')
assert html.contains('element-removed')
assert html.contains('{urn:it:orders}createOrder/note')
// the page is listed under the site's Project Reports
def reports = new File(basedir, 'target/site/project-reports.html').text
assert reports.contains('href="xsd-compat-changelog.html"')
true
