package dev.xsdcompat.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSelectionTest {

    @TempDir
    Path dir;

    @Test
    void withoutPatternsTheFolderItselfIsTheInput() throws Exception {
        assertThat(new SchemaSelection(null, null).inputs("newSchemas", dir)).containsExactly(dir);
    }

    @Test
    void includesAndExcludesPickEntryFiles() throws Exception {
        Path a = Samples.write(dir, "a.xsd", Samples.V1);
        Path b = Samples.write(dir, "service/b.xsd", Samples.V1);
        Samples.write(dir, "draft/c.xsd", Samples.V1);
        Samples.write(dir, "service/readme.txt", "not a schema");

        assertThat(new SchemaSelection(List.of("**/*.xsd"), List.of("draft/**")).inputs("newSchemas", dir))
                .containsExactly(a, b);
        assertThat(new SchemaSelection(List.of("service/*.xsd"), null).inputs("newSchemas", dir))
                .containsExactly(b);
        assertThat(new SchemaSelection(null, List.of("**/b.xsd", "draft/*")).inputs("newSchemas", dir))
                .containsExactly(a);
    }

    @Test
    void nothingSelectedNamesTheParameter() throws Exception {
        Samples.write(dir, "a.xsd", Samples.V1);
        assertThatThrownBy(() -> new SchemaSelection(List.of("nothing/*.xsd"), null).inputs("oldSchemas", dir))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("xsd-compat: parameter 'oldSchemas': no .xsd file in ");
    }

    @Test
    void jarExtractionKeepsSchemasAndRefusesEntriesOutsideTheFolder() throws Exception {
        Path jar = zip(dir.resolve("ok.jar"), "schemas/a.xsd", "META-INF/maven/pom.xml", "Main.class");
        Path out = JarExtractor.extract(jar, dir.resolve("out"));
        try (var files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')))
                    .containsExactly("schemas/a.xsd");
        }
        Path evil = zip(dir.resolve("evil.jar"), "../escape.xsd");
        assertThatThrownBy(() -> JarExtractor.extract(evil, dir.resolve("out2")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("points outside the archive");
        assertThat(dir.resolve("escape.xsd")).doesNotExist();
    }

    private static Path zip(Path file, String... entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write(Samples.V1.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
