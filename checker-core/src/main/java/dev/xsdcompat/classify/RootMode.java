package dev.xsdcompat.classify;

import java.util.Locale;

/**
 * For schema sets without APIs: every global element is a document root, read as a request, a response, or both.
 */
public enum RootMode {
    /** New readers must accept old documents, as a server accepts requests. */
    BACKWARD,
    /** Old readers must accept new documents, as a client accepts responses. */
    FORWARD,
    /** Both. */
    FULL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean requests() {
        return this != FORWARD;
    }

    public boolean responses() {
        return this != BACKWARD;
    }
}
