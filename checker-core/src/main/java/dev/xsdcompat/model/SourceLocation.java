package dev.xsdcompat.model;

/** A file (as reports name it, relative to the input) and a line; line 0 means the line is unknown. */
public record SourceLocation(String file, int line) {

    public static final SourceLocation UNKNOWN = new SourceLocation("", 0);

    @Override
    public String toString() {
        if (file.isEmpty()) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }
}
