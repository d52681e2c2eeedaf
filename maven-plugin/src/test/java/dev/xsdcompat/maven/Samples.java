package dev.xsdcompat.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small schema versions for the tests: v1, v1 plus an optional element, v1 without an element. */
final class Samples {

    static final String V1 = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" elementFormDefault="qualified">
              <xs:element name="order">
                <xs:complexType>
                  <xs:sequence>
                    <xs:element name="customer" type="xs:string"/>
                    <xs:element name="note" type="xs:string" minOccurs="0"/>
                  </xs:sequence>
                </xs:complexType>
              </xs:element>
            </xs:schema>
            """;

    static final String ADDED = V1.replace("<xs:element name=\"note\" type=\"xs:string\" minOccurs=\"0\"/>",
            "<xs:element name=\"note\" type=\"xs:string\" minOccurs=\"0\"/>\n"
                    + "<xs:element name=\"gift\" type=\"xs:boolean\" minOccurs=\"0\"/>");

    static final String REMOVED = V1.replace("<xs:element name=\"note\" type=\"xs:string\" minOccurs=\"0\"/>", "");

    private Samples() {
    }

    static Path write(Path dir, String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
