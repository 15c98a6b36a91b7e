/**
 * The SCIM 2.0 HTTP boundary (RFC 7644) at {@code {issuer}/scim/v2}: thin JAX-RS resources over the
 * {@code scim} services, which own every rule. Here: bearer authentication (scope {@code scim} or
 * {@code tenant:admin} of the tenant, or {@code platform:admin} of {@code system}), the {@code
 * application/scim+json} media type, {@code ETag}/{@code If-Match}/{@code If-None-Match} headers,
 * {@code Location}, and RFC 7644 §3.12 error bodies.
 */
package org.portcullis.web.scim;
