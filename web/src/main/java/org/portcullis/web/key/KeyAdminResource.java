package org.portcullis.web.key;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.client.Scope;
import org.portcullis.key.KeyRotation;
import org.portcullis.key.SigningAlgorithm;
import org.portcullis.key.SigningKey;
import org.portcullis.key.SigningKeys;
import org.portcullis.web.security.RequiresScope;

/**
 * A tenant's signing keys for its admins (a token of the tenant with {@code tenant:admin}, or a
 * platform admin's): the list, and manual rotation. Never shows private key material.
 */
@Path("t/{tenant}/admin/keys")
@RequestScoped
@RequiresScope(Scope.TENANT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Keys", description = "A tenant's signing keys and their rotation")
@SecurityRequirement(name = "bearer")
public class KeyAdminResource {

  @Inject private SigningKeys keys;

  @Inject private KeyRotation rotation;

  @GET
  @Operation(summary = "List the tenant's signing keys: waiting, active and retired")
  @APIResponse(responseCode = "200", description = "kid, alg, status and the key's instants")
  @APIResponse(responseCode = "403", description = "Not an admin of this tenant (problem+json)")
  public KeyList list() {
    Instant now = Instant.now();
    var items = keys.list().stream().map(k -> KeyRepresentation.of(k, now)).toList();
    return new KeyList(items, items.size());
  }

  @POST
  @Path("rotation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rotate a signing key",
      description =
          "Publishes a new key of alg (ES256 by default, or RS256) in the JWKS now; it signs once"
              + " it has been published for the JWKS max-age, and the active key then retires,"
              + " staying published until its tokens have expired. With immediate true (for a"
              + " suspected compromise) the active key stops signing now: the waiting next key,"
              + " or else a new one, signs at once; verifiers that cache the JWKS (MicroProfile"
              + " JWT) may refuse its tokens until they refetch it.")
  @APIResponse(responseCode = "202", description = "The new key, published; it signs later")
  @APIResponse(responseCode = "200", description = "Immediate: the key that signs from now")
  @APIResponse(responseCode = "400", description = "Unsupported alg (problem+json)")
  @APIResponse(responseCode = "403", description = "Not an admin of this tenant (problem+json)")
  @APIResponse(
      responseCode = "409",
      description = "A next key already waits; rotate with immediate to activate it (problem+json)")
  public Response rotate(RotationRequest body) {
    SigningAlgorithm algorithm =
        body == null || body.alg() == null
            ? SigningAlgorithm.DEFAULT
            : SigningAlgorithm.of(body.alg());
    boolean immediate = body != null && Boolean.TRUE.equals(body.immediate());
    SigningKey key = rotation.rotate(algorithm, immediate);
    // 202: the rotation completes when the key activates; 200: it is complete now.
    Response.Status status = immediate ? Response.Status.OK : Response.Status.ACCEPTED;
    return Response.status(status).entity(KeyRepresentation.of(key, Instant.now())).build();
  }
}
