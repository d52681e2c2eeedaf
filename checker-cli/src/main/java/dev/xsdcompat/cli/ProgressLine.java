package dev.xsdcompat.cli;

import dev.xsdcompat.replay.engine.ProgressListener;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * "replayed 41200/100000 messages" on one rewritten stderr line, for long runs only: nothing in the first two
 * seconds, nothing when stderr is not a terminal or CI=true (logs would fill with carriage returns).
 */
final class ProgressLine implements ProgressListener {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream err;
    private final LongSupplier clock;
    private final long start;
    private long last;
    private boolean shown;

    ProgressLine(PrintStream err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** A progress line when attached to a terminal outside CI, else nothing. */
    static ProgressListener forTerminal() {
        return choose(System.console() != null, System.getenv("CI"), System.err);
    }

    /** The progress line for a terminal outside CI (the environment's {@code CI} value), else nothing. */
    static ProgressListener choose(boolean terminal, String ci, PrintStream err) {
        return terminal && !"true".equalsIgnoreCase(ci) ? new ProgressLine(err, System::nanoTime)
                : ProgressListener.NONE;
    }

    @Override
    public void progress(int done, int total) {
        long now = clock.getAsLong();
        if (done == total) {
            if (shown) {
                err.print("\rreplayed " + done + "/" + total + " messages\n");
                err.flush();
            }
            return;
        }
        if (now - start < QUIET_NANOS || now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        shown = true;
        err.print("\rreplayed " + done + "/" + total + " messages");
        err.flush();
    }
}
