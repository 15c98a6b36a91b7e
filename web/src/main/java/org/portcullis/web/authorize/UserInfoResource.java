package org.portcullis.web.authorize;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collection;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.platform.JsonFactory;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.TenantId;
import org.portcullis.token.UserInfo;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * A tenant's userinfo endpoint (OpenID Connect Core §5.3), GET or POST, with the access token in
 * the Authorization header or (POST) the form body (RFC 6750 §2.1, §2.2), never both.
 */
@Path("t/{tenant}/userinfo")
@RequestScoped
@Tag(name = "OpenID Connect")
public class UserInfoResource {

  private static final String BEARER = "Bearer ";

  @Inject private UserInfo userInfo;

  @Inject private PublicBaseUrl baseUrl;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Claims about the signed-in user")
  @APIResponse(responseCode = "200", description = "The user's claims the token's scope releases")
  @APIResponse(responseCode = "401", description = "invalid_token (RFC 6750)")
  public Response get(
      @PathParam("tenant") String tenant,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return answer(tenant, fromHeader(authorization));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Claims about the signed-in user (form-encoded request)")
  public Response post(
      @PathParam("tenant") String tenant,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @FormParam("access_token") String inBody) {
    if (authorization != null && inBody != null) {
      throw new OAuthException(OAuthError.INVALID_REQUEST, "Send the token once");
    }
    return answer(tenant, inBody != null ? inBody : fromHeader(authorization));
  }

  private Response answer(String tenant, String token) {
    Map<String, Object> claims = userInfo.of(token, baseUrl.issuerOf(new TenantId(tenant)));
    JsonObjectBuilder json = JsonFactory.createObjectBuilder();
    claims.forEach(
        (name, value) -> {
          if (value instanceof Collection<?> values) {
            var array = JsonFactory.createArrayBuilder();
            values.forEach(v -> array.add(String.valueOf(v)));
            json.add(name, array);
          } else if (value instanceof Boolean flag) {
            json.add(name, flag);
          } else if (value instanceof Number number) {
            json.add(name, number.longValue());
          } else {
            json.add(name, String.valueOf(value));
          }
        });
    return Response.ok(
            json.build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private static String fromHeader(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new OAuthException(OAuthError.INVALID_TOKEN, "A bearer access token is required");
    }
    return authorization.substring(BEARER.length()).strip();
  }
}
