package dev.xsdcompat.report.model;

import java.util.ArrayList;
import java.util.List;

import dev.xsdcompat.rules.Severity;

/**
 * Geometry of the inline SVG chart of changes per release by severity: stacked bars, integer coordinates so the
 * markup is the same on every machine.
 */
public record Chart(int width, int height, int max, List<Bar> bars, List<Tick> ticks) {

    /** One release's bar; segments from the bottom, worst on top. */
    public record Bar(String label, String anchor, int x, int width, int labelX, int labelY, int total, int totalY,
            List<Segment> segments) {
    }

    public record Segment(String css, int x, int y, int width, int height, String title) {
    }

    public record Tick(int y, int value) {
    }

    private static final int PLOT_TOP = 16;
    private static final int PLOT_HEIGHT = 120;
    private static final int LEFT = 36;
    private static final int SLOT = 64;
    private static final int BAR = 36;

    static Chart of(List<Release> releases) {
        int max = releases.stream().mapToInt(r -> r.counts().total()).max().orElse(0);
        int scaleMax = Math.max(1, max);
        List<Bar> bars = new ArrayList<>();
        int bottom = PLOT_TOP + PLOT_HEIGHT;
        for (int i = 0; i < releases.size(); i++) {
            Release r = releases.get(i);
            int x = LEFT + i * SLOT + (SLOT - BAR) / 2;
            List<Segment> segments = new ArrayList<>();
            int cumulative = 0;
            int y = bottom;
            Severity[] order = {Severity.SAFE, Severity.INFO, Severity.WARNING, Severity.BREAKING};
            for (Severity s : order) {
                int n = r.counts().of(s);
                if (n == 0) {
                    continue;
                }
                cumulative += n;
                int top = bottom - Math.round((float) cumulative * PLOT_HEIGHT / scaleMax);
                segments.add(new Segment(s.id(), x, top, BAR, Math.max(1, y - top), r.to() + ": " + n + " " + s.id()));
                y = top;
            }
            bars.add(new Bar(r.to(), r.anchor(), x, BAR, x + BAR / 2, bottom + 14, r.counts().total(), y - 4,
                    segments));
        }
        List<Tick> ticks = new ArrayList<>();
        int step = niceStep(scaleMax);
        for (int v = 0; v <= scaleMax; v += step) {
            ticks.add(new Tick(bottom - Math.round((float) v * PLOT_HEIGHT / scaleMax), v));
        }
        return new Chart(LEFT + releases.size() * SLOT + 8, bottom + 24, max, bars, ticks);
    }

    private static int niceStep(int max) {
        int[] steps = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};
        for (int s : steps) {
            if (max / s <= 5) {
                return s;
            }
        }
        return Math.max(1, max / 5);
    }

    /** The x of the plot's right end (grid lines). */
    public int right() {
        return width - 8;
    }

    public int left() {
        return LEFT;
    }
}
