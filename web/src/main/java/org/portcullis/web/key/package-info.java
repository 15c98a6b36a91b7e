/**
 * Key boundaries: the JWKS of each tenant ({@code {issuer}/jwks}, RFC 7517) and the tenant admin
 * API over its signing keys ({@code {base}/t/{tenant}/admin/keys}: list and manual rotation).
 */
package org.portcullis.web.key;
