package org.portcullis.web.webauthn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.client.Scope;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserNotFoundException;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.web.platform.PageLinks;
import org.portcullis.web.security.RequiresScope;
import org.portcullis.webauthn.AuthenticatorMetadata;
import org.portcullis.webauthn.SecurityKey;
import org.portcullis.webauthn.SecurityKeys;

/**
 * The tenant's passkey inventory for its admins: every security key and passkey, or one user's,
 * with the authenticator's name and status from the FIDO Metadata Service; remove one.
 */
@Path("t/{tenant}/admin/security-keys")
@RequestScoped
@RequiresScope(Scope.TENANT_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security keys", description = "WebAuthn policy and passkey inventory")
@SecurityRequirement(name = "bearer")
public class SecurityKeyAdminResource {

  @Inject private SecurityKeys keys;

  @Inject private AuthenticatorMetadata metadata;

  @Inject private UserDirectory users;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(summary = "List the tenant's security keys, newest first, a page at a time")
  @APIResponse(responseCode = "200", description = "A page; Link rel=next while more remain")
  public Response list(
      @Parameter(description = "Only this user's keys (the user's id)") @QueryParam("user")
          String user,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Page<SecurityKey> page = keys.inventory(user, new PageRequest(offset, limit));
    var described = metadata.describeAll(page.items().stream().map(SecurityKey::aaguid).toList());
    var response =
        Response.ok(
            new SecurityKeyPage(
                page.items().stream()
                    .map(k -> SecurityKeyRepresentation.of(k, described.get(k.aaguid())))
                    .toList(),
                page.total()));
    return PageLinks.withNext(response, page, uriInfo).build();
  }

  @POST
  @Path("reenrollment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Remove all of a user's keys and have the user enroll a new one at next sign-in")
  @APIResponse(responseCode = "204", description = "Done")
  @APIResponse(responseCode = "404", description = "No such user in the tenant (problem+json)")
  public Response requireReenrollment(Reenrollment body) {
    String userId = body == null ? null : body.userId();
    users
        .find(userId == null ? "" : userId)
        .orElseThrow(() -> new UserNotFoundException(String.valueOf(userId)));
    keys.requireReenrollment(userId);
    return Response.noContent().build();
  }

  /** Whose keys to replace. */
  public record Reenrollment(String userId) {}

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a security key: it signs nobody in any more")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such key in the tenant (problem+json)")
  public Response remove(@PathParam("id") String id) {
    keys.removeByAdmin(id);
    return Response.noContent().build();
  }
}
