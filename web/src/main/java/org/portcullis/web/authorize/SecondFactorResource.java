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
import org.portcullis.authorize.Outcome;
import org.portcullis.authorize.Step;
import org.portcullis.ratelimit.ThrottledException;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantId;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * The second step of a sign-in whose password was right: the user's security key, a code of the
 * user's authenticator app, or a recovery code. Wrong codes are throttled per user like passwords
 * (429, {@code Retry-After}).
 */
@Path("t/{tenant}/login/second-factor")
@RequestScoped
@Tag(name = "OpenID Connect")
public class SecondFactorResource {

  @Inject private Authorizations authorizations;

  @Inject private StepResponses responses;

  @Inject private PublicBaseUrl baseUrl;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The second-factor page of a waiting sign-in")
  public Response page(@PathParam("tenant") String tenant, @QueryParam("request") String request) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    Step step = authorizations.secondFactorPage(request, cookies.browser());
    if (step instanceof Step.SecondFactor second) {
      return responses.secondFactorPage(issuer, second, 200).build();
    }
    return responses.loginPage(issuer, (Step.Login) step, 200).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Give a TOTP code or a recovery code")
  public Response verify(
      @PathParam("tenant") String tenant,
      @FormParam("request") String request,
      @FormParam("code") String code) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    try {
      Outcome outcome =
          authorizations.secondFactor(issuer, request, cookies.browser(), cookies.session(), code);
      return responses.of(issuer, outcome, cookies).build();
    } catch (ThrottledException throttled) {
      return responses.throttled(
          issuer, authorizations.secondFactorPage(request, cookies.browser()), throttled, null);
    }
  }

  @POST
  @Path("key")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Give the user's security key (a WebAuthn assertion)")
  public Response securityKey(
      @PathParam("tenant") String tenant,
      @FormParam("request") String request,
      @FormParam("ceremony") String ceremony,
      @FormParam("credential") String credential) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    Outcome outcome =
        authorizations.securityKey(
            issuer, request, cookies.browser(), cookies.session(), ceremony, credential);
    return responses.of(issuer, outcome, cookies).build();
  }
}
