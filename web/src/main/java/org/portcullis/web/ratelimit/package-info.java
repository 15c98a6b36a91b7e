/**
 * How the boundaries answer a throttled attempt: 429 with {@code Retry-After} (RFC 6585 §4), in the
 * endpoint's own error format.
 */
package org.portcullis.web.ratelimit;
