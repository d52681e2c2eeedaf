package dev.xsdcompat.classify;

import java.util.ArrayList;
import java.util.List;

import dev.xsdcompat.diff.Change;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.policy.Policy;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.rules.Severity;

/**
 * Severity per direction from where a change is reached: the catalogue's (or the policy's) request severity
 * when a request reaches the changed component, its response severity when a response does, safe for a direction
 * that does not reach it, and at most info when nothing reaches it. The client mode re-levels response additions;
 * accepted changes carry their reason; silenced rules are dropped.
 */
public final class DirectionalClassifier implements Classifier {

    private final Roots roots;
    private final Reach reach;
    private final Policy policy;

    public DirectionalClassifier(Roots roots, Policy policy, SchemaModel oldModel, SchemaModel newModel) {
        this(roots, policy, oldModel, newModel, false);
    }

    /**
     * @param derivedTypes whether a type derived from a reachable type is reachable too (through
     *     {@code xsi:type}), unless the base type blocks that derivation
     */
    public DirectionalClassifier(Roots roots, Policy policy, SchemaModel oldModel, SchemaModel newModel,
            boolean derivedTypes) {
        this.roots = roots;
        this.reach = new Reach(roots, new ComponentGraph(derivedTypes, oldModel, newModel));
        this.policy = policy;
    }

    @Override
    public List<Finding> classify(List<Change> changes) {
        List<Finding> findings = new ArrayList<>();
        for (Change c : changes) {
            if (!policy.silenced().contains(c.rule())) {
                findings.add(classify(c));
            }
        }
        return findings.stream().sorted().toList();
    }

    private Finding classify(Change c) {
        Rule rule = c.rule();
        Reach.Hit hit = c.component() == ComponentKind.NAMESPACE ? reach.inNamespace(c.namespace())
                : reach.atPath(c.path());
        Severity request = policy.request(rule);
        Severity response = clientView(rule, policy.response(rule));
        if (!hit.byRequest() && !hit.byResponse()) {
            request = atMostInfo(request);
            response = atMostInfo(response);
        } else {
            request = hit.byRequest() ? request : Severity.SAFE;
            response = hit.byResponse() ? response : Severity.SAFE;
        }
        ApiReach apis = roots.named()
                ? new ApiReach(List.copyOf(hit.requestApis()), List.copyOf(hit.responseApis())) : ApiReach.NONE;
        return new Finding(c, request, response, apis, policy.acceptance(c).orElse(null));
    }

    private Severity clientView(Rule rule, Severity response) {
        if (!rule.isResponseAddition()) {
            return response;
        }
        return switch (policy.clients()) {
            case STRICT -> Severity.BREAKING;
            case LENIENT -> Severity.SAFE;
            case DEFAULT -> response;
        };
    }

    private static Severity atMostInfo(Severity s) {
        return s.atLeast(Severity.INFO) ? Severity.INFO : s;
    }
}
