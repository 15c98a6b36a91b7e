package org.portcullis.web.key;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.key.RotationPolicy;
import org.portcullis.key.SigningKeys;

/**
 * A tenant's public keys: waiting, active and retired ones. Cached by clients for the publication
 * delay of a new key, at most 300 s (contract): a new key is published at least that long before it
 * signs ({@link RotationPolicy#jwksMaxAge()}).
 */
@Path("t/{tenant}/jwks")
@RequestScoped
@Tag(name = "OpenID Connect")
public class JwksResource {

  @Inject private SigningKeys keys;

  @Inject private RotationPolicy policy;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "JSON Web Key Set (RFC 7517) of the tenant's signing keys")
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge((int) policy.jwksMaxAge().toSeconds());
    // JWKSet.toString() publishes public parameters only.
    return Response.ok(keys.publishedKeys().toString()).cacheControl(cache).build();
  }
}
