/**
 * The user's policy: which changes are accepted (with a written reason), how rules are re-levelled or silenced,
 * how clients read responses, which components were renamed, and how version labels must move. One XML file,
 * validated against {@code policy-1.xsd}, with errors that name file, line and column.
 */
package dev.xsdcompat.policy;
