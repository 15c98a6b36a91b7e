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
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantId;
import org.portcullis.web.platform.PublicBaseUrl;

/** The consent page a third-party client's request waits on. */
@Path("t/{tenant}/consent")
@RequestScoped
@Tag(name = "OpenID Connect")
public class ConsentResource {

  @Inject private Authorizations authorizations;

  @Inject private StepResponses responses;

  @Inject private PublicBaseUrl baseUrl;

  @Context private HttpHeaders headers;

  @Context private UriInfo uri;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The consent page of a waiting authorization request")
  public Response page(@PathParam("tenant") String tenant, @QueryParam("request") String request) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    Step step = authorizations.consentPage(request, cookies.browser(), cookies.session());
    if (step instanceof Step.Consent consent) {
      return responses.consentPage(issuer, consent).build();
    }
    return responses.of(issuer, new Outcome(step, null), cookies).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Allow or deny a third-party client")
  public Response decide(
      @PathParam("tenant") String tenant,
      @FormParam("request") String request,
      @FormParam("decision") String decision) {
    Issuer issuer = baseUrl.issuerOf(new TenantId(tenant));
    BrowserCookies cookies = new BrowserCookies(headers, uri, tenant);
    var outcome =
        authorizations.consent(
            issuer, request, cookies.browser(), cookies.session(), "allow".equals(decision));
    return responses.of(issuer, outcome, cookies).build();
  }
}
