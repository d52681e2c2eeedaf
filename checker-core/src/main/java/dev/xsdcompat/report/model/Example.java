package dev.xsdcompat.report.model;

/**
 * A recorded message that uses an element a release added: where it is, and a short snippet around the element.
 *
 * @param element   the local name of the new element
 * @param api       the API the message belongs to
 * @param direction {@code request} or {@code response}
 * @param file      the message's path below the corpus folder, with forward slashes
 * @param snippet   a few lines of the message around the element (LF line ends)
 */
public record Example(String element, String api, String direction, String file, String snippet) {

    public boolean request() {
        return "request".equals(direction);
    }
}
