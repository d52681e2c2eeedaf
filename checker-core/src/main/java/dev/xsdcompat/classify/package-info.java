/**
 * Step 4: turns each {@link dev.xsdcompat.diff.Change} into a {@link dev.xsdcompat.classify.Finding} with a
 * severity per direction. Without an operations model every component counts as reachable from both
 * directions and the catalogue's defaults apply.
 */
package dev.xsdcompat.classify;
