package dev.xsdcompat.model;

/** The document a top-level declaration comes from: where its components are located, and what they are added to. */
record DocContext(String systemId, String namespace, LocationIndex locations, ComponentCollector collector,
        boolean documentation) {

    void add(ComponentDraft draft, ComponentKind.Space space) {
        collector.add(draft.build(locations.find(systemId, space, draft.path())));
    }
}
