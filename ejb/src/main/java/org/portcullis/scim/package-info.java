/**
 * The SCIM 2.0 service provider (RFC 7643, RFC 7644) over the directory of the tenant in scope.
 *
 * <p>Owns what SCIM means here: the schemas that {@code /Schemas} publishes and that every request
 * is checked against ({@link org.portcullis.scim.ScimSchemas}), the translation of filters and sort
 * orders into database queries ({@link org.portcullis.scim.ScimQueries}, nothing is filtered in
 * memory), the JSON representation of users and groups, PATCH, ETags ({@code meta.version}), {@code
 * attributes}/{@code excludedAttributes}, and the RFC 7644 §3.12 error types ({@link
 * org.portcullis.scim.ScimException}). The grammar of filters and paths is {@code
 * directory.scim}'s; the rules of users, groups and roles stay in the directory services, which
 * this package calls, so that every change is validated and audited once. Each request runs in one
 * transaction: bad input writes nothing.
 */
package org.portcullis.scim;
