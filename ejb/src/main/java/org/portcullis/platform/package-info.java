/**
 * The shared kernel every feature speaks: the two error families (RFC 9457 problems and OAuth
 * protocol errors), paging and the issuer URL. It owns no entities and no rules of a feature.
 */
package org.portcullis.platform;
