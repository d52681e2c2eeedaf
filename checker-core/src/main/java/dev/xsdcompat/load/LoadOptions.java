package dev.xsdcompat.load;

import java.nio.file.Path;
import java.util.List;

/**
 * How to load: extra OASIS catalogs (a {@code catalog.xml} found in the input folder is added automatically)
 * and whether http(s) schemaLocations may be fetched.
 */
public record LoadOptions(List<Path> catalogs, boolean allowNetwork) {

    public LoadOptions {
        catalogs = List.copyOf(catalogs);
    }

    public static LoadOptions defaults() {
        return new LoadOptions(List.of(), false);
    }
}
