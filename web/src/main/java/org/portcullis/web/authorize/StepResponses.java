package org.portcullis.web.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.portcullis.authorize.Outcome;
import org.portcullis.authorize.Step;
import org.portcullis.tenant.Issuer;

/**
 * Turns the next step of an authorization into a response: a 303 to the client (RFC 9700 §4.12: a
 * 307 would resend the password), to the sign-in or consent page of the waiting request, or the
 * sign-in page itself with what went wrong. A new SSO session comes with its cookie.
 */
@ApplicationScoped
public class StepResponses {

  @Inject private HostedPages pages;

  Response.ResponseBuilder of(Issuer issuer, Outcome outcome, BrowserCookies cookies) {
    Response.ResponseBuilder response = navigate(issuer, outcome.step());
    if (outcome.sessionCookie() != null) {
      response.cookie(cookies.sessionCookie(outcome.sessionCookie()));
    }
    return response;
  }

  private Response.ResponseBuilder navigate(Issuer issuer, Step step) {
    if (step instanceof Step.Redirect redirect) {
      return seeOther(redirect.location());
    }
    if (step instanceof Step.Login login) {
      if (login.problem() != null) {
        return loginPage(issuer, login, 200);
      }
      return seeOther(URI.create(issuer.endpoint("login") + "?request=" + login.requestId()));
    }
    Step.Consent consent = (Step.Consent) step;
    return seeOther(URI.create(issuer.endpoint("consent") + "?request=" + consent.requestId()));
  }

  /** The sign-in page. */
  Response.ResponseBuilder loginPage(Issuer issuer, Step.Login login, int status) {
    Map<String, String> model = new HashMap<>();
    model.put("client", login.clientName());
    model.put("request", login.requestId());
    model.put("loginHint", login.loginHint() == null ? "" : login.loginHint());
    model.put("problem", login.problem() == null ? "" : login.problem());
    model.put("action", issuer.endpoint("login"));
    return pages.render(status, "login", model, URI.create(login.redirectUri()));
  }

  Response.ResponseBuilder consentPage(Issuer issuer, Step.Consent consent) {
    String scopes =
        consent.scopes().stream()
            .map(s -> "<li>" + HostedPages.escape(pages.message("consent.scope." + s)) + "</li>")
            .collect(Collectors.joining());
    Map<String, String> model = new HashMap<>();
    model.put("client", consent.clientName());
    model.put("request", consent.requestId());
    model.put("scopes", scopes);
    model.put("action", issuer.endpoint("consent"));
    return pages.render(200, "consent", model, URI.create(consent.redirectUri()));
  }

  static Response.ResponseBuilder seeOther(URI location) {
    return Response.seeOther(location).header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
