package dev.xsdcompat.load;

import static dev.xsdcompat.testing.SchemaPair.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.xsdcompat.model.ComponentKey;
import dev.xsdcompat.model.ComponentKind;
import dev.xsdcompat.model.ModelBuilder;
import dev.xsdcompat.model.Property;
import dev.xsdcompat.model.SchemaModel;
import dev.xsdcompat.testing.SchemaPair;

/** The loader on small multi-file sets built for one behaviour each. */
class LoaderTest {

    private static final String XS = "xmlns:xs='http://www.w3.org/2001/XMLSchema'";

    @TempDir
    Path dir;

    private SchemaModel model(Path input, LoadOptions options) {
        return new ModelBuilder(false).build(new SchemaLoader(options).load(input));
    }

    private SchemaModel model(Path input) {
        return model(input, LoadOptions.defaults());
    }

    private static ComponentKey element(String path) {
        return new ComponentKey(ComponentKind.Space.ELEMENT, path);
    }

    @Test
    void importsAcrossNamespacesResolveRelativeToTheReferringFile() {
        SchemaPair.write(dir, Map.of(
                "main.xsd", "<xs:schema " + XS + " xmlns:c='urn:c' targetNamespace='urn:m'>"
                        + "<xs:import namespace='urn:c' schemaLocation='common/c.xsd'/>"
                        + "<xs:element name='order' type='c:Amount'/></xs:schema>",
                "common/c.xsd", "<xs:schema " + XS + " targetNamespace='urn:c'>"
                        + "<xs:simpleType name='Amount'><xs:restriction base='xs:decimal'/></xs:simpleType></xs:schema>"));
        SchemaModel m = model(dir.resolve("main.xsd"));
        assertThat(m.documents()).containsExactly("common/c.xsd", "main.xsd");
        assertThat(m.find(element("{urn:m}order")).orElseThrow().get(Property.TYPE)).isEqualTo("{urn:c}Amount");
        assertThat(m.find(element("{urn:m}order")).orElseThrow().location().toString()).isEqualTo("main.xsd:1");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void includeCyclesAndDiamondsReadEachDocumentOnce() {
        SchemaPair.write(dir, Map.of(
                "a.xsd", "<xs:schema " + XS + " targetNamespace='urn:x'><xs:include schemaLocation='b.xsd'/>"
                        + "<xs:include schemaLocation='c.xsd'/><xs:element name='a' type='xs:string'/></xs:schema>",
                "b.xsd", "<xs:schema " + XS + " targetNamespace='urn:x'><xs:include schemaLocation='a.xsd'/>"
                        + "<xs:include schemaLocation='c.xsd'/><xs:element name='b' type='xs:string'/></xs:schema>",
                "c.xsd", "<xs:schema " + XS + " targetNamespace='urn:x'><xs:include schemaLocation='a.xsd'/>"
                        + "<xs:element name='c' type='xs:string'/></xs:schema>"));
        SchemaSet set = new SchemaLoader(LoadOptions.defaults()).load(dir.resolve("a.xsd"));
        assertThat(set.documents()).extracting(SchemaDocument::display).containsExactlyInAnyOrder("a.xsd", "b.xsd", "c.xsd");
        SchemaModel m = new ModelBuilder(false).build(set);
        assertThat(m.find(element("{urn:x}a"))).isPresent();
        assertThat(m.find(element("{urn:x}b"))).isPresent();
        assertThat(m.find(element("{urn:x}c"))).isPresent();
    }

    @Test
    void oneNamespaceSpreadOverSeveralImportedFilesLosesNothing() {
        SchemaPair.write(dir, Map.of(
                "main.xsd", "<xs:schema " + XS + " targetNamespace='urn:m'>"
                        + "<xs:import namespace='urn:c' schemaLocation='c1.xsd'/>"
                        + "<xs:import namespace='urn:c' schemaLocation='c2.xsd'/></xs:schema>",
                "c1.xsd", "<xs:schema " + XS + " targetNamespace='urn:c'><xs:element name='one' type='xs:int'/></xs:schema>",
                "c2.xsd", "<xs:schema " + XS + " targetNamespace='urn:c'><xs:element name='two' type='xs:int'/></xs:schema>"));
        SchemaModel m = model(dir.resolve("main.xsd"));
        assertThat(m.find(element("{urn:c}one"))).isPresent();
        assertThat(m.find(element("{urn:c}two"))).isPresent();
    }

    @Test
    void aFolderLoadsEveryXsdBelowIt() {
        SchemaPair.write(dir, Map.of("x/a.xsd", schema("<xs:element name='a'/>"),
                "y/z/b.xsd", "<xs:schema " + XS + " targetNamespace='urn:other'><xs:element name='b'/></xs:schema>",
                "notes.txt", "not a schema"));
        SchemaModel m = model(dir);
        assertThat(m.documents()).containsExactly("x/a.xsd", "y/z/b.xsd");
    }

    @Test
    void severalEntryFilesAndJarsLoadToo() throws IOException {
        SchemaPair.write(dir, Map.of("a.xsd", schema("<xs:element name='a'/>"), "b.xsd", schema("<xs:element name='b'/>")));
        SchemaModel entries = new ModelBuilder(false).build(new SchemaLoader(LoadOptions.defaults())
                .load(List.of(dir.resolve("a.xsd"), dir.resolve("b.xsd"))));
        assertThat(entries.find(element("{urn:t}a"))).isPresent();
        assertThat(entries.find(element("{urn:t}b"))).isPresent();

        Path jar = dir.resolve("schemas.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/schemas/main.xsd"));
            zip.write(("<xs:schema " + XS + " targetNamespace='urn:j'><xs:include schemaLocation='part.xsd'/>"
                    + "<xs:element name='root' type='xs:string'/></xs:schema>").getBytes());
            zip.putNextEntry(new ZipEntry("META-INF/schemas/part.xsd"));
            zip.write(("<xs:schema " + XS + " targetNamespace='urn:j'><xs:element name='part'/></xs:schema>").getBytes());
        }
        SchemaModel fromJar = model(jar);
        assertThat(fromJar.documents()).containsExactly("META-INF/schemas/main.xsd", "META-INF/schemas/part.xsd");
        assertThat(fromJar.find(element("{urn:j}part"))).isPresent();
    }

    @Test
    void catalogsResolveAbsoluteLocationsOffline() {
        SchemaPair.write(dir, Map.of(
                "main.xsd", "<xs:schema " + XS + " xmlns:c='urn:c' targetNamespace='urn:m'>"
                        + "<xs:import namespace='urn:c' schemaLocation='https://example.invalid/c.xsd'/>"
                        + "<xs:element name='e' type='c:T'/></xs:schema>",
                "local/c.xsd", "<xs:schema " + XS + " targetNamespace='urn:c'><xs:simpleType name='T'>"
                        + "<xs:restriction base='xs:string'/></xs:simpleType></xs:schema>",
                "catalog.xml", "<catalog xmlns='urn:oasis:names:tc:entity:xmlns:xml:catalog'>"
                        + "<system systemId='https://example.invalid/c.xsd' uri='local/c.xsd'/></catalog>"));
        // The catalog.xml in the input folder is picked up without being named.
        SchemaModel m = model(dir.resolve("main.xsd"));
        assertThat(m.warnings()).isEmpty();
        assertThat(m.documents()).contains("local/c.xsd");
    }

    @Test
    void aNetworkLocationIsNeverFetchedByDefault() {
        SchemaPair.write(dir, Map.of("main.xsd", "<xs:schema " + XS + " targetNamespace='urn:m'>"
                + "<xs:import namespace='urn:c' schemaLocation='http://127.0.0.1:9/c.xsd'/>"
                + "<xs:element name='e' type='xs:string'/></xs:schema>"));
        SchemaModel m = model(dir.resolve("main.xsd"));
        assertThat(m.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(LoadWarning.Kind.MISSING_REFERENCE);
            assertThat(w.message()).contains("network").contains("--allow-network").contains("main.xsd");
        });
    }

    @Test
    void aMissingIncludeIsAWarningNamingBothFilesAndTheRestLoads() {
        SchemaPair.write(dir, Map.of("main.xsd", "<xs:schema " + XS + " targetNamespace='urn:m'>\n"
                + "<xs:include schemaLocation='gone.xsd'/>\n<xs:element name='e' type='xs:string'/></xs:schema>"));
        SchemaModel m = model(dir.resolve("main.xsd"));
        assertThat(m.warnings()).singleElement().satisfies(w -> {
            assertThat(w.where()).isEqualTo("main.xsd:2");
            assertThat(w.message()).contains("gone.xsd").contains("main.xsd");
        });
        assertThat(m.find(element("{urn:m}e"))).isPresent();
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() {
        SchemaPair.write(dir, Map.of("bad.xsd", "<xs:schema " + XS + ">\n  <xs:element name='a'>\n</xs:schema>"));
        assertThatThrownBy(() -> model(dir.resolve("bad.xsd")))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("bad.xsd:3:")
                .hasMessageContaining("xs:element");
    }

    @Test
    void anUnresolvableTypeReferenceSaysWhichAndWhere() {
        SchemaPair.write(dir, Map.of("s.xsd", "<xs:schema " + XS + " xmlns:t='urn:t' targetNamespace='urn:t'>\n"
                + "<xs:element name='a' type='t:Missing'/>\n</xs:schema>"));
        assertThatThrownBy(() -> model(dir.resolve("s.xsd")))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("s.xsd:2")
                .hasMessageContaining("{urn:t}Missing")
                .hasMessageContaining("name=\"a\"");
    }

    @Test
    void notASchemaIsSaidPlainly() {
        SchemaPair.write(dir, Map.of("x.xsd", "<html/>"));
        assertThatThrownBy(() -> model(dir.resolve("x.xsd"))).hasMessageContaining("not an XML Schema");
        assertThatThrownBy(() -> model(dir.resolve("nowhere"))).hasMessageContaining("no such file or folder");
    }

    @Test
    @Timeout(20)
    void billionLaughsFailsFastWithAClearMessage() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xs:schema [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 12; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        SchemaPair.write(dir, Map.of("lol.xsd", dtd + "<xs:schema " + XS + "><xs:annotation><xs:documentation>&l12;"
                + "</xs:documentation></xs:annotation></xs:schema>"));
        long start = System.nanoTime();
        assertThatThrownBy(() -> model(dir.resolve("lol.xsd")))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("lol.xsd:")
                .hasMessageContaining("entity expansion limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        SchemaPair.write(dir, Map.of("xxe.xsd", "<!DOCTYPE xs:schema [<!ENTITY s SYSTEM '" + secret.toUri() + "'>]>"
                + "<xs:schema " + XS + " targetNamespace='urn:x'><xs:element name='e'><xs:annotation><xs:documentation>"
                + "&s;</xs:documentation></xs:annotation></xs:element></xs:schema>"));
        SchemaModel m = new ModelBuilder(true).build(new SchemaLoader(LoadOptions.defaults()).load(dir.resolve("xxe.xsd")));
        assertThat(m.all()).noneMatch(c -> String.valueOf(c.get(Property.DOCUMENTATION)).contains("TOP-SECRET"));
    }

    @Test
    void xsd11AndRedefineAreReportedOnceAndSkipped() {
        SchemaPair.write(dir, Map.of(
                "s.xsd", "<xs:schema " + XS + " targetNamespace='urn:x'>"
                        + "<xs:redefine schemaLocation='base.xsd'><xs:simpleType name='S'><xs:restriction base='xs:string'/>"
                        + "</xs:simpleType></xs:redefine>"
                        + "<xs:complexType name='T'><xs:sequence><xs:element name='a' type='xs:int'/></xs:sequence>"
                        + "<xs:assert test='a gt 0'/><xs:assert test='a lt 9'/></xs:complexType></xs:schema>",
                "base.xsd", "<xs:schema " + XS + " targetNamespace='urn:x'><xs:simpleType name='S'>"
                        + "<xs:restriction base='xs:string'/></xs:simpleType></xs:schema>"));
        SchemaModel m = model(dir.resolve("s.xsd"));
        assertThat(m.warnings()).extracting(LoadWarning::message).anySatisfy(s -> assertThat(s)
                .contains("xs:assert").contains("2 occurrences")).anySatisfy(s -> assertThat(s).contains("xs:redefine"));
        assertThat(m.find(new ComponentKey(ComponentKind.Space.TYPE, "{urn:x}S"))).isPresent();
        assertThat(m.find(element("{urn:x}T/a"))).isPresent();
    }
}
