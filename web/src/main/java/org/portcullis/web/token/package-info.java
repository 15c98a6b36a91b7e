/** The token endpoint of each tenant ({@code {issuer}/token}, RFC 6749 §3.2). */
package org.portcullis.web.token;
