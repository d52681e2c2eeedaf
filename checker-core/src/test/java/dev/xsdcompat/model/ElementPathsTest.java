package dev.xsdcompat.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.testing.SchemaPair;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instance nodes to component paths: named and anonymous types, groups, extension bases, refs, attributes. */
class ElementPathsTest {

    @TempDir
    Path dir;

    @Test
    void resolvesTheWayAValidatorWalks() {
        Path folder = SchemaPair.write(dir, Map.of("s.xsd", SchemaPair.schema("""
                <xs:group name="keys"><xs:sequence><xs:element name="key" type="xs:int"/></xs:sequence></xs:group>
                <xs:complexType name="base"><xs:sequence><xs:element name="b" type="xs:string"/></xs:sequence>
                  <xs:attribute name="id" type="xs:int"/></xs:complexType>
                <xs:complexType name="derived"><xs:complexContent><xs:extension base="t:base"><xs:sequence>
                  <xs:group ref="t:keys"/><xs:element name="inner"><xs:complexType><xs:sequence>
                  <xs:element ref="t:leaf"/></xs:sequence></xs:complexType></xs:element></xs:sequence>
                  </xs:extension></xs:complexContent></xs:complexType>
                <xs:element name="leaf" type="xs:string"/>
                <xs:element name="root" type="t:derived"/>
                """)));
        SchemaModel model = CompatibilityCheck.builder().build().model(List.of(folder));
        ElementPaths paths = new ElementPaths(model);
        ElementPaths.Step root = paths.globalElement("urn:t", "root").orElseThrow();
        assertThat(root).isEqualTo(new ElementPaths.Step("{urn:t}root", "{urn:t}derived"));
        assertThat(paths.child(root.type(), "urn:t", "b").orElseThrow().declaration()).isEqualTo("{urn:t}base/b");
        assertThat(paths.child(root.type(), "urn:t", "key").orElseThrow().declaration()).isEqualTo("{urn:t}keys/key");
        ElementPaths.Step inner = paths.child(root.type(), "urn:t", "inner").orElseThrow();
        assertThat(inner).isEqualTo(new ElementPaths.Step("{urn:t}derived/inner", "{urn:t}derived/inner"));
        assertThat(paths.child(inner.type(), "urn:t", "leaf").orElseThrow().type())
                .isEqualTo("{http://www.w3.org/2001/XMLSchema}string");
        assertThat(paths.attribute(root.type(), "", "id").orElseThrow().declaration()).isEqualTo("{urn:t}base/@id");
        assertThat(paths.child(root.type(), "urn:t", "nope")).isEmpty();
        assertThat(ElementPaths.selfAndAncestors("{urn:a/b}T/x/@y"))
                .containsExactly("{urn:a/b}T/x/@y", "{urn:a/b}T/x", "{urn:a/b}T");
    }
}
