package dev.xsdcompat.replay.envelope;

import dev.xsdcompat.operations.Direction;
import javax.xml.namespace.QName;

/**
 * A payload found in a message and mapped to its schema type.
 *
 * @param api the operation name, for example {@code GetUser}
 * @param direction request or response
 * @param type the schema type the payload was validated against
 * @param line line of the payload's start tag
 * @param column column of the payload's start tag
 */
public record Payload(String api, Direction direction, QName type, int line, int column) {
}
