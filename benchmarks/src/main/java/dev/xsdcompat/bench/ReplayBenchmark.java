package dev.xsdcompat.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.replay.MessageResult;
import dev.xsdcompat.replay.MessageSpool;
import dev.xsdcompat.replay.Outcome;
import dev.xsdcompat.replay.Replay;
import dev.xsdcompat.replay.ReplayResult;
import dev.xsdcompat.replay.ReplaySettings;
import dev.xsdcompat.replay.engine.ReplayVersion;
import dev.xsdcompat.replay.envelope.MessageListener;
import dev.xsdcompat.replay.envelope.Payload;
import dev.xsdcompat.xml.SecureXml;
import dev.xsdcompat.replay.envelope.ValidationError;
import dev.xsdcompat.replay.report.ReplayJsonWriter;

/**
 * Replay throughput beside a bare JAXP loop, in one run: a synthetic corpus of Webex messages (the real corpus
 * messages as templates, copied N times into a temp folder) replayed against 40.4.8 and 40.6.0 as the CLI does,
 * and the same messages validated against the same two compiled Schemas by plain {@code Validator.validate}
 * loops, one Validator per thread and version, on as many threads. Rounds alternate which side goes first; the
 * figures are medians over the rounds, in messages per second and in process CPU time per message (which a busy
 * host disturbs less). Run it with {@code -Xmx512m}: the replay must not grow with the corpus.
 *
 * <p><b>Equal work.</b> A raw Webex request cannot be validated as it is: its {@code bodyContent} names a Java
 * class in {@code xsi:type} and its payload elements are unqualified. Fed the raw files, the bare loop gets an
 * easy ride: the validator reports the unresolvable {@code xsi:type}, and the payload is never checked against
 * its type (the old benchmark counted 115,400 such errors for 20,000 messages). So the bare loop is given the
 * messages as the envelope adapter rewrites them for each version (the same events its validator sees inside
 * replay, serialized once at set-up, before any timing): it then validates exactly the content replay
 * validates, against the same Schemas, and finds the same invalid messages (printed as a check). When a
 * message rewrites to the same bytes for both versions (all of the bundled templates do), it is one file
 * validated twice, so both sides read the same number of files of the same size. What the bare loop does not do
 * is what replay adds: the rewriting itself, the component paths, the outcome and the report.
 *
 * <p>{@code --ours json} (default) times what {@code xsd-compat replay --format json --out FILE} does: results
 * streamed to the JSON report in a temp file. {@code --ours keep} keeps every result in memory
 * ({@link Replay#run()}); {@code --ours stream} only counts them.
 *
 * <p>Usage: {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.xsdcompat.bench.ReplayBenchmark
 * [--webex schemas/webex] [--messages 100000] [--threads N] [--rounds 5] [--ours json|keep|stream]}
 */
