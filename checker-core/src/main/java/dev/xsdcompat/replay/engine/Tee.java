package dev.xsdcompat.replay.engine;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Hands each event of one SAX pass to both versions' branches, so that a message is parsed once, not once per
 * version. A branch whose handlers throw (its adapter stops, its validator gives up) is told and hears no more of
 * the message while the other goes on, exactly as if each had its own parse; when both have stopped, the parse
 * is ended with {@link AllStopped}. Events are passed on unchanged: the handlers only read them. Not
 * thread-safe; one per worker thread, reused.
 */
final class Tee implements ContentHandler {

    /** Ends the parse once no branch listens any more. */
    static final class AllStopped extends SAXException {
        private static final long serialVersionUID = 1L;

        AllStopped() {
            super("both versions stopped");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private final SideValidator first;
    private final SideValidator second;
    private ContentHandler a;
    private ContentHandler b;
    private byte[] message;
    private int length;

    Tee(SideValidator first, SideValidator second) {
        this.first = first;
        this.second = second;
    }

    /** Starts a message with each branch's first handler. */
    void reset(ContentHandler firstHead, ContentHandler secondHead, byte[] bytes, int length) {
        this.a = firstHead;
        this.b = secondHead;
        this.message = bytes;
        this.length = length;
    }

    /** Whether the first branch still listens (had not stopped when the parse ended). */
    boolean firstListening() {
        return a != null;
    }

    boolean secondListening() {
        return b != null;
    }

    private void failA(Exception e) throws AllStopped {
        a = null;
        first.stopped(e, message, length);
        if (b == null) {
            throw new AllStopped();
        }
    }

    private void failB(Exception e) throws AllStopped {
        b = null;
        second.stopped(e, message, length);
        if (a == null) {
            throw new AllStopped();
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        if (a != null) {
            a.setDocumentLocator(locator);
        }
        if (b != null) {
            b.setDocumentLocator(locator);
        }
    }

    @Override
    public void startDocument() throws SAXException {
        if (a != null) {
            try {
                a.startDocument();
            } catch (SAXException | RuntimeException e) {
                failA(e);
            }
        }
        if (b != null) {
            try {
                b.startDocument();
            } catch (SAXException | RuntimeException e) {
                failB(e);
            }
        }
    }

    @Override
    public void endDocument() throws SAXException {
        if (a != null) {
            try {
                a.endDocument();
            } catch (SAXException | RuntimeException e) {
                failA(e);
            }
        }
        if (b != null) {
            try {
                b.endDocument();
            } catch (SAXException | RuntimeException e) {
                failB(e);
            }
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (a != null) {
            try {
                a.startPrefixMapping(prefix, uri);
            } catch (SAXException | RuntimeException e) {
                failA(e);
            }
        }
        if (b != null) {
            try {
                b.startPrefixMapping(prefix, uri);
            } catch (SAXException | RuntimeException e) {
                failB(e);
            }
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (a != null) {
            try {
                a.endPrefixMapping(prefix);
            } catch (SAXException | RuntimeException e) {
                failA(e);
            }
        }
        if (b != null) {
            try {
                b.endPrefixMapping(prefix);
            } catch (SAXException | RuntimeException e) {
                failB(e);
            }
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (a != null) {
            try {
                a.startElement(uri, localName, qName, atts);
            } catch (SAXException | RuntimeException e) {
                failA(e);
            }
        }
        if (b != null) {
            try {
                b.startElement(uri, localName, qName, atts);
            } catch (SAXException | RuntimeException e) {
                failB(e);
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (a != null) {
            try {
                a.endElement(uri, localName, qName);
            } catch (SAXException | RuntimeException e) {
                failA(e);
            }
        }
        if (b != null) {
            try {
                b.endElement(uri, localName, qName);
            } catch (SAXException | RuntimeException e) {
                failB(e);
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (a != null) {
            try {
                a.characters(ch, start, length);
            } catch (SAXException | RuntimeException e) {
                failA(e);
            }
        }
        if (b != null) {
            try {
                b.characters(ch, start, length);
            } catch (SAXException | RuntimeException e) {
                failB(e);
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (a != null) {
            try {
                a.ignorableWhitespace(ch, start, length);
            } catch (SAXException | RuntimeException e) {
                failA(e);
            }
        }
        if (b != null) {
            try {
                b.ignorableWhitespace(ch, start, length);
            } catch (SAXException | RuntimeException e) {
                failB(e);
            }
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (a != null) {
            try {
                a.processingInstruction(target, data);
            } catch (SAXException | RuntimeException e) {
                failA(e);
            }
        }
        if (b != null) {
            try {
                b.processingInstruction(target, data);
            } catch (SAXException | RuntimeException e) {
                failB(e);
            }
        }
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        if (a != null) {
            try {
                a.skippedEntity(name);
            } catch (SAXException | RuntimeException e) {
                failA(e);
            }
        }
        if (b != null) {
            try {
                b.skippedEntity(name);
            } catch (SAXException | RuntimeException e) {
                failB(e);
            }
        }
    }
}
