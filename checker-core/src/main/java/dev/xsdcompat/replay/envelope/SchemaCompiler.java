package dev.xsdcompat.replay.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import dev.xsdcompat.xml.SecureXml;

/**
 * Compiles the XSD files of one folder into a {@link Schema} with the JDK, offline: imports and includes may
 * only reach local files ({@code ACCESS_EXTERNAL_SCHEMA=file}), DTDs are never fetched.
 *
 * <p>The entry documents are all {@code *.xsd} files of the folder except those that another file of the folder
 * pulls in with {@code xs:include} or {@code xs:redefine} (the JDK would ignore a second top-level document of
 * a namespace it has already loaded).
 */
public final class SchemaCompiler {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private SchemaCompiler() {
    }

    /** Compiles the schema set in {@code folder}. */
    public static Schema compile(Path folder) {
        List<Path> entries = entryFiles(folder);
        if (entries.isEmpty()) {
            throw new SchemaCompilationException(folder + ": no .xsd files");
        }
        List<SAXParseException> errors = new ArrayList<>();
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XS);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setErrorHandler(collecting(errors));
            Source[] sources = entries.stream()
                    .map(p -> new StreamSource(p.toFile()))
                    .toArray(Source[]::new);
            Schema schema = factory.newSchema(sources);
            if (!errors.isEmpty()) {
                throw failure(errors, null);
            }
            return schema;
        } catch (SAXException e) {
            throw failure(errors, e);
        }
    }

    /**
     * Compiles a schema set given as the user names a version: folders (every {@code *.xsd} below them, the
     * included ones only through their includer) and entry files. {@code catalogs} (OASIS XML catalogs) resolve
     * imports and includes before relative paths do; a {@code catalog.xml} directly in an input folder is used
     * without being named.
     */
    public static Schema compile(List<Path> inputs, List<Path> catalogs) {
        List<Path> entries = new ArrayList<>();
        List<Path> allCatalogs = new ArrayList<>(catalogs);
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> all = xsdFilesBelow(input);
                Set<Path> included = new HashSet<>();
                for (Path file : all) {
                    included.addAll(includedBy(file));
                }
                all.stream().filter(p -> !included.contains(p.toAbsolutePath().normalize())).forEach(entries::add);
                Path catalog = input.resolve("catalog.xml");
                if (Files.isRegularFile(catalog)) {
                    allCatalogs.add(catalog);
                }
            } else if (Files.isRegularFile(input) && input.getFileName().toString().endsWith(".xsd")) {
                entries.add(input);
            } else {
                throw new SchemaCompilationException(input + ": replay needs a folder of schemas or .xsd entry files");
            }
        }
        if (entries.isEmpty()) {
            throw new SchemaCompilationException(inputs + ": no .xsd files");
        }
        return compileEntries(entries, allCatalogs);
    }

    private static List<Path> xsdFilesBelow(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xsd") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new SchemaCompilationException(folder + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static Schema compileEntries(List<Path> entries, List<Path> catalogs) {
        List<SAXParseException> errors = new ArrayList<>();
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XS);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setErrorHandler(collecting(errors));
            if (!catalogs.isEmpty()) {
                factory.setResourceResolver(javax.xml.catalog.CatalogManager.catalogResolver(
                        javax.xml.catalog.CatalogFeatures.builder()
                                .with(javax.xml.catalog.CatalogFeatures.Feature.RESOLVE, "continue").build(),
                        catalogs.stream().map(c -> c.toAbsolutePath().toUri()).toArray(URI[]::new)));
            }
            Source[] sources = entries.stream().map(p -> new StreamSource(p.toFile())).toArray(Source[]::new);
            Schema schema = factory.newSchema(sources);
            if (!errors.isEmpty()) {
                throw failure(errors, null);
            }
            return schema;
        } catch (SAXException e) {
            throw failure(errors, e);
        }
    }

    /** The entry documents of the set in {@code folder}, sorted by file name. */
    public static List<Path> entryFiles(Path folder) {
        List<Path> all = xsdFiles(folder);
        Set<Path> included = new HashSet<>();
        for (Path file : all) {
            included.addAll(includedBy(file));
        }
        return all.stream().filter(p -> !included.contains(p.toAbsolutePath().normalize())).toList();
    }

    /** All {@code *.xsd} files directly in {@code folder}, sorted by name. */
    public static List<Path> xsdFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xsd")).sorted().toList();
        } catch (IOException e) {
            throw new SchemaCompilationException(folder + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static List<Path> includedBy(Path file) {
        List<Path> result = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            var builder = SecureXml.strictDocumentBuilderFactory().newDocumentBuilder();
            builder.setErrorHandler(SecureXml.THROWING);
            Element schema = builder.parse(in, file.toUri().toString()).getDocumentElement();
            for (String kind : List.of("include", "redefine")) {
                NodeList nodes = schema.getElementsByTagNameNS(XS, kind);
                for (int i = 0; i < nodes.getLength(); i++) {
                    String location = ((Element) nodes.item(i)).getAttribute("schemaLocation");
                    if (!location.isEmpty() && !URI.create(location).isAbsolute()) {
                        result.add(file.toAbsolutePath().getParent().resolve(location).normalize());
                    }
                }
            }
        } catch (SAXParseException e) {
            throw new SchemaCompilationException(
                    file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException | IOException | IllegalArgumentException e) {
            throw new SchemaCompilationException(file + ": " + e.getMessage(), e);
        }
        return result;
    }

    private static ErrorHandler collecting(List<SAXParseException> errors) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // warnings do not stop compilation
            }

            @Override
            public void error(SAXParseException exception) {
                errors.add(exception);
            }

            @Override
            public void fatalError(SAXParseException exception) throws SAXException {
                errors.add(exception);
                throw exception;
            }
        };
    }

    private static SchemaCompilationException failure(List<SAXParseException> errors, SAXException cause) {
        StringBuilder message = new StringBuilder();
        for (SAXParseException e : errors) {
            if (!message.isEmpty()) {
                message.append(System.lineSeparator());
            }
            message.append(e.getSystemId()).append(':').append(e.getLineNumber()).append(':')
                    .append(e.getColumnNumber()).append(": ").append(e.getMessage());
        }
        if (message.isEmpty() && cause != null) {
            message.append(cause.getMessage());
        }
        return new SchemaCompilationException(message.toString(), cause);
    }
}