public final class ReplayBenchmark {

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path webex = Path.of("schemas/webex");
        int messages = 100_000;
        int threads = Runtime.getRuntime().availableProcessors();
        int rounds = 5;
        String ours = "json";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--webex" -> webex = Path.of(args[++i]);
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--ours" -> ours = args[++i];
                default -> {
                    System.err.println("usage: ReplayBenchmark [--webex DIR] [--messages N] [--threads N] "
                            + "[--rounds N] [--ours json|keep|stream]");
                    System.exit(2);
                }
            }
        }
        Path tmp = Files.createTempDirectory("xsd-compat-replay-bench");
        try {
            List<Path> oldInputs = List.of(webex.resolve("40.4.8"));
            List<Path> newInputs = List.of(webex.resolve("40.6.0"));
            Path corpusRoot = webex.resolve("corpus");
            List<Path> templates = templates(corpusRoot);

            Path corpus = tmp.resolve("corpus");
            Path warmCorpus = tmp.resolve("warm");
            Replay replay = prepare(webex, corpus, threads, oldInputs, newInputs);
            Replay warmReplay = prepare(webex, warmCorpus, threads, oldInputs, newInputs);
            Schema oldSchema = replay.oldVersion().schema();
            Schema newSchema = replay.newVersion().schema();

            // The bare loop's input: each template as the adapter hands it to each version's validator.
            List<byte[]> raw = new ArrayList<>();
            List<byte[]> forOld = new ArrayList<>();
            List<byte[]> forNew = new ArrayList<>();
            int differing = 0;
            for (Path t : templates) {
                byte[] bytes = Files.readAllBytes(t);
                raw.add(bytes);
                String name = corpusRoot.relativize(t).toString();
                forOld.add(rewrite(replay.oldVersion(), bytes, name));
                forNew.add(rewrite(replay.newVersion(), bytes, name));
                if (!Arrays.equals(forOld.get(forOld.size() - 1), forNew.get(forNew.size() - 1))) {
                    differing++;
                }
            }
            generate(templates, corpusRoot, raw, corpus, messages);
            generate(templates, corpusRoot, raw, warmCorpus, Math.min(10_000, messages));
            List<BareMessage> bare = generateBare(templates, corpusRoot, forOld, forNew, tmp.resolve("bare"),
                    messages);
            List<BareMessage> warmBare = generateBare(templates, corpusRoot, forOld, forNew,
                    tmp.resolve("bare-warm"), Math.min(10_000, messages));
            settle();
            System.out.printf("synthetic corpus: %d messages from %d templates (%d rewrite differently per version),"
                    + " %d threads, max heap %d MB, %d round(s), ours = %s%n", messages, templates.size(),
                    differing, threads, Runtime.getRuntime().maxMemory() >> 20, rounds, ours);

            // warm-up: JIT and class loading for both sides, on a smaller corpus, until the compilers have settled
            // (with less, the first timed rounds are still getting faster and favour whichever side goes second)
            for (int w = 0; w < 4; w++) {
                bare(warmBare, oldSchema, newSchema, threads);
                runOurs(warmReplay, ours, tmp.resolve("warm.json"));
            }

            List<Double> oursRates = new ArrayList<>();
            List<Double> bareRates = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Long> peaks = new ArrayList<>();
            List<Double> cpuRatios = new ArrayList<>();
            Ours lastOurs = null;
            BareCounts lastBare = null;
            for (int r = 0; r < rounds; r++) {
                double oursRate = 0;
                double bareRate = 0;
                long oursCpu = 0;
                long bareCpu = 0;
                for (int side = 0; side < 2; side++) {
                    boolean oursNow = (side == 0) == (r % 2 == 0);
                    if (oursNow) {
                        lastOurs = null; // the previous round's result is not this round's heap
                    }
                    System.gc();
                    long baseline = usedHeap();
                    resetPeaks();
                    long c0 = processCpu();
                    long t0 = System.nanoTime();
                    if (oursNow) {
                        lastOurs = runOurs(replay, ours, tmp.resolve("report.json"));
                        oursRate = messages / ((System.nanoTime() - t0) / 1e9);
                        oursCpu = processCpu() - c0;
                        peaks.add((lastOurs.peak - baseline) >> 20);
                        lastOurs = new Ours(lastOurs.result, lastOurs.peak, lastOurs.retained - baseline);
                    } else {
                        lastBare = bare(bare, oldSchema, newSchema, threads);
                        bareRate = messages / ((System.nanoTime() - t0) / 1e9);
                        bareCpu = processCpu() - c0;
                    }
                }
                oursRates.add(oursRate);
                bareRates.add(bareRate);
                ratios.add(oursRate / bareRate);
                cpuRatios.add((double) bareCpu / oursCpu);
                System.out.printf("round %d (%s first): ours %7.0f msg/s, bare %7.0f msg/s, ratio %.2fx "
                        + "(CPU per message: ours %.0f us, bare %.0f us, %.2fx), ours heap: peak %d MB (%d MB above"
                        + " the baseline), retained after the run %d MB above it%n", r + 1,
                        r % 2 == 0 ? "ours" : "bare", oursRate, bareRate, oursRate / bareRate,
                        oursCpu / 1e3 / messages, bareCpu / 1e3 / messages, (double) bareCpu / oursCpu,
                        lastOurs.peak() >> 20, peaks.get(peaks.size() - 1), lastOurs.retainedMb());
            }
            System.out.printf("xsd-compat replay : %8.0f messages/s median (both versions, %s; heap above the baseline:"
                    + " peak median %d MB, retained after the run %d MB)%n", median(oursRates), ours, medianLong(peaks),
                    lastOurs.retainedMb());
            System.out.printf("bare JAXP loop    : %8.0f messages/s median (both versions, adapter-rewritten input)%n",
                    median(bareRates));
            System.out.printf("ratio (ours / bare): %.2fx median of rounds (medians: %.2fx)  (target: >= 0.8x)%n",
                    median(ratios), median(oursRates) / median(bareRates));
            System.out.printf("CPU time per message (bare / ours): %.2fx median of rounds (process CPU, all threads:"
                    + " less sensitive to a busy host than wall time)%n", median(cpuRatios));
            ReplayResult result = lastOurs.result;
            int oldInvalid = result.summary().count(Outcome.INVALID_IN_BOTH)
                    + result.summary().count(Outcome.NEWLY_ACCEPTED);
            int newInvalid = result.summary().count(Outcome.INVALID_IN_BOTH)
                    + result.summary().count(Outcome.NEWLY_REJECTED);
            System.out.printf("equal work: invalid in old/new: replay %d/%d, bare %d/%d; outcomes %s%n",
                    oldInvalid, newInvalid, lastBare.oldInvalid.get(), lastBare.newInvalid.get(),
                    result.summary().outcomes());
            if (result.summary().messages() != messages || result.summary().count(Outcome.NOT_WELL_FORMED) > 0
                    || oldInvalid != lastBare.oldInvalid.get() || newInvalid != lastBare.newInvalid.get()) {
                System.out.println("WARNING: the two sides did not find the same invalid messages");
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static Replay prepare(Path webex, Path corpus, int threads, List<Path> oldInputs, List<Path> newInputs)
            throws IOException {
        Files.createDirectories(corpus);
        ReplaySettings settings = ReplaySettings.of(corpus).withAdapter(ReplaySettings.Adapter.WEBEX)
                .withOperations(webex.resolve("operations.xml")).withThreads(threads);
        return CompatibilityCheck.builder().replay(settings).build().replay(oldInputs, newInputs);
    }

    /**
     * What one timed replay gave, its peak heap, and how much heap it still held after a GC with the result
     * reachable (bytes; the benchmark reports both above the heap in use before the run, which holds the
     * benchmark's own lists of files).
     */
    private record Ours(ReplayResult result, long peak, long retained) {
        long retainedMb() {
            return retained >> 20;
        }
    }

    private static Ours runOurs(Replay replay, String mode, Path report) throws IOException {
        ReplayResult result;
        switch (mode) {
            case "keep" -> result = replay.run();
            case "stream" -> {
                AtomicLong n = new AtomicLong();
                result = replay.run((MessageResult m) -> n.incrementAndGet());
            }
            case "json" -> {
                // as the CLI does: results spooled to a temp file, then the report streamed to its file
                try (MessageSpool spool = MessageSpool.create();
                        Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
                    result = replay.run(spool);
                    new ReplayJsonWriter().write(result, spool, w);
                }
            }
            default -> throw new IllegalArgumentException("--ours json|keep|stream, not " + mode);
        }
        long peak = peakHeap();
        System.gc();
        return new Ours(result, peak, usedHeap());
    }

    /** The message as the version's envelope adapter hands it to the validator, serialized. */
    static byte[] rewrite(ReplayVersion version, byte[] message, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerHandler identity = ((SAXTransformerFactory) SAXTransformerFactory.newInstance())
                .newTransformerHandler();
        identity.setResult(new StreamResult(out));
        XMLReader reader = SecureXml.strictReader();
        reader.setContentHandler(version.adapter().wrap(identity, Path.of(name), new MessageListener() {
            @Override
            public void problem(ValidationError error) {
            }

            @Override
            public void payload(Payload payload) {
            }
        }));
        reader.parse(new InputSource(new ByteArrayInputStream(message)));
        return out.toByteArray();
    }

    /** One message of the bare loop: the file for each version (the same file when the rewrites agree). */
    record BareMessage(Path forOld, Path forNew) {
    }

    /** Invalid messages per version, found by the bare loop. */
    record BareCounts(AtomicLong oldInvalid, AtomicLong newInvalid) {
    }

    /** Validates every message against both schemas with plain Validators: one per thread and version. */
    static BareCounts bare(List<BareMessage> files, Schema oldSchema, Schema newSchema, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        BareCounts counts = new BareCounts(new AtomicLong(), new AtomicLong());
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                Validator before = oldSchema.newValidator();
                Validator after = newSchema.newValidator();
                boolean[] failed = new boolean[1];
                ErrorHandler flagging = new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {
                    }

                    @Override
                    public void error(SAXParseException e) {
                        failed[0] = true;
                    }

                    @Override
                    public void fatalError(SAXParseException e) throws SAXParseException {
                        throw e;
                    }
                };
                before.setErrorHandler(flagging);
                after.setErrorHandler(flagging);
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    BareMessage m = files.get(i);
                    if (!validate(before, m.forOld(), failed)) {
                        counts.oldInvalid().incrementAndGet();
                    }
                    if (!validate(after, m.forNew(), failed)) {
                        counts.newInvalid().incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return counts;
    }

    private static boolean validate(Validator v, Path file, boolean[] failed) {
        failed[0] = false;
        try {
            v.validate(new StreamSource(file.toFile()));
        } catch (Exception e) {
            failed[0] = true;
        }
        return !failed[0];
    }

    private static List<Path> templates(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(p -> p.toString().endsWith(".xml") && !p.getFileName().toString().equals("corpus.xml"))
                    .filter(p -> !corpus.relativize(p).startsWith("bad"))
                    .sorted().toList();
        }
    }

    /** N messages: template i % T copied to {@code s/<release>/<Api>/<name>-<n>.xml}. */
    private static void generate(List<Path> templates, Path corpusRoot, List<byte[]> bytes, Path root, int n)
            throws IOException {
        for (int i = 0; i < n; i++) {
            Files.write(target(templates, corpusRoot, root, i, ""), bytes.get(i % templates.size()));
        }
    }

    /** The bare loop's N messages, named as in {@link #generate}; a second file only when the rewrites differ. */
    private static List<BareMessage> generateBare(List<Path> templates, Path corpusRoot, List<byte[]> forOld,
            List<byte[]> forNew, Path root, int n) throws IOException {
        List<BareMessage> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int t = i % templates.size();
            Path old = target(templates, corpusRoot, root, i, "");
            Files.write(old, forOld.get(t));
            Path next = old;
            if (!Arrays.equals(forOld.get(t), forNew.get(t))) {
                next = target(templates, corpusRoot, root, i, ".new");
                Files.write(next, forNew.get(t));
            }
            result.add(new BareMessage(old, next));
        }
        return result;
    }

    private static Path target(List<Path> templates, Path corpusRoot, Path root, int i, String suffix)
            throws IOException {
        Path rel = corpusRoot.relativize(templates.get(i % templates.size()));
        String name = rel.getFileName().toString().replace(".xml", String.format("-%06d%s.xml", i, suffix));
        Path target = root.resolve("s").resolve(rel).resolveSibling(name);
        Files.createDirectories(target.getParent());
        return target;
    }

    /**
     * Writes the generated files back to disk before anything is timed: otherwise the kernel flushes some
     * hundred megabytes during the first rounds and slows whichever side runs then.
     */
    private static void settle() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // no sync command: the rounds alternate which side goes first anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long medianLong(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
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

    /** CPU time of the whole process so far, ns (GC and JIT included, as they are part of either side's cost). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
