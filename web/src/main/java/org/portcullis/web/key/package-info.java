/** The JWKS of each tenant ({@code {issuer}/jwks}, RFC 7517). */
package org.portcullis.web.key;
