/**
 * Step 3: compares two {@link dev.xsdcompat.model.SchemaModel}s and emits {@link dev.xsdcompat.diff.Change}s.
 * Components are matched by symbol space and path; each family of checks (declarations, occurrence, facets,
 * wildcards) lives in its own class. The diff knows rule ids, never how severe a change is for whom.
 */
package dev.xsdcompat.diff;
