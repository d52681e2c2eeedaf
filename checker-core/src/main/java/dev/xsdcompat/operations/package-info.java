/**
 * Operations: which schema components are the roots of a request or a response, and to which API
 * (operation) each belongs.
 *
 * <p>An operations file ({@code urn:xsd-compat:operations:1}, format in the resource
 * {@code dev/xsdcompat/operations/operations-1.xsd}) lists per operation its request and response root types
 * (Clark-notation QNames) and, for requests, the literal {@code xsi:type} string that selects the type on the
 * wire. {@link dev.xsdcompat.operations.OperationsFile#read(java.nio.file.Path)} reads and validates such a file
 * into an immutable {@link dev.xsdcompat.operations.Operations} catalogue. Classification uses it for the
 * affected APIs and the request/response direction of a change; replay uses it to dispatch a message's
 * payload to its schema type.
 */
package dev.xsdcompat.operations;
