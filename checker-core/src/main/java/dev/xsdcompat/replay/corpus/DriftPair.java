package dev.xsdcompat.replay.corpus;

/**
 * Two responses to the same request, one recorded under the old version and one under the new.
 *
 * @param api the operation(s), or null when unknown
 * @param request the request's corpus path, or null when unknown
 * @param before the response recorded earlier
 * @param after the response recorded later
 * @param release the release that changed the behaviour, or null when unknown
 * @param description what changed, as the corpus describes it, or null
 */
public record DriftPair(String api, String request, String before, String after, String release,
        String description) {
}
