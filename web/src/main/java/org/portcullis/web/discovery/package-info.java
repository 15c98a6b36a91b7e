/**
 * Where clients learn a tenant's endpoints: OpenID Connect Discovery 1.0 and RFC 8414 authorization
 * server metadata, one document served at both addresses.
 */
package org.portcullis.web.discovery;
