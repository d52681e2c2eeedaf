package dev.xsdcompat.classify;

import java.util.List;

import dev.xsdcompat.diff.Change;

/** Decides how severe each change is. */
@FunctionalInterface
public interface Classifier {

    List<Finding> classify(List<Change> changes);
}
