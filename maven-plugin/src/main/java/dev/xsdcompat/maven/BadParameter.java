package dev.xsdcompat.maven;

import org.apache.maven.plugin.MojoFailureException;

/** A configuration mistake, reported with the parameter's name so the user knows what to change in the POM. */
final class BadParameter {

    private BadParameter() {
    }

    static MojoFailureException of(String parameter, String problem) {
        return new MojoFailureException("xsd-compat: parameter '" + parameter + "': " + problem);
    }
}
