package dev.xsdcompat.replay.envelope;

import java.util.Objects;
import java.util.Optional;
import org.xml.sax.ContentHandler;

/**
 * {@link EnvelopeAdapter#xpath}: the replay validates each payload its {@link PayloadSelector} finds; the events
 * of a payload go to the validator as they are.
 */
final class XPathEnvelopeAdapter implements EnvelopeAdapter {

    private final PayloadSelector selector;

    XPathEnvelopeAdapter(PayloadSelector selector) {
        this.selector = Objects.requireNonNull(selector, "selector");
    }

    @Override
    public Handlers handlers(ContentHandler validator, MessageListener listener) {
        return file -> validator;
    }

    @Override
    public Optional<PayloadSelector> payloads() {
        return Optional.of(selector);
    }
}
