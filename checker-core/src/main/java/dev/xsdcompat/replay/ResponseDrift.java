package dev.xsdcompat.replay;

import java.util.List;

/**
 * Two recorded responses to the same request that are not similar.
 *
 * @param api the operation(s), or null
 * @param request the request's corpus path, or null
 * @param before the response recorded under the old behaviour
 * @param after the response recorded under the new behaviour
 * @param release the release that changed the behaviour, or null
 * @param description the corpus's description, or null
 * @param differences what differs, in document order
 */
public record ResponseDrift(String api, String request, String before, String after, String release,
        String description, List<DriftDifference> differences) {

    public ResponseDrift {
        differences = List.copyOf(differences);
    }
}
