package dev.xsdcompat.replay;

import dev.xsdcompat.rules.Severity;

/**
 * How the corpus bears on one change.
 *
 * @param fingerprint the change's fingerprint
 * @param rule its rule id
 * @param path its component path
 * @param request its severity for requests
 * @param response its severity for responses
 * @param messages how many messages exercise it
 * @param newlyRejected how many of those the new version rejects
 * @param confirmed a message of a direction in which the change is breaking exercises it and is newly rejected
 */
public record CoverageEntry(String fingerprint, String rule, String path, Severity request, Severity response,
        int messages, int newlyRejected, boolean confirmed) {

    public boolean exercised() {
        return messages > 0;
    }
}
