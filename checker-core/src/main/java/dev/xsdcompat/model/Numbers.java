package dev.xsdcompat.model;

import java.math.BigDecimal;

/** Numbers in one spelling, so {@code 010}, {@code 10.0} and {@code 10} compare as the value they are. */
public final class Numbers {

    private Numbers() {
    }

    /** The canonical decimal spelling, or the trimmed text itself when it is not a decimal number (INF, dates). */
    public static String canonical(String value) {
        String t = value.trim();
        try {
            return new BigDecimal(t).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return t;
        }
    }
}
