package dev.xsdcompat.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.namespace.QName;

/**
 * The catalogue of a series' operations: immutable, thread-safe, with lookups by API name, by request
 * {@code xsi:type} string, and by request or response root name.
 */
public final class Operations {

    private final List<Operation> all;
    private final List<Root> envelopeRequestRoots;
    private final List<Root> envelopeResponseRoots;
    private final Map<String, Operation> byName;
    private final Map<String, Operation> byRequestXsiType;
    private final Map<QName, Operation> byRequestRoot;
    private final Map<QName, Operation> byResponseRoot;

    private Operations(List<Operation> operations, List<Root> envelopeRequestRoots,
            List<Root> envelopeResponseRoots) {
        Map<String, Operation> names = new TreeMap<>();
        Map<String, Operation> xsiTypes = new HashMap<>();
        Map<QName, Operation> requests = new HashMap<>();
        Map<QName, Operation> responses = new HashMap<>();
        for (Operation op : operations) {
            if (names.putIfAbsent(op.name(), op) != null) {
                throw new IllegalArgumentException("duplicate operation " + op.name());
            }
            op.requestXsiTypes().keySet().forEach(x -> putUnique(xsiTypes, x, op, "request xsi:type"));
            op.requestRoots().forEach(r -> requests.putIfAbsent(r.name(), op));
            op.responseRoots().forEach(r -> responses.putIfAbsent(r.name(), op));
        }
        List<Operation> sorted = new ArrayList<>(operations);
        sorted.sort(Comparator.comparing(Operation::name));
        this.all = List.copyOf(sorted);
        this.envelopeRequestRoots = List.copyOf(envelopeRequestRoots);
        this.envelopeResponseRoots = List.copyOf(envelopeResponseRoots);
        this.byName = Map.copyOf(names);
        this.byRequestXsiType = Map.copyOf(xsiTypes);
        this.byRequestRoot = Map.copyOf(requests);
        this.byResponseRoot = Map.copyOf(responses);
    }

    private static <K> void putUnique(Map<K, Operation> map, K key, Operation op, String what) {
        Operation previous = map.putIfAbsent(key, op);
        if (previous != null && previous != op) {
            throw new IllegalArgumentException(what + " " + key + " used by " + previous.name() + " and " + op.name());
        }
    }

    /** A catalogue without envelope roots. */
    public static Operations of(List<Operation> operations) {
        return new Operations(operations, List.of(), List.of());
    }

    /** A catalogue whose messages all pass through the given envelope roots. */
    public static Operations of(List<Operation> operations, List<Root> envelopeRequestRoots,
            List<Root> envelopeResponseRoots) {
        return new Operations(operations, envelopeRequestRoots, envelopeResponseRoots);
    }

    /** All operations, sorted by name. */
    public List<Operation> all() {
        return all;
    }

    /** The number of operations. */
    public int size() {
        return all.size();
    }

    public Optional<Operation> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The operation whose request uses this literal {@code xsi:type} string. */
    public Optional<Operation> byRequestXsiType(String xsiType) {
        return Optional.ofNullable(byRequestXsiType.get(xsiType));
    }

    /** The request type a literal {@code xsi:type} string selects. */
    public Optional<QName> requestTypeFor(String xsiType) {
        return byRequestXsiType(xsiType).map(op -> op.requestXsiTypes().get(xsiType));
    }

    /** The operation that has this request root. */
    public Optional<Operation> byRequestRoot(QName name) {
        return Optional.ofNullable(byRequestRoot.get(name));
    }

    /** The operation that has this response root (a response's {@code xsi:type}, resolved to a QName). */
    public Optional<Operation> byResponseRoot(QName name) {
        return Optional.ofNullable(byResponseRoot.get(name));
    }

    /** Roots every request passes through (envelope header and body types); may be empty. */
    public List<Root> envelopeRequestRoots() {
        return envelopeRequestRoots;
    }

    /** Roots every response passes through; may be empty. */
    public List<Root> envelopeResponseRoots() {
        return envelopeResponseRoots;
    }
}
