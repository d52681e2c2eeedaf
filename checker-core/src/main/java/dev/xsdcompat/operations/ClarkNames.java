package dev.xsdcompat.operations;

import java.util.Optional;
import javax.xml.namespace.QName;

/** Parsing and formatting of Clark-notation names, {@code {namespace}localName}. */
public final class ClarkNames {

    private ClarkNames() {
    }

    /** Parses {@code {ns}local} (or a bare {@code local}, meaning no namespace); empty when malformed. */
    public static Optional<QName> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.charAt(0) != '{') {
            return text.indexOf('}') < 0 ? Optional.of(new QName(text)) : Optional.empty();
        }
        int close = text.indexOf('}');
        if (close < 0 || close == text.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new QName(text.substring(1, close), text.substring(close + 1)));
    }

    /** Formats a name as {@code {ns}local}; a name without namespace as {@code {}local}. */
    public static String format(QName name) {
        return "{" + name.getNamespaceURI() + "}" + name.getLocalPart();
    }
}
