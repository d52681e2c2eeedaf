package dev.xsdcompat.replay.envelope;

import java.nio.file.Path;
import org.xml.sax.ContentHandler;

/** {@link EnvelopeAdapter#plain}: events go to the validator as the parser gives them. */
final class PlainEnvelopeAdapter implements EnvelopeAdapter {

    static final PlainEnvelopeAdapter INSTANCE = new PlainEnvelopeAdapter();

    private PlainEnvelopeAdapter() {
    }

    @Override
    public ContentHandler wrap(ContentHandler validator, Path file, MessageListener listener) {
        return validator;
    }

    /** Nothing is rewritten: names stay as the parser interned them. */
    @Override
    public boolean keepsNamesInterned() {
        return true;
    }
}
