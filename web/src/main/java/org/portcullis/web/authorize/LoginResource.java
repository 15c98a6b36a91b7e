package org.portcullis.web.authorize;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.authorize.Authorizations;
import org.portcullis.authorize.Step;
import org.portcullis.ratelimit.ThrottledException;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantId;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * The hosted sign-in page of a waiting authorization request. A throttled user name gets the page
 * again with 429 and {@code Retry-After}, never a lock.
 */
@Path("t/{tenant}/login")
@RequestScoped
@Tag(name = "OpenID Connect")
public class LoginResource {

  @Inject private Authorizations authorizations;

  @Inject private StepResponses responses;

  @Inject private PublicBaseUrl baseUrl;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The sign-in page of a waiting authorization request")
  public Response page(@PathParam("tenant") String tenant, @QueryParam("request") String request) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    Step.Login login = authorizations.loginPage(request, cookies.browser());
    return responses.loginPage(issuer, login, 200).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Sign in with user name and password")
  public Response signIn(
      @PathParam("tenant") String tenant,
      @FormParam("request") String request,
      @FormParam("username") String userName,
      @FormParam("password") String password) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    try {
      var outcome =
          authorizations.signIn(
              issuer,
              request,
              cookies.browser(),
              cookies.session(),
              userName,
              password == null ? new char[0] : password.toCharArray());
      return responses.of(issuer, outcome, cookies).build();
    } catch (ThrottledException throttled) {
      return responses.throttled(
          issuer, authorizations.loginPage(request, cookies.browser()), throttled, userName);
    }
  }

  @POST
  @Path("passkey")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Sign in without a password, with a passkey (a discoverable credential)")
  public Response passkey(
      @PathParam("tenant") String tenant,
      @FormParam("request") String request,
      @FormParam("ceremony") String ceremony,
      @FormParam("credential") String credential) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    var outcome =
        authorizations.passwordless(
            issuer, request, cookies.browser(), cookies.session(), ceremony, credential);
    return responses.of(issuer, outcome, cookies).build();
  }
}
