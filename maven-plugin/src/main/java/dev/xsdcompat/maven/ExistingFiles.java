package dev.xsdcompat.maven;

import java.io.File;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;

/** Checks that configured files and folders exist before anything runs, naming the parameter when not. */
final class ExistingFiles {

    private ExistingFiles() {
    }

    static void requireFolderOrFile(String parameter, File f) throws MojoFailureException {
        if (f == null) {
            throw BadParameter.of(parameter, "not set");
        }
        if (!f.exists()) {
            throw BadParameter.of(parameter, f + " does not exist");
        }
    }

    static void requireFolder(String parameter, File f) throws MojoFailureException {
        requireFolderOrFile(parameter, f);
        if (!f.isDirectory()) {
            throw BadParameter.of(parameter, f + " is not a folder");
        }
    }

    static void optionalFile(String parameter, File f) throws MojoFailureException {
        if (f != null && !f.isFile()) {
            throw BadParameter.of(parameter, f + (f.exists() ? " is not a file" : " does not exist"));
        }
    }

    static void optionalFolderOrFile(String parameter, File f) throws MojoFailureException {
        if (f != null && !f.exists()) {
            throw BadParameter.of(parameter, f + " does not exist");
        }
    }

    static void files(String parameter, List<File> files) throws MojoFailureException {
        for (File f : files) {
            optionalFile(parameter, f);
        }
    }

    static void options(CheckOptions o) throws MojoFailureException {
        files("catalogs", o.catalogs());
        optionalFile("operations", o.operations());
        optionalFile("policy", o.policy());
        optionalFolderOrFile("corpus", o.corpus());
    }
}
