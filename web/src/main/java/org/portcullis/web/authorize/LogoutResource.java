package org.portcullis.web.authorize;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.authorize.Logouts;
import org.portcullis.authorize.UnsafeAuthorizationRequestException;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantId;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * A tenant's end-session endpoint (OpenID Connect RP-Initiated Logout 1.0 §2), GET or POST: signs
 * the browser out, after a confirmation page when no {@code id_token_hint} vouches for the request,
 * then returns to the client or shows that the user has signed out.
 */
@Path("t/{tenant}/logout")
@RequestScoped
@Tag(name = "OpenID Connect")
public class LogoutResource {

  @Inject private Logouts logouts;

  @Inject private HostedPages pages;

  @Inject private PublicBaseUrl baseUrl;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "End-session endpoint (RP-initiated logout)")
  public Response get(@PathParam("tenant") String tenant) {
    return logout(tenant, uri.getQueryParameters());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "End-session endpoint, form-encoded")
  public Response post(@PathParam("tenant") String tenant, MultivaluedMap<String, String> form) {
    return logout(tenant, form);
  }

  private Response logout(String tenant, MultivaluedMap<String, String> parameters) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    String clientId = single(parameters, "client_id");
    String postLogoutRedirectUri = single(parameters, "post_logout_redirect_uri");
    String state = single(parameters, "state");
    var request =
        logouts.validate(
            issuer, single(parameters, "id_token_hint"), clientId, postLogoutRedirectUri, state);
    boolean done =
        logouts.logout(issuer, request, cookies.session(), single(parameters, "confirm"));
    if (!done) {
      Map<String, String> model = new HashMap<>();
      model.put("action", issuer.endpoint("logout"));
      model.put("confirm", Logouts.confirmationOf(cookies.session()));
      model.put("clientId", clientId == null ? "" : clientId);
      model.put(
          "postLogoutRedirectUri", postLogoutRedirectUri == null ? "" : postLogoutRedirectUri);
      model.put("state", state == null ? "" : state);
      return pages.render(200, "logout", model, request.returnTo()).build();
    }
    Response.ResponseBuilder response =
        request.returnTo() == null
            ? pages.render(200, "signed-out", Map.of(), null)
            : StepResponses.seeOther(request.returnTo());
    return response.cookie(cookies.clearedSession()).build();
  }

  private static String single(MultivaluedMap<String, String> parameters, String name) {
    var values = parameters.get(name);
    if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new UnsafeAuthorizationRequestException("The request repeats " + name + ".");
    }
    return values.get(0);
  }
}
