package dev.xsdcompat.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.replay.Outcome;
import dev.xsdcompat.replay.Replay;
import dev.xsdcompat.replay.ReplayResult;
import dev.xsdcompat.replay.ReplaySettings;

/**
 * Replay throughput beside a bare JAXP loop, in one run: a synthetic corpus of Webex messages (the real corpus
 * messages as templates, copied N times into a temp folder) replayed against 40.4.8 and 40.6.0 as the CLI does
 * (results kept per message), then the same files validated against the same two compiled Schemas by plain
 * {@code Validator.validate} loops, one Validator per thread and version, on as many threads. Run it with
 * {@code -Xmx512m} to check that memory does not grow with the corpus.
 *
 * <p>Usage: {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.xsdcompat.bench.ReplayBenchmark
 * [--webex schemas/webex] [--messages 100000] [--threads N]}
 */
public final class ReplayBenchmark {

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path webex = Path.of("schemas/webex");
        int messages = 100_000;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--webex" -> webex = Path.of(args[++i]);
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: ReplayBenchmark [--webex DIR] [--messages N] [--threads N]");
                    System.exit(2);
                }
            }
        }
        Path tmp = Files.createTempDirectory("xsd-compat-replay-bench");
        try {
            List<Path> templates = templates(webex.resolve("corpus"));
            Path warmCorpus = generate(templates, tmp.resolve("warm"), Math.min(5_000, messages));
            Path corpus = generate(templates, tmp.resolve("corpus"), messages);
            List<Path> files = list(corpus);
            System.out.printf("synthetic corpus: %d messages from %d templates, %d threads, max heap %d MB%n",
                    files.size(), templates.size(), threads, Runtime.getRuntime().maxMemory() >> 20);

            List<Path> oldInputs = List.of(webex.resolve("40.4.8"));
            List<Path> newInputs = List.of(webex.resolve("40.6.0"));
            ReplaySettings settings = ReplaySettings.of(corpus).withAdapter(ReplaySettings.Adapter.WEBEX)
                    .withOperations(webex.resolve("operations.xml")).withThreads(threads);
            Replay replay = CompatibilityCheck.builder().replay(settings).build().replay(oldInputs, newInputs);
            Schema oldSchema = replay.oldVersion().schema();
            Schema newSchema = replay.newVersion().schema();

            // warm-up: JIT and class loading for both sides, on a smaller corpus
            bare(list(warmCorpus), oldSchema, newSchema, threads);
            ReplaySettings warmSettings = ReplaySettings.of(warmCorpus).withAdapter(ReplaySettings.Adapter.WEBEX)
                    .withOperations(webex.resolve("operations.xml")).withThreads(threads);
            CompatibilityCheck.builder().replay(warmSettings).build().replay(oldInputs, newInputs).run();

            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            ReplayResult result = replay.run();
            double oursSeconds = (System.nanoTime() - t0) / 1e9;
            long oursPeak = peakHeap() >> 20;

            System.gc();
            resetPeaks();
            long t1 = System.nanoTime();
            long errors = bare(files, oldSchema, newSchema, threads);
            double bareSeconds = (System.nanoTime() - t1) / 1e9;
            long barePeak = peakHeap() >> 20;

            double ours = files.size() / oursSeconds;
            double jaxp = files.size() / bareSeconds;
            System.out.printf("xsd-compat replay : %8.0f messages/s (%.1f s, both versions, results kept; peak heap %d MB)%n",
                    ours, oursSeconds, oursPeak);
            System.out.printf("bare JAXP loop    : %8.0f messages/s (%.1f s, both versions, %d errors counted; peak heap %d MB)%n",
                    jaxp, bareSeconds, errors, barePeak);
            System.out.printf("ratio (ours / bare): %.2fx  (target: >= 0.8x)%n", ours / jaxp);
            System.out.printf("outcomes: %s%n", result.summary().outcomes());
            if (result.summary().messages() != files.size() || result.summary().count(Outcome.NOT_WELL_FORMED) > 0) {
                System.out.println("WARNING: unexpected replay counts");
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /** Validates every file against both schemas with plain Validators: one per thread and version. */
    static long bare(List<Path> files, Schema oldSchema, Schema newSchema, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                Validator before = oldSchema.newValidator();
                Validator after = newSchema.newValidator();
                ErrorHandler counting = new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {
                    }

                    @Override
                    public void error(SAXParseException e) {
                        errors.incrementAndGet();
                    }

                    @Override
                    public void fatalError(SAXParseException e) throws SAXParseException {
                        throw e;
                    }
                };
                before.setErrorHandler(counting);
                after.setErrorHandler(counting);
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    for (Validator v : new Validator[] {before, after}) {
                        try {
                            v.validate(new StreamSource(files.get(i).toFile()));
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return errors.get();
    }

    private static List<Path> templates(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(p -> p.toString().endsWith(".xml") && !p.getFileName().toString().equals("corpus.xml"))
                    .filter(p -> !corpus.relativize(p).startsWith("bad"))
                    .sorted().toList();
        }
    }

    /** N messages: template i % T copied to {@code s/<release>/<Api>/<name>-<n>.xml}. */
    private static Path generate(List<Path> templates, Path root, int n) throws IOException {
        Path corpusRoot = templates.get(0).getParent().getParent().getParent();
        List<byte[]> bytes = new ArrayList<>();
        for (Path t : templates) {
            bytes.add(Files.readAllBytes(t));
        }
        for (int i = 0; i < n; i++) {
            Path template = templates.get(i % templates.size());
            Path rel = corpusRoot.relativize(template);
            String name = rel.getFileName().toString().replace(".xml", String.format("-%06d.xml", i));
            Path target = root.resolve("s").resolve(rel).resolveSibling(name);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes.get(i % templates.size()));
        }
        return root;
    }

    private static List<Path> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
