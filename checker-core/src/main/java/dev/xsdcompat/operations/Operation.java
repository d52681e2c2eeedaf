package dev.xsdcompat.operations;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * One API operation of a schema series.
 *
 * @param name the API name, for example {@code CreateUser}
 * @param service the service it belongs to, for example {@code user}; may be empty
 * @param since the first version that has it, as written in the operations file; may be empty
 * @param requestRoots the roots of its request payload
 * @param responseRoots the roots of its response payload
 * @param requestXsiTypes literal request {@code xsi:type} strings mapped to the request type they select
 */
public record Operation(
        String name,
        String service,
        String since,
        List<Root> requestRoots,
        List<Root> responseRoots,
        Map<String, QName> requestXsiTypes) {

    public Operation {
        Objects.requireNonNull(name, "name");
        service = service == null ? "" : service;
        since = since == null ? "" : since;
        requestRoots = List.copyOf(requestRoots);
        responseRoots = List.copyOf(responseRoots);
        requestXsiTypes = Map.copyOf(requestXsiTypes);
    }

    /** The roots of the given direction. */
    public List<Root> roots(Direction direction) {
        return direction == Direction.REQUEST ? requestRoots : responseRoots;
    }

    /** The direction in which {@code name} is a root of this operation, if it is one. */
    public Optional<Direction> directionOf(QName rootName) {
        if (requestRoots.stream().anyMatch(r -> r.name().equals(rootName))) {
            return Optional.of(Direction.REQUEST);
        }
        if (responseRoots.stream().anyMatch(r -> r.name().equals(rootName))) {
            return Optional.of(Direction.RESPONSE);
        }
        return Optional.empty();
    }
}
