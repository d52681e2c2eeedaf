package dev.xsdcompat.cli;

import dev.xsdcompat.replay.ReplaySettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The corpus options shared by {@code replay} and {@code diff} (each has its own --corpus and --operations). */
final class ReplayOptions {

    @Option(names = "--adapter", defaultValue = "auto", paramLabel = "plain|webex|xpath|auto",
            description = "How a message's payload is found: plain (the root element is the document), webex "
                    + "(the Webex XML API envelope; needs an operations file), xpath (each element --payload "
                    + "selects is a document) or auto (xpath when --payload is given, else webex when an "
                    + "operations file is given or found beside the schemas, else plain). Default: ${DEFAULT-VALUE}.")
    String adapter;

    @Option(names = "--payload", paramLabel = "XPATH",
            description = "XPath 3.1 selecting the payload elements of each message, each validated as a document "
                    + "(for example /soap:Envelope/soap:Body/* or /*:Envelope/*:Body/*; prefixes soap, soap12 and "
                    + "xsi are declared). Implies --adapter xpath.")
    String payload;

    @Option(names = "--ignore", paramLabel = "XPATH",
            description = "A path to ignore when comparing responses (repeatable): an XPath such as "
                    + "//*[local-name()='confID'], or just a local name.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads;

    ReplaySettings settings(Path corpus, Path operations) {
        try {
            ReplaySettings.Adapter kind = ReplaySettings.Adapter.parse(adapter);
            if (kind == ReplaySettings.Adapter.XPATH && payload == null) {
                throw new IllegalArgumentException("--adapter xpath needs --payload XPATH");
            }
            ReplaySettings settings = ReplaySettings.of(corpus).withAdapter(payload != null
                    ? ReplaySettings.Adapter.AUTO : kind).withOperations(operations)
                    .withIgnoredPaths(ignore).withThreads(threads).withProgress(ProgressLine.forTerminal());
            if (payload != null) {
                if (kind != ReplaySettings.Adapter.AUTO && kind != ReplaySettings.Adapter.XPATH) {
                    throw new IllegalArgumentException("--payload is for --adapter xpath, not " + kind.id());
                }
                settings = settings.withPayload(payload);
            }
            return settings;
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
