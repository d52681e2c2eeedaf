package dev.xsdcompat.model;

/** Path arithmetic that respects Clark-notation segments, whose namespace URIs contain slashes. */
public final class Paths {

    private Paths() {
    }

    /** The owner's path ({@code {ns}T/a} for {@code {ns}T/a/b}), or null for a top-level component. */
    public static String parent(String path) {
        int depth = 0;
        for (int i = path.length() - 1; i >= 0; i--) {
            char c = path.charAt(i);
            if (c == '}') {
                depth++;
            } else if (c == '{') {
                depth--;
            } else if (c == '/' && depth == 0) {
                return path.substring(0, i);
            }
        }
        return null;
    }
}
