package dev.xsdcompat.cli;

import dev.xsdcompat.replay.ReplaySettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The corpus options shared by {@code replay} and {@code diff} (each has its own --corpus and --operations). */
final class ReplayOptions {

    @Option(names = "--adapter", defaultValue = "plain", paramLabel = "plain|webex",
            description = "How a message's payload is found: plain (the root element is the document) or webex "
                    + "(the Webex XML API envelope; needs an operations file). Default: ${DEFAULT-VALUE}.")
    String adapter;

    @Option(names = "--ignore", paramLabel = "XPATH",
            description = "A path to ignore when comparing responses (repeatable): an XPath such as "
                    + "//*[local-name()='confID'], or just a local name.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads;

    ReplaySettings settings(Path corpus, Path operations) {
        ReplaySettings.Adapter kind;
        try {
            kind = ReplaySettings.Adapter.parse(adapter);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        return ReplaySettings.of(corpus).withAdapter(kind).withOperations(operations).withIgnoredPaths(ignore)
                .withThreads(threads).withProgress(ProgressLine.forTerminal());
    }
}
