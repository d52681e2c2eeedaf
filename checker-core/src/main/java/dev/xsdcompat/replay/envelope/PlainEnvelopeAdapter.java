package dev.xsdcompat.replay.envelope;

import org.xml.sax.ContentHandler;

/** {@link EnvelopeAdapter#plain}: events go to the validator as the parser gives them. */
final class PlainEnvelopeAdapter implements EnvelopeAdapter {

    static final PlainEnvelopeAdapter INSTANCE = new PlainEnvelopeAdapter();

    private PlainEnvelopeAdapter() {
    }

    @Override
    public Handlers handlers(ContentHandler validator, MessageListener listener) {
        return file -> validator;
    }

    /** Nothing is rewritten: names stay as the parser interned them. */
    @Override
    public boolean keepsNamesInterned() {
        return true;
    }
}
