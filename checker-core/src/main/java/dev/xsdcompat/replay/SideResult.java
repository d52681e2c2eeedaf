package dev.xsdcompat.replay;

import java.util.List;

/**
 * A message against one version.
 *
 * @param valid whether the version accepts it
 * @param errors the first errors, each {@code line N col M: message}
 */
public record SideResult(boolean valid, List<String> errors) {

    /** Valid, no errors: shared, since most messages are. */
    public static final SideResult VALID = new SideResult(true, List.of());

    public SideResult {
        errors = List.copyOf(errors);
    }
}
