package dev.xsdcompat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs the packaged executable jar the way the launcher does, on the bundled Webex schemas, so a packaging
 * mistake (a dependency left out of the jar) fails the build instead of a user.
 */
class ShadedJarIT {

    private static Path root() {
        String prop = System.getProperty("xsdcompat.projectRoot");
        return prop != null ? Path.of(prop) : Path.of("..").toAbsolutePath().normalize();
    }

    private static String[] run(String... args) throws IOException, InterruptedException {
        Path jar = root().resolve("checker-cli/target/xsd-compat.jar");
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(p.exitValue()), out, err};
    }

    @Test
    void theJarDiffsTheBundledWebexReleasesInEveryFormat() throws Exception {
        String[] json = run("diff", "schemas/webex/40.4.8", "schemas/webex/40.6.0", "--format", "json");
        assertThat(json[2]).isEmpty();
        assertThat(json[0]).isEqualTo("0");
        assertThat(json[1]).contains("\"rule\" : \"element-added-optional\"").contains("umSiteAdmin");
        String[] text = run("diff", "schemas/webex/40.4.3", "schemas/webex/40.4.4");
        assertThat(text[0]).isEqualTo("1");
        assertThat(text[1]).contains("max-occurs-decreased");
        assertThat(Files.exists(root().resolve("xsd-compat"))).isTrue();
    }
}
