package org.portcullis.web.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.client.ClientRegistration;
import org.portcullis.client.ClientRegistration.Registered;
import org.portcullis.client.InvalidClientMetadataException;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.Scope;
import org.portcullis.platform.JsonFactory;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.TenantScope;
import org.portcullis.web.platform.PublicBaseUrl;
import org.portcullis.web.security.RequiresScope;
import org.portcullis.web.security.RequiresScope.ErrorFormat;

/**
 * Dynamic client registration (RFC 7591) with an admin's initial access token, and client
 * management (RFC 7592) with the client's own registration access token. Every management response
 * carries a new registration access token and invalidates the previous one (RFC 7592 §3), since
 * only hashes are kept.
 */
@Path("t/{tenant}/register")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "OAuth client registration (RFC 7591, RFC 7592)")
public class RegistrationResource {

  private static final String BEARER = "Bearer ";

  @Inject private ClientRegistration registration;

  @Inject private PublicBaseUrl baseUrl;

  @Inject private TenantScope scope;

  @POST
  @RequiresScope(value = Scope.TENANT_ADMIN, errors = ErrorFormat.OAUTH)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Register a client (RFC 7591); the initial access token is an admin's")
  @APIResponse(
      responseCode = "201",
      description = "The client, its secret and its management token")
  @APIResponse(
      responseCode = "400",
      description = "invalid_redirect_uri or invalid_client_metadata (RFC 7591 §3.2.2)")
  public Response register(String body) {
    Registered registered = registration.register(ClientMetadataJson.read(json(body)));
    JsonObjectBuilder response = information(registered.client(), registered.registrationToken());
    if (registered.secret() != null) {
      response.add("client_secret", registered.secret());
    }
    return Response.created(URI.create(clientUri(registered.client())))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(response.build().toString())
        .build();
  }

  @GET
  @Path("{clientId}")
  @Operation(summary = "Read a client's registration (RFC 7592 §2.1)")
  @APIResponse(responseCode = "200", description = "The client, with a new registration token")
  @APIResponse(responseCode = "401", description = "Not the client's registration access token")
  public Response read(
      @PathParam("clientId") String clientId,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    OAuthClient client = registration.read(clientId, token(authorization));
    return managed(client);
  }

  @PUT
  @Path("{clientId}")
  @Operation(summary = "Replace a client's metadata (RFC 7592 §2.2)")
  @APIResponse(responseCode = "200", description = "The client, with a new registration token")
  @APIResponse(
      responseCode = "400",
      description = "invalid_client_metadata or invalid_redirect_uri")
  @APIResponse(responseCode = "401", description = "Not the client's registration access token")
  public Response update(
      @PathParam("clientId") String clientId,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      String body) {
    String token = token(authorization);
    JsonObject json = json(body);
    // RFC 7592 §2.2: the body names the client it replaces.
    if (!clientId.equals(json.getString("client_id", null))) {
      registration.read(clientId, token); // an unknown client or a bad token answers 401 first
      throw new InvalidClientMetadataException("client_id in the body must be the client's");
    }
    if (json.containsKey("client_secret")) {
      throw new InvalidClientMetadataException(
          "client_secret cannot be set; rotate it through the admin API");
    }
    return managed(registration.update(clientId, token, ClientMetadataJson.read(json)));
  }

  @DELETE
  @Path("{clientId}")
  @Operation(summary = "Delete a client (RFC 7592 §2.3)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", description = "Not the client's registration access token")
  public Response delete(
      @PathParam("clientId") String clientId,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    registration.delete(clientId, token(authorization));
    return Response.noContent().build();
  }

  private Response managed(OAuthClient client) {
    String renewed = registration.renewRegistrationToken(client.clientId());
    return Response.ok(information(client, renewed).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private JsonObjectBuilder information(OAuthClient client, String registrationToken) {
    return ClientMetadataJson.write(client)
        .add("registration_access_token", registrationToken)
        .add("registration_client_uri", clientUri(client));
  }

  private String clientUri(OAuthClient client) {
    return baseUrl.issuerOf(scope.require()).endpoint("register/" + client.clientId().value());
  }

  private static String token(String authorization) {
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new OAuthException(OAuthError.INVALID_TOKEN, "A registration access token is required");
    }
    return authorization.substring(BEARER.length()).strip();
  }

  private static JsonObject json(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidClientMetadataException("The request body is a JSON object of metadata");
    }
    try (JsonReader reader = JsonFactory.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException malformed) {
      throw new InvalidClientMetadataException("The request body is a JSON object of metadata");
    }
  }
}
