package dev.xsdcompat.replay.corpus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Version lists as the corpus format writes them: space-separated versions or inclusive ranges {@code a..b}. */
final class VersionRanges {

    private VersionRanges() {
    }

    static Set<String> expand(String text, List<String> series, String where) {
        Set<String> result = new LinkedHashSet<>();
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return result;
        }
        for (String item : trimmed.split("\\s+")) {
            int dots = item.indexOf("..");
            if (dots < 0) {
                result.add(item);
                continue;
            }
            int from = series.indexOf(item.substring(0, dots));
            int to = series.indexOf(item.substring(dots + 2));
            if (from < 0 || to < from) {
                throw new CorpusException(where + ": range " + item + " is not in the series " + series);
            }
            result.addAll(series.subList(from, to + 1));
        }
        return result;
    }
}
