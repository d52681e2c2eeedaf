package dev.xsdcompat.replay.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xsdcompat.webex.WebexSeries;
import dev.xsdcompat.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/** What the Webex envelope adapter hands the validator, serialized: namespaces, prefixes, reuse across messages. */
class WebexRewriterTest {

    private static final String SERV = "http://www.webex.com/schemas/2002/06/service";

    private final List<String> problems = new ArrayList<>();
    private final MessageListener listener = new MessageListener() {
        @Override
        public void problem(ValidationError error) {
            problems.add(error.message());
        }

        @Override
        public void payload(Payload payload) {
            // not asserted here
        }
    };

    /** One transformer per message, one adapter handler for all of them, as a replay thread has. */
    private final class Rewriting {
        /** Passes events on to this message's transformer, so that one adapter handler serves every message. */
        private final XMLFilterImpl forward = new XMLFilterImpl();
        private final EnvelopeAdapter.Handlers handlers = EnvelopeAdapter.webex(WebexSeries.operations(),
                WebexSeries.cache().contentIndex(WebexSeries.release("40.6.0"))).handlers(forward, listener);

        String rewrite(String message) throws Exception {
            TransformerHandler identity = ((SAXTransformerFactory) SAXTransformerFactory.newInstance())
                    .newTransformerHandler();
            identity.getTransformer().setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            identity.setResult(new StreamResult(out));
            forward.setContentHandler(identity);
            XMLReader reader = SecureXml.strictReader();
            reader.setContentHandler(handlers.begin(Path.of("m.xml")));
            reader.parse(new InputSource(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8))));
            return out.toString();
        }
    }

    private static String request(String rootDeclarations, String payload) {
        return "<serv:message xmlns:serv='" + SERV + "' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
                + rootDeclarations + "><header/><body><bodyContent"
                + " xsi:type='java:com.webex.service.binding.user.GetUser'>" + payload
                + "</bodyContent></body></serv:message>";
    }

    @Test
    void unqualifiedPayloadElementsGetTheirDeclaredNamespaceUnderAReadablePrefix() throws Exception {
        String out = new Rewriting().rewrite(request("", "<webExId>mokafor</webExId>"));
        assertThat(out).contains("<bodyContent xmlns:user=\"" + SERV + "/user\" xsi:type=\"user:getUser\">")
                .contains("<user:webExId>mokafor</user:webExId>");
        assertThat(problems).isEmpty();
    }

    @Test
    void aPrefixTheMessageAlreadyUsesForAnotherNamespaceIsNotTaken() throws Exception {
        String out = new Rewriting().rewrite(request(" xmlns:user='urn:something-else'", "<webExId>m</webExId>"));
        assertThat(out).contains("xmlns:user1=\"" + SERV + "/user\"").contains("xsi:type=\"user1:getUser\"")
                .contains("<user1:webExId>m</user1:webExId>");
    }

    @Test
    void aPrefixTheMessageAlreadyBindsToTheNamespaceIsReused() throws Exception {
        String out = new Rewriting().rewrite(request(" xmlns:u='" + SERV + "/user'", "<webExId>m</webExId>"));
        assertThat(out).contains("xsi:type=\"u:getUser\"").contains("<u:webExId>m</u:webExId>")
                .doesNotContain("xmlns:user=");
    }

    @Test
    void aHandlerReusedAfterAStoppedMessageGivesWhatAFreshOneGives() throws Exception {
        String good = request("", "<webExId>m</webExId>");
        String expected = new Rewriting().rewrite(good);
        Rewriting reused = new Rewriting();
        assertThatThrownBy(() -> reused.rewrite("<wrong><a xmlns:user='urn:x'><b/></a></wrong>"))
                .isInstanceOf(StopValidation.class);
        assertThatThrownBy(() -> reused.rewrite(request(" xmlns:user='urn:x'",
                "<webExId>m</webExId><unclosed>"))).isNotInstanceOf(StopValidation.class);
        assertThat(reused.rewrite(good)).isEqualTo(expected);
        assertThat(reused.rewrite(good)).isEqualTo(expected);
    }

    @Test
    void aResponseTypeResolvesAgainstPrefixesDeclaredAbove() throws Exception {
        String response = "<serv:message xmlns:serv='" + SERV + "' xmlns:use='" + SERV + "/user'"
                + " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'><serv:header/><serv:body>"
                + "<serv:bodyContent xsi:type='use:getUserResponse'/>"
                + "<serv:bodyContent xsi:type='nope:getUserResponse'/></serv:body></serv:message>";
        new Rewriting().rewrite(response);
        assertThat(problems).singleElement().asString()
                .isEqualTo("no schema type for nope:getUserResponse (undeclared prefix) (m.xml)");
    }
}
