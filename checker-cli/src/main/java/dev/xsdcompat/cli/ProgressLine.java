package dev.xsdcompat.cli;

import dev.xsdcompat.replay.engine.ProgressListener;
import java.io.PrintStream;

/**
 * "replayed 41200/100000 messages" on one rewritten stderr line, for long runs only: nothing in the first two
 * seconds, nothing when stderr is not a terminal or CI=true (logs would fill with carriage returns).
 */
final class ProgressLine implements ProgressListener {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private long last;
    private boolean shown;

    private ProgressLine(PrintStream err) {
        this.err = err;
    }

    /** A progress line when attached to a terminal outside CI, else nothing. */
    static ProgressListener forTerminal() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        return System.console() != null && !ci ? new ProgressLine(System.err) : ProgressListener.NONE;
    }

    @Override
    public void progress(int done, int total) {
        long now = System.nanoTime();
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
