package dev.xsdcompat.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import javax.xml.transform.Source;

import org.xml.sax.InputSource;

/**
 * Finds the document an import, include or redefine points to: first relative to the referring file, then
 * through the OASIS catalogs (by location, then by namespace), then, only when allowed, on the network.
 */
final class ReferenceResolver {

    /** Where a reference leads. */
    sealed interface Target permits Local, Remote, Missing {
    }

    record Local(Path path) implements Target {
    }

    record Remote(URI uri) implements Target {
    }

    record Missing(String reason) implements Target {
    }

    private final CatalogResolver catalog;
    private final boolean allowNetwork;

    ReferenceResolver(List<Path> catalogs, boolean allowNetwork) {
        this.allowNetwork = allowNetwork;
        this.catalog = catalogs.isEmpty() ? null : catalogResolver(catalogs);
    }

    private static CatalogResolver catalogResolver(List<Path> catalogs) {
        URI[] uris = new URI[catalogs.size()];
        for (int i = 0; i < uris.length; i++) {
            Path c = catalogs.get(i);
            if (!Files.isRegularFile(c)) {
                throw new LoadException(c + ": catalog file not found");
            }
            uris[i] = c.toAbsolutePath().normalize().toUri();
        }
        CatalogFeatures features = CatalogFeatures.builder()
                .with(CatalogFeatures.Feature.PREFER, "system")
                .with(CatalogFeatures.Feature.RESOLVE, "continue")
                .build();
        try {
            return CatalogManager.catalogResolver(features, uris);
        } catch (RuntimeException e) {
            throw new LoadException("cannot read catalog " + catalogs + ": " + e.getMessage(), e);
        }
    }

    Target resolve(String namespace, String location, Path referrer) {
        if (location != null && !location.isBlank()) {
            Optional<Path> relative = relative(location.trim(), referrer);
            if (relative.isPresent()) {
                return new Local(relative.get());
            }
        }
        Optional<Path> viaCatalog = fromCatalog(location).or(() -> fromCatalog(namespace));
        if (viaCatalog.isPresent()) {
            return new Local(viaCatalog.get());
        }
        if (location == null || location.isBlank()) {
            return new Missing("no schemaLocation and no catalog entry for namespace " + namespace);
        }
        if (isRemote(location)) {
            return allowNetwork
                    ? new Remote(URI.create(location.trim()))
                    : new Missing(location + " is on the network, which is off (give a --catalog, or --allow-network)");
        }
        return new Missing(location + " not found");
    }

    private static boolean isRemote(String location) {
        String l = location.trim().toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("ftp://");
    }

    private static Optional<Path> relative(String location, Path referrer) {
        if (isRemote(location)) {
            return Optional.empty();
        }
        try {
            Path candidate;
            if (location.startsWith("file:")) {
                candidate = Paths.get(new URI(location));
            } else {
                Path base = referrer == null ? null : referrer.getParent();
                candidate = base == null ? referrer.getFileSystem().getPath(location) : base.resolve(location);
            }
            candidate = candidate.normalize();
            return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException
                | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<Path> fromCatalog(String key) {
        if (catalog == null || key == null || key.isBlank()) {
            return Optional.empty();
        }
        try {
            Source viaUri = catalog.resolve(key, null);
            if (viaUri != null && viaUri.getSystemId() != null) {
                return toLocal(viaUri.getSystemId());
            }
            InputSource viaSystem = catalog.resolveEntity(null, key);
            if (viaSystem != null && viaSystem.getSystemId() != null) {
                return toLocal(viaSystem.getSystemId());
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Path> toLocal(String systemId) {
        try {
            URI uri = new URI(systemId);
            if (!"file".equalsIgnoreCase(uri.getScheme())) {
                return Optional.empty();
            }
            Path p = Paths.get(uri).normalize();
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
