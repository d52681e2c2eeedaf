package dev.xsdcompat.report.model;

import java.util.List;

import dev.xsdcompat.rules.Severity;

/**
 * One change as reports show it: everything a reader needs, already formatted (short type names, parent, source
 * locations as {@code file:line}). Templates read the accessors by name.
 *
 * @param anchor        an id unique within the report (HTML anchors)
 * @param parent        the path of the component holding the changed one, namespaces dropped ({@code createUser})
 * @param oldShort      the old value with {@code xs:} and namespace-less type names; null when absent
 * @param requestApis   the APIs whose requests reach the change ({@code affectedApis} is both directions)
 * @param acceptedReason the written reason a policy accepted this change with, or null
 * @param searchText    lower-case text the free-text filter matches against
 * @param replay        what replaying a corpus shows about the change; null when nothing was replayed
 */
public record ChangeEntry(String anchor, String rule, String description, String kind, String component, String name,
        String namespace, String path, String parent, String subject, String oldValue, String newValue,
        String oldShort, String newShort, Severity severity, Severity requestSeverity, Severity responseSeverity,
        String overall, String request, String response, String overallLabel, String requestLabel,
        String responseLabel, List<String> affectedApis, List<String> requestApis, List<String> responseApis,
        String oldLocation, String newLocation, String fingerprint,
        String acceptedReason, String searchText, ChangeEvidence replay) {

    public ChangeEntry {
        affectedApis = List.copyOf(affectedApis);
        requestApis = List.copyOf(requestApis);
        responseApis = List.copyOf(responseApis);
    }

    public boolean hasRequestApis() {
        return !requestApis.isEmpty();
    }

    public boolean hasResponseApis() {
        return !responseApis.isEmpty();
    }

    /** Space-separated API names (HTML data attribute). */
    public String apisText() {
        return String.join(" ", affectedApis);
    }

    /** Comma-separated API names (for reading). */
    public String apisList() {
        return String.join(", ", affectedApis);
    }

    /** The full old value when the short one drops a namespace other than XML Schema's (HTML title); else null. */
    public String oldTitle() {
        return title(oldValue, oldShort);
    }

    public String newTitle() {
        return title(newValue, newShort);
    }

    private static String title(String value, String shortValue) {
        return value == null || value.replace("{http://www.w3.org/2001/XMLSchema}", "xs:").equals(shortValue) ? null
                : value;
    }

    /** The namespace when it is not the one the path starts with (the HTML's by-schema view), else null. */
    public String namespaceAttribute() {
        String ns = namespace == null ? "" : namespace;
        return ("{" + ns + "}").equals(pathNamespace()) || ns.isEmpty() && pathNamespace().isEmpty() ? null : ns;
    }

    public String requestApisText() {
        return String.join(" ", requestApis);
    }

    public String responseApisText() {
        return String.join(" ", responseApis);
    }

    public boolean hasReplay() {
        return replay != null;
    }

    /** A breaking change that a newly rejected corpus message demonstrates. */
    public boolean confirmed() {
        return replay != null && replay.confirmed();
    }

    public boolean hasApis() {
        return !affectedApis.isEmpty();
    }

    /** An element or attribute was added: notes say "added X to parent (type T)". */
    public boolean added() {
        return "added".equals(kind) && ("element".equals(component) || "attribute".equals(component))
                && !parent.isEmpty();
    }

    /** The changed component is an element (notes say "element" rather than "attribute"). */
    public boolean element() {
        return "element".equals(component);
    }

    public boolean breaking() {
        return severity == Severity.BREAKING;
    }

    public boolean accepted() {
        return acceptedReason != null;
    }

    public boolean hasOld() {
        return oldValue != null;
    }

    public boolean hasNew() {
        return newValue != null;
    }

    /** The {@code {namespace}} the path starts with, or empty (shown muted). */
    public String pathNamespace() {
        return path.startsWith("{") && path.indexOf('}') > 0 ? path.substring(0, path.indexOf('}') + 1) : "";
    }

    /** The path after its leading {@code {namespace}}. */
    public String pathLocal() {
        return path.substring(pathNamespace().length());
    }

    public boolean hasOldLocation() {
        return !oldLocation.isEmpty();
    }

    public boolean hasNewLocation() {
        return !newLocation.isEmpty();
    }

    public boolean hasSubject() {
        return subject != null;
    }

    /** The location to point at: in the new version, else in the old one. */
    public String location() {
        return newLocation.isEmpty() ? oldLocation : newLocation;
    }
}
