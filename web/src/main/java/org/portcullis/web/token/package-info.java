/**
 * The client-authenticated OAuth endpoints of each tenant: token ({@code {issuer}/token}, RFC 6749
 * §3.2), revocation ({@code {issuer}/revoke}, RFC 7009) and introspection ({@code
 * {issuer}/introspect}, RFC 7662).
 */
package org.portcullis.web.token;
