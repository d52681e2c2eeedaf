package dev.xsdcompat.classify;

import java.util.List;
import java.util.Objects;

import dev.xsdcompat.diff.Change;
import dev.xsdcompat.rules.Severity;

/**
 * A change with its verdict: how severe it is for requests and for responses, which APIs it touches, and, when
 * a policy accepted it, the written reason (accepted findings are still reported but no longer fail a build).
 */
public record Finding(Change change, Severity request, Severity response, ApiReach apis, String acceptedReason)
        implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(change);
        Objects.requireNonNull(request);
        Objects.requireNonNull(response);
        apis = apis == null ? ApiReach.NONE : apis;
    }

    /** A finding whose APIs are known without their direction (they count for both). */
    public Finding(Change change, Severity request, Severity response, List<String> affectedApis) {
        this(change, request, response, new ApiReach(affectedApis, affectedApis), null);
    }

    /** Every API the change touches, either direction, sorted. */
    public List<String> affectedApis() {
        return apis.all();
    }

    public boolean accepted() {
        return acceptedReason != null;
    }

    /** The worse of the two directions. */
    public Severity overall() {
        return Severity.worst(request, response);
    }

    @Override
    public int compareTo(Finding o) {
        return change.compareTo(o.change);
    }
}
