package dev.xsdcompat.operations;

/** Which way a message travels: a request to the service or a response from it. */
public enum Direction {
    REQUEST,
    RESPONSE
}
