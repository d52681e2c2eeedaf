package dev.xsdcompat.diff;

import static dev.xsdcompat.testing.SchemaPair.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.xsdcompat.classify.DirectionalClassifier;
import dev.xsdcompat.classify.Finding;
import dev.xsdcompat.classify.Roots;
import dev.xsdcompat.load.LoadOptions;
import dev.xsdcompat.load.SchemaLoader;
import dev.xsdcompat.model.Component;
import dev.xsdcompat.model.ComponentKey;
import dev.xsdcompat.model.ModelBuilder;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.operations.Direction;
import dev.xsdcompat.policy.Policy;
import dev.xsdcompat.rules.Rule;
import dev.xsdcompat.rules.Severity;
import dev.xsdcompat.testing.SchemaPair;

/**
 * Every focused rule case, classified twice: once with the changed schema reached only from requests, once only
 * from responses. Each finding must carry exactly the catalogue's severity for the direction that reaches it and
 * be safe for the other. And every asymmetric rule has its mirror.
 */
class RuleDirectionsTest {

    @TempDir
    Path dir;

    static Stream<RuleCasesTest.Case> cases() {
        return Stream.concat(RuleCasesTest.cases(), RuleCasesTest.knownBugs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void severityFollowsTheDirectionThatReachesTheChange(RuleCasesTest.Case c) {
        SchemaModel oldModel = model("old", c.oldBody());
        SchemaModel newModel = model("new", c.newBody());
        List<Change> changes = new SchemaDiff().compare(oldModel, newModel);
        assertThat(changes).isNotEmpty();
        for (Direction direction : Direction.values()) {
            Roots roots = everyGlobalAsRoot(direction, oldModel, newModel);
            List<Finding> findings = new DirectionalClassifier(roots, Policy.none(), oldModel, newModel)
                    .classify(changes);
            for (Finding f : findings) {
                Rule rule = f.change().rule();
                if (direction == Direction.REQUEST) {
                    assertThat(f.request()).as("%s request", rule.id()).isEqualTo(rule.request());
                    assertThat(f.response()).as("%s response", rule.id()).isEqualTo(Severity.SAFE);
                } else {
                    assertThat(f.response()).as("%s response", rule.id()).isEqualTo(rule.response());
                    assertThat(f.request()).as("%s request", rule.id()).isEqualTo(Severity.SAFE);
                }
            }
        }
    }

    @Test
    void aChangeNoRootReachesIsAtMostInfo() {
        SchemaModel oldModel = model("old", "<xs:complexType name='T'><xs:sequence><xs:element name='a'/>"
                + "</xs:sequence></xs:complexType><xs:element name='root' type='xs:string'/>");
        SchemaModel newModel = model("new", "<xs:complexType name='T'><xs:sequence/></xs:complexType>"
                + "<xs:element name='root' type='xs:string'/>");
        List<Change> changes = new SchemaDiff().compare(oldModel, newModel);
        Roots roots = Roots.of(dev.xsdcompat.classify.RootMode.FULL, oldModel, newModel);
        assertThat(new DirectionalClassifier(roots, Policy.none(), oldModel, newModel).classify(changes))
                .singleElement().satisfies(f -> {
                    assertThat(f.change().rule()).isEqualTo(Rule.ELEMENT_REMOVED);
                    assertThat(f.request()).isEqualTo(Severity.INFO);
                    assertThat(f.response()).isEqualTo(Severity.INFO);
                });
    }

    /** Words that name one side of a change; the other side must exist as a rule too. */
    private static final Map<String, String> MIRRORS = Map.of("added", "removed", "increased", "decreased",
            "tightened", "loosened", "narrowed", "widened", "became-required", "became-optional");

    @Test
    void everyAsymmetricRuleHasItsMirror() {
        Set<String> ids = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Rule r : Rule.values()) {
            assertThat(r.request()).as(r.id()).isNotNull();
            assertThat(r.response()).as(r.id()).isNotNull();
            if (r.request() == r.response()) {
                continue;
            }
            boolean hasMirror = false;
            boolean named = false;
            for (Map.Entry<String, String> m : MIRRORS.entrySet()) {
                for (String[] pair : new String[][] {{m.getKey(), m.getValue()}, {m.getValue(), m.getKey()}}) {
                    if (r.id().contains(pair[0])) {
                        named = true;
                        hasMirror |= ids.stream().anyMatch(id -> id.equals(r.id().replace(pair[0], pair[1]))
                                || id.startsWith(r.id().replace(pair[0], pair[1]).replaceAll("-(optional|required)$", "")));
                    }
                }
            }
            if (named && !hasMirror) {
                missing.add(r.id());
            }
        }
        assertThat(missing).as("asymmetric rules without a mirror rule").isEmpty();
    }

    private static Roots everyGlobalAsRoot(Direction direction, SchemaModel... models) {
        List<ComponentKey> keys = new ArrayList<>();
        for (SchemaModel m : models) {
            for (Component c : m.all()) {
                if (c.global() && !keys.contains(c.key())) {
                    keys.add(c.key());
                }
            }
        }
        return new Roots(Map.of("Api", Map.of(direction, keys,
                direction == Direction.REQUEST ? Direction.RESPONSE : Direction.REQUEST, List.of())), true);
    }

    private SchemaModel model(String side, String body) {
        Path d = SchemaPair.write(dir.resolve(side), Map.of("s.xsd", schema(body)));
        return new ModelBuilder(false).build(new SchemaLoader(LoadOptions.defaults()).load(d));
    }
}
