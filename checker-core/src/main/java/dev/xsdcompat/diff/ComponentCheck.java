package dev.xsdcompat.diff;

import dev.xsdcompat.model.Component;

/** One family of checks on a component present in both versions. */
@FunctionalInterface
interface ComponentCheck {

    void check(Component oldC, Component newC, DiffContext context, ChangeSink sink);
}
