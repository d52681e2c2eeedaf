/**
 * The rule catalogue: every kind of change the diff can report, with a stable id, a one-line description and
 * its default severity when the changed component is reached from a request (the new server must still accept
 * what old clients send) and from a response (old clients must still accept what the new server sends).
 * Adding a rule means adding one constant to {@link dev.xsdcompat.rules.Rule}.
 */
package dev.xsdcompat.rules;
