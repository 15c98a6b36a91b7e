/**
 * Bearer-token protection of the platform's own APIs (RFC 6750): {@link
 * org.portcullis.web.security.RequiresScope} on a resource, checked by {@link
 * org.portcullis.web.security.BearerTokenFilter} against the platform's own keys.
 */
package org.portcullis.web.security;
