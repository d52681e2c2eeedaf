package dev.xsdcompat.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;

/**
 * Load + diff of two schema set versions end to end, beside the JDK alone compiling both versions with
 * javax.xml.validation, in one run. Both sides get the same two cores (the two versions in parallel).
 *
 * <p>Usage: {@code java -jar benchmarks.jar OLD NEW [--catalog FILE]... [--runs N]}
 */
public final class DiffBenchmark {

    private DiffBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -jar benchmarks.jar OLD_FOLDER NEW_FOLDER [--catalog FILE]... [--runs N]");
            System.exit(2);
        }
        Path oldDir = Path.of(args[0]);
        Path newDir = Path.of(args[1]);
        List<Path> catalogs = new ArrayList<>();
        int runs = 7;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--catalog")) {
                catalogs.add(Path.of(args[++i]));
            } else if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            }
        }
        CompatibilityCheck check = CompatibilityCheck.builder().catalogs(catalogs).build();
        List<Path> oldFiles = xsds(oldDir);
        List<Path> newFiles = xsds(newDir);

        Measurement ours = measure("xsd-compat load+diff", runs, () -> check.compare(oldDir, newDir).findings().size());
        Measurement jdk = measure("JDK newSchema x2", runs, () -> {
            CompletableFuture<Object> o = CompletableFuture.supplyAsync(() -> compile(oldFiles));
            compile(newFiles);
            o.join();
            return 0;
        });
        CheckResult r = check.compare(oldDir, newDir);
        System.out.printf("%nchanges found: %d (%s)%n", r.findings().size(), r.countBySeverity());
        System.out.printf("cores: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("ratio (ours / JDK compile), median: %.2fx  (target: <= 2x)%n", ours.median / jdk.median);
    }

    private record Measurement(double median, double min, long peakHeapMb) {
    }

    private static Measurement measure(String name, int runs, Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            work.get(); // warm-up: JIT, class loading
        }
        double[] ms = new double[runs];
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            peak = Math.max(peak, peakHeap());
        }
        Arrays.sort(ms);
        Measurement m = new Measurement(ms[runs / 2], ms[0], peak >> 20);
        System.out.printf("%-24s median %8.1f ms   min %8.1f ms   peak heap %5d MB   (%d runs)%n", name, m.median,
                m.min, m.peakHeapMb, runs);
        return m;
    }

    private static Object compile(List<Path> files) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Source[] sources = files.stream().map(p -> new StreamSource(p.toFile())).toArray(Source[]::new);
            return f.newSchema(sources);
        } catch (Exception e) {
            throw new IllegalStateException("the JDK could not compile the set: " + e.getMessage(), e);
        }
    }

    private static List<Path> xsds(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".xsd")).sorted().toList();
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
