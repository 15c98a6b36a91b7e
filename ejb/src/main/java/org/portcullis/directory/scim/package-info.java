/**
 * SCIM 2.0 filters and PATCH paths, parsed into an immutable syntax tree.
 *
 * <p>Owns the grammar of RFC 7644 §3.4.2.2 (Figure 1, filters) and §3.5.2 (Figure 7, PATCH {@code
 * path}): {@link org.portcullis.directory.scim.Filter#parse(String)} and {@link
 * org.portcullis.directory.scim.PatchPath#parse(String)} turn text into {@link
 * org.portcullis.directory.scim.Filter}, {@link org.portcullis.directory.scim.AttributePath},
 * {@link org.portcullis.directory.scim.Value} and {@link org.portcullis.directory.scim.PatchPath},
 * and refuse malformed input with an {@link org.portcullis.directory.scim.InvalidFilterException}
 * that carries its position and the SCIM error type ({@code invalidFilter} or {@code invalidPath}).
 * Input length and nesting depth are capped so that hostile input costs little.
 *
 * <p>Does not own what a filter means: whether an attribute exists in a schema, whether an operator
 * suits its type, the translation into database queries and the application of PATCH operations
 * live elsewhere. Nothing here evaluates a filter in memory.
 */
package org.portcullis.directory.scim;
