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
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantId;
import org.portcullis.web.platform.PublicBaseUrl;

/**
 * A security key enrolled during sign-in, after the password, when the user must have a second
 * factor and has none (the tenant's MFA policy) or an admin asked for a new key.
 */
@Path("t/{tenant}/login/enroll")
@RequestScoped
@Tag(name = "OpenID Connect")
public class EnrollResource {

  @Inject private Authorizations authorizations;

  @Inject private StepResponses responses;

  @Inject private PublicBaseUrl baseUrl;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The page where a signing-in user enrolls a required security key")
  public Response page(@PathParam("tenant") String tenant, @QueryParam("request") String request) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    Step step = authorizations.enrollPage(request, cookies.browser());
    if (step instanceof Step.Enroll enroll) {
      return responses.enrollPage(issuer, enroll, 200).build();
    }
    return responses.loginPage(issuer, (Step.Login) step, 200).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Enroll the security key (a WebAuthn registration) and continue")
  public Response enroll(
      @PathParam("tenant") String tenant,
      @FormParam("request") String request,
      @FormParam("ceremony") String ceremony,
      @FormParam("credential") String credential,
      @FormParam("name") String name) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    var outcome =
        authorizations.enroll(
            issuer, request, cookies.browser(), cookies.session(), ceremony, credential, name);
    return responses.of(issuer, outcome, cookies).build();
  }
}
