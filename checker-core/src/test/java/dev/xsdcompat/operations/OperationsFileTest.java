package dev.xsdcompat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xsdcompat.webex.WebexSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationsFileTest {

    private static final String USER = "http://www.webex.com/schemas/2002/06/service/user";

    @TempDir
    Path temp;

    @Test
    void theWebexOperationsFileListsAll27Apis() {
        Operations operations = WebexSeries.operations();
        assertThat(operations.size()).isEqualTo(27);
        assertThat(operations.all()).extracting(Operation::name).isSorted().contains("CreateUser",
                "LstAccessAnywhereHistory", "GetTeleconferenceSession", "GethosturlMeeting");
        assertThat(operations.envelopeRequestRoots()).hasSize(2);
        assertThat(operations.envelopeResponseRoots()).hasSize(2);
    }

    @Test
    void lookupsFindTheOperationFromEitherSide() {
        Operations operations = WebexSeries.operations();
        Operation createUser = operations.byName("CreateUser").orElseThrow();
        assertThat(createUser.service()).isEqualTo("user");
        assertThat(createUser.requestRoots()).containsExactly(Root.type(new QName(USER, "createUser")));
        assertThat(operations.requestTypeFor("java:com.webex.service.binding.user.CreateUser"))
                .contains(new QName(USER, "createUser"));
        assertThat(operations.byResponseRoot(new QName(USER, "createUserResponse"))).contains(createUser);
        assertThat(operations.byRequestRoot(new QName(USER, "createUser"))).contains(createUser);
        assertThat(createUser.directionOf(new QName(USER, "createUserResponse"))).contains(Direction.RESPONSE);
        assertThat(operations.byName("LstAccessAnywhereHistory").orElseThrow().since()).isEqualTo("40.1.0");
        assertThat(operations.byRequestXsiType("java:com.webex.service.binding.user.Nope")).isEmpty();
    }

    @Test
    void aMalformedFileNamesFileLineAndColumn() throws IOException {
        Path file = write("<operations xmlns=\"urn:xsd-compat:operations:1\">\n  <operation name=\"A\">\n</operations>\n");
        assertThatThrownBy(() -> OperationsFile.read(file))
                .isInstanceOf(OperationsException.class)
                .hasMessageStartingWith(file + ":3:")
                .hasMessageMatching("(?s).*:\\d+:\\d+: .*");
    }

    @Test
    void aFileThatBreaksTheFormatNamesFileLineAndColumn() throws IOException {
        Path file = write("<operations xmlns=\"urn:xsd-compat:operations:1\">\n"
                + "  <operation name=\"A\">\n"
                + "    <request ref=\"createUser-without-namespace{\"/>\n"
                + "  </operation>\n"
                + "</operations>\n");
        assertThatThrownBy(() -> OperationsFile.read(file))
                .isInstanceOf(OperationsException.class)
                .hasMessageStartingWith(file + ":3:");
    }

    @Test
    void duplicateApiNamesAreRefused() throws IOException {
        Path file = write("<operations xmlns=\"urn:xsd-compat:operations:1\">\n"
                + "  <operation name=\"A\"/>\n"
                + "  <operation name=\"A\"/>\n"
                + "</operations>\n");
        assertThatThrownBy(() -> OperationsFile.read(file)).hasMessageStartingWith(file + ":3:");
    }

    @Test
    void aDoctypeIsRefused() throws IOException {
        Path file = write("<!DOCTYPE operations [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
                + "<operations xmlns=\"urn:xsd-compat:operations:1\" series=\"&x;\"/>\n");
        assertThatThrownBy(() -> OperationsFile.read(file)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void clarkNamesRoundTrip() {
        assertThat(ClarkNames.parse("{urn:a}b")).contains(new QName("urn:a", "b"));
        assertThat(ClarkNames.parse("{}b")).contains(new QName("", "b"));
        assertThat(ClarkNames.parse("{urn:a")).isEmpty();
        assertThat(ClarkNames.format(new QName("urn:a", "b"))).isEqualTo("{urn:a}b");
    }

    private Path write(String text) throws IOException {
        Path file = temp.resolve("operations.xml");
        Files.writeString(file, text);
        return file;
    }
}
