package dev.xsdcompat.webex;

import dev.xsdcompat.operations.Operations;
import dev.xsdcompat.operations.OperationsFile;
import dev.xsdcompat.replay.envelope.MessageValidator;
import dev.xsdcompat.replay.envelope.SchemaCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test access to the bundled Webex series: folders, operations, one compiled schema per release. */
public final class WebexSeries {

    /** The releases, oldest first. */
    public static final List<String> VERSIONS = List.of("39.0", "40.1.0", "40.1.2", "40.2.0", "40.4.0", "40.4.3",
            "40.4.4", "40.4.5", "40.4.8", "40.6.0");

    /** Releases whose notes describe behaviour only: their schema files equal the previous release's. */
    public static final List<String> BEHAVIOUR_ONLY = List.of("40.2.0", "40.4.0", "40.4.5");

    private static final SchemaCache CACHE = new SchemaCache();
    private static final Map<String, MessageValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static volatile Operations operations;

    private WebexSeries() {
    }

    /** The project root: system property {@code xsdcompat.projectRoot}, else the nearest parent with schemas/webex. */
    public static Path projectRoot() {
        String property = System.getProperty("xsdcompat.projectRoot");
        if (property != null && Files.isDirectory(Paths.get(property, "schemas", "webex"))) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("schemas").resolve("webex"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find schemas/webex above " + Paths.get("").toAbsolutePath());
    }

    public static Path home() {
        return projectRoot().resolve("schemas").resolve("webex");
    }

    public static Path release(String version) {
        return home().resolve(version);
    }

    public static Path corpus() {
        return home().resolve("corpus");
    }

    public static Operations operations() {
        if (operations == null) {
            operations = OperationsFile.read(home().resolve("operations.xml"));
        }
        return operations;
    }

    public static SchemaCache cache() {
        return CACHE;
    }

    /** The Webex message validator of one release (schema compiled once per test run). */
    public static MessageValidator validator(String version) {
        return VALIDATORS.computeIfAbsent(version,
                v -> MessageValidator.webex(release(v), operations(), CACHE));
    }
}
