package dev.xsdcompat.policy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.xsdcompat.classify.ClientMode;
import dev.xsdcompat.diff.Change;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.rules.Severity;

/** A parsed policy file; {@link #none()} is the policy of a run without one. */
public record Policy(ClientMode clients, Versioning versioning, Map<Rule, Relevel> relevels, Set<Rule> silenced,
        List<Acceptance> acceptances, Map<String, String> renames) {

    /** New severities for one rule; a null direction keeps the catalogue's. */
    public record Relevel(Severity request, Severity response) {
    }

    public Policy {
        relevels = relevels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(relevels));
        silenced = silenced.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(silenced));
        acceptances = List.copyOf(acceptances);
        renames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renames));
    }

    public static Policy none() {
        return new Policy(ClientMode.DEFAULT, Versioning.defaults(), Map.of(), Set.of(), List.of(), Map.of());
    }

    public Policy withClients(ClientMode mode) {
        return new Policy(mode, versioning, relevels, silenced, acceptances, renames);
    }

    public Severity request(Rule rule) {
        Relevel r = relevels.get(rule);
        return r == null || r.request() == null ? rule.request() : r.request();
    }

    public Severity response(Rule rule) {
        Relevel r = relevels.get(rule);
        return r == null || r.response() == null ? rule.response() : r.response();
    }

    /** The reason of the first acceptance that matches, if any. */
    public Optional<String> acceptance(Change change) {
        return acceptances.stream().filter(a -> a.matches(change)).map(Acceptance::reason).findFirst();
    }
}
