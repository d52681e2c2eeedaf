package dev.xsdcompat.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.validation.Schema;

import org.w3c.dom.Element;

import dev.xsdcompat.classify.ClientMode;
import dev.xsdcompat.config.ConfigXml;
import dev.xsdcompat.xml.LocatedDocument;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.rules.Severity;

/**
 * Reads a policy file ({@code urn:xsd-compat:policy:1}). The format XSD checks the shape; this class checks what
 * the XSD cannot (rule ids exist, an acceptance names a fingerprint or a rule) and says where the problem is.
 */
public final class PolicyFile {

    public static final String NAMESPACE = "urn:xsd-compat:policy:1";
    private static final Schema FORMAT = ConfigXml.format(PolicyFile.class, "policy-1.xsd");

    private PolicyFile() {
    }

    public static Policy read(Path file) {
        LocatedDocument parsed = ConfigXml.read(file, FORMAT, PolicyException::new);
        Element root = parsed.document().getDocumentElement();
        ClientMode clients = ClientMode.DEFAULT;
        Versioning versioning = Versioning.defaults();
        Map<Rule, Policy.Relevel> relevels = new EnumMap<>(Rule.class);
        Set<Rule> silenced = EnumSet.noneOf(Rule.class);
        List<Acceptance> acceptances = new ArrayList<>();
        Map<String, String> renames = new LinkedHashMap<>();
        for (Element e : ConfigXml.children(root, NAMESPACE)) {
            String where = file + ":" + parsed.lineOf(e);
            switch (e.getLocalName()) {
                case "clients" -> clients = ClientMode.valueOf(upper(e.getAttribute("mode")));
                case "versioning" -> versioning = new Versioning(
                        Versioning.Scheme.valueOf(upper(attr(e, "scheme", "semver"))),
                        Versioning.Part.valueOf(upper(attr(e, "breaking", "major"))));
                case "rule" -> {
                    Rule rule = rule(e.getAttribute("id"), where);
                    if (Boolean.parseBoolean(e.getAttribute("silence"))) {
                        silenced.add(rule);
                    }
                    Severity request = e.hasAttribute("request") ? Severity.parse(e.getAttribute("request")) : null;
                    Severity response = e.hasAttribute("response") ? Severity.parse(e.getAttribute("response")) : null;
                    if (request != null || response != null) {
                        relevels.put(rule, new Policy.Relevel(request, response));
                    }
                }
                case "accept" -> acceptances.add(acceptance(e, where));
                case "rename" -> renames.put(e.getAttribute("from").trim(), e.getAttribute("to").trim());
                default -> throw new PolicyException(where + ": unexpected element " + e.getLocalName(), null);
            }
        }
        return new Policy(clients, versioning, relevels, silenced, acceptances, renames);
    }

    private static Acceptance acceptance(Element e, String where) {
        String fingerprint = e.hasAttribute("fingerprint") ? e.getAttribute("fingerprint").trim() : null;
        Rule rule = e.hasAttribute("rule") ? rule(e.getAttribute("rule"), where) : null;
        if ((fingerprint == null) == (rule == null)) {
            throw new PolicyException(where + ": <accept> names either a fingerprint or a rule (with an optional "
                    + "path), not " + (fingerprint == null ? "neither" : "both"), null);
        }
        String path = e.hasAttribute("path") ? e.getAttribute("path").trim() : null;
        return new Acceptance(fingerprint, rule, path, e.getAttribute("reason").trim(), where);
    }

    private static Rule rule(String id, String where) {
        return Rule.byId(id.trim()).orElseThrow(() -> new PolicyException(where + ": unknown rule id '" + id.trim()
                + "' (the rule ids are listed in README.md and in every report)", null));
    }

    private static String attr(Element e, String name, String fallback) {
        return e.hasAttribute(name) ? e.getAttribute(name) : fallback;
    }

    private static String upper(String s) {
        return s.trim().toUpperCase(Locale.ROOT);
    }
}
