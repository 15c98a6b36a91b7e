/**
 * What every boundary of module {@code web} shares: the two error formats (RFC 9457 problems and
 * OAuth errors, one mapper each), the platform's public base URL, and security headers.
 */
package org.portcullis.web.platform;
