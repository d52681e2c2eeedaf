package dev.xsdcompat.classify;

import java.util.List;
import java.util.Objects;

import dev.xsdcompat.diff.Change;
import dev.xsdcompat.rules.Severity;

/** A change with its verdict: how severe it is for requests and for responses, and which APIs it touches. */
public record Finding(Change change, Severity request, Severity response, List<String> affectedApis)
        implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(change);
        Objects.requireNonNull(request);
        Objects.requireNonNull(response);
        affectedApis = affectedApis.stream().sorted().distinct().toList();
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
