package dev.xsdcompat.report.model;

import java.util.List;

/**
 * A recorded message that uses elements a release added: where it is, and a short snippet around the first one.
 *
 * @param elements  the local names of the new elements it uses, sorted
 * @param api       the API the message belongs to
 * @param direction {@code request} or {@code response}
 * @param file      the message's path below the corpus folder, with forward slashes
 * @param snippet   a few lines of the message around the first element (LF line ends)
 */
public record Example(List<String> elements, String api, String direction, String file, String snippet) {

    public Example {
        elements = List.copyOf(elements);
    }

    /** The element names, comma-separated. */
    public String element() {
        return String.join(", ", elements);
    }

    public boolean hasSnippet() {
        return !snippet.isEmpty();
    }

    public boolean request() {
        return "request".equals(direction);
    }
}
