package dev.xsdcompat.replay.engine;

/** Hears how far a replay is; called from one thread, in order. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
