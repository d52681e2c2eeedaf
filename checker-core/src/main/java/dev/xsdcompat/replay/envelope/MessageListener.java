package dev.xsdcompat.replay.envelope;

/** Receives what an envelope adapter finds while a message streams through it. */
public interface MessageListener {

    /** A problem the adapter found itself (for example an unknown {@code xsi:type}). */
    void problem(ValidationError error);

    /** A payload the adapter mapped to its schema type. */
    void payload(Payload payload);
}
