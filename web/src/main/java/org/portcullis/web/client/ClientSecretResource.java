package org.portcullis.web.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.client.ClientId;
import org.portcullis.client.ClientNotFoundException;
import org.portcullis.client.ClientRegistration;
import org.portcullis.client.Scope;
import org.portcullis.platform.JsonFactory;
import org.portcullis.web.security.RequiresScope;

/** A tenant admin rotates a client's secret; the previous one stays valid for a grace period. */
@Path("t/{tenant}/admin/clients/{clientId}/secret")
@RequestScoped
@RequiresScope(Scope.TENANT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "OAuth client registration (RFC 7591, RFC 7592)")
@SecurityRequirement(name = "bearer")
public class ClientSecretResource {

  @Inject private ClientRegistration registration;

  @POST
  @Operation(summary = "Rotate the client's secret; the new one is shown this once")
  @APIResponse(responseCode = "200", description = "client_secret and until when the old one works")
  @APIResponse(responseCode = "400", description = "No secret to rotate, or grace out of range")
  @APIResponse(responseCode = "404", description = "No such client (problem+json)")
  public Response rotate(
      @PathParam("clientId") String clientId,
      @Parameter(description = "Seconds the previous secret stays valid, 0 to 2592000; 86400")
          @QueryParam("graceSeconds")
          Long graceSeconds) {
    if (!ClientId.isValid(clientId)) {
      throw new ClientNotFoundException(new ClientId("-"));
    }
    Duration grace =
        graceSeconds == null ? ClientRegistration.DEFAULT_GRACE : Duration.ofSeconds(graceSeconds);
    String secret = registration.rotateSecret(new ClientId(clientId), grace);
    return Response.ok(
            JsonFactory.createObjectBuilder()
                .add("client_id", clientId)
                .add("client_secret", secret)
                .add(
                    "previous_secret_expires_at",
                    OffsetDateTime.now(ZoneOffset.UTC).plus(grace).toEpochSecond())
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
