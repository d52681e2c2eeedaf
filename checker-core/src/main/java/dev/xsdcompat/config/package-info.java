/**
 * Reading the tool's own configuration files (operations, policy): strict parsing (no DOCTYPE at all), validation
 * against the bundled format schema, and errors that name file, line and column.
 */
package dev.xsdcompat.config;
