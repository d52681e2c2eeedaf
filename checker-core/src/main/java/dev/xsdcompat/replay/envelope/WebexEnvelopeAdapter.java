package dev.xsdcompat.replay.envelope;

import dev.xsdcompat.operations.Operations;
import java.util.Objects;
import org.xml.sax.ContentHandler;

/**
 * The envelope of the Webex XML API, for one release.
 *
 * <ul>
 *   <li>The root must be {@code {http://www.webex.com/schemas/2002/06/service}message}; anything else is
 *       reported once and validation stops.</li>
 *   <li>A request {@code bodyContent} (unqualified) names its type with a Java binding class,
 *       {@code xsi:type="java:com.webex.service.binding.user.CreateUser"}: the adapter looks the string up in
 *       {@link Operations}, rewrites the attribute to the mapped type's QName with a prefix it declares, and
 *       puts each unqualified payload element into the namespace its declaration has
 *       ({@link ContentIndex}), as the server, which binds by local name, effectively does.</li>
 *   <li>A response {@code serv:bodyContent} names its type by QName ({@code xsi:type="use:getUserResponse"}):
 *       the adapter resolves the prefix from the message's in-scope namespaces and checks that the type is a
 *       known response root; the payload is already qualified and passes unchanged.</li>
 *   <li>An empty {@code serv:bodyContent} without {@code xsi:type} (a FAILURE response) is validated as the
 *       empty base type.</li>
 *   <li>An {@code xsi:type} the operations do not know is reported as {@code no schema type for <xsi:type>
 *       (file)}; that payload's content is then skipped, so the one problem gives one finding.</li>
 * </ul>
 *
 * <p>The envelope itself (header, security context, response header, number of bodyContents) is validated by
 * the schema like any other content.
 */
final class WebexEnvelopeAdapter implements EnvelopeAdapter {

    private final Operations operations;
    private final ContentIndex content;

    WebexEnvelopeAdapter(Operations operations, ContentIndex content) {
        this.operations = Objects.requireNonNull(operations, "operations");
        this.content = Objects.requireNonNull(content, "content");
    }

    @Override
    public Handlers handlers(ContentHandler validator, MessageListener listener) {
        return new WebexRewriter(validator, operations, content, listener);
    }

    /** The rewriter interns every name and prefix it makes; the rest it passes on as received. */
    @Override
    public boolean keepsNamesInterned() {
        return true;
    }
}
