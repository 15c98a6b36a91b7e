package org.portcullis.web.authorize;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.authorize.Authorizations;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantId;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * A tenant's authorization endpoint (RFC 6749 §3.1, OpenID Connect Core §3.1.2.1), GET or POST. A
 * browser without a binding cookie gets one here.
 */
@Path("t/{tenant}/authorize")
@RequestScoped
@Tag(name = "OpenID Connect")
public class AuthorizeResource {

  @Inject private Authorizations authorizations;

  @Inject private StepResponses responses;

  @Inject private PublicBaseUrl baseUrl;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Authorization endpoint (authorization code flow with PKCE)")
  @APIResponse(responseCode = "303", description = "To the client, the sign-in or the consent page")
  @APIResponse(responseCode = "400", description = "An HTML page: unknown client or redirect URI")
  public Response get(@PathParam("tenant") String tenant) {
    return authorize(tenant, uri.getQueryParameters());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Authorization endpoint, form-encoded request")
  @APIResponse(responseCode = "303", description = "To the client, the sign-in or the consent page")
  public Response post(@PathParam("tenant") String tenant, MultivaluedMap<String, String> form) {
    return authorize(tenant, form);
  }

  private Response authorize(String tenant, MultivaluedMap<String, String> parameters) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    String browser = cookies.browser();
    boolean newBrowser = browser == null;
    if (newBrowser) {
      browser = BrowserCookies.newBrowserSecret();
    }
    var outcome = authorizations.begin(issuer, Map.copyOf(parameters), browser, cookies.session());
    var response = responses.of(issuer, outcome, cookies);
    if (newBrowser) {
      response.cookie(cookies.browserCookie(browser));
    }
    return response.build();
  }
}
