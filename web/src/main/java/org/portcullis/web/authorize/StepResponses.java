package org.portcullis.web.authorize;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.portcullis.authorize.Outcome;
import org.portcullis.authorize.Step;
import org.portcullis.ratelimit.ThrottledException;
import org.portcullis.tenant.Issuer;
import org.portcullis.webauthn.SecurityKeys;

/**
 * Turns the next step of an authorization into a response: a 303 to the client (RFC 9700 §4.12: a
 * 307 would resend the password), to the sign-in or consent page of the waiting request, or the
 * sign-in page itself with what went wrong. A new SSO session comes with its cookie.
 */
@ApplicationScoped
public class StepResponses {

  @Inject private HostedPages pages;

  @Inject private SecurityKeys securityKeys;

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
    if (step instanceof Step.SecondFactor second) {
      if (second.problem() != null) {
        return secondFactorPage(issuer, second, 200);
      }
      return seeOther(
          URI.create(issuer.endpoint("login/second-factor") + "?request=" + second.requestId()));
    }
    if (step instanceof Step.Enroll enroll) {
      if (enroll.problem() != null) {
        return enrollPage(issuer, enroll, 200);
      }
      return seeOther(
          URI.create(issuer.endpoint("login/enroll") + "?request=" + enroll.requestId()));
    }
    Step.Consent consent = (Step.Consent) step;
    return seeOther(URI.create(issuer.endpoint("consent") + "?request=" + consent.requestId()));
  }

  /**
   * The page of a waiting request again, 429 with {@code Retry-After}: the user name (or user) must
   * wait before the next attempt.
   *
   * @param typedUserName what the user typed on the sign-in page, or null
   */
  Response throttled(Issuer issuer, Step step, ThrottledException throttled, String typedUserName) {
    String problem =
        MessageFormat.format(pages.message("throttled"), throttled.retryAfterSeconds());
    Response.ResponseBuilder page;
    if (step instanceof Step.SecondFactor second) {
      page = secondFactorPage(issuer, second.withProblem(problem), 429);
    } else {
      Step.Login login = (Step.Login) step;
      page =
          loginPage(
              issuer,
              new Step.Login(
                  login.requestId(),
                  login.clientName(),
                  typedUserName == null ? login.loginHint() : typedUserName,
                  problem,
                  login.redirectUri()),
              429);
    }
    return page.header("Retry-After", throttled.retryAfterSeconds()).build();
  }

  /**
   * The sign-in page, with a passwordless ceremony begun for its "Sign in with a security key"
   * button and the browser's passkey autofill.
   */
  Response.ResponseBuilder loginPage(Issuer issuer, Step.Login login, int status) {
    SecurityKeys.Begun passkey = securityKeys.beginPasswordless(issuer.origin());
    Map<String, String> model = new HashMap<>();
    model.put("passkeyAction", issuer.endpoint("login/passkey"));
    model.put("passkeyCeremony", passkey.ceremonyId());
    model.put("passkeyOptions", passkey.optionsJson());
    model.put("client", login.clientName());
    model.put("request", login.requestId());
    model.put("loginHint", login.loginHint() == null ? "" : login.loginHint());
    model.put("problem", login.problem() == null ? "" : login.problem());
    model.put("action", issuer.endpoint("login"));
    return pages.render(status, "login", model, URI.create(login.redirectUri()));
  }

  /**
   * The second-factor page: a security key ceremony begun when the user has a key (started at once
   * when it is the only way), the code form when the user has an app or recovery codes.
   */
  Response.ResponseBuilder secondFactorPage(Issuer issuer, Step.SecondFactor step, int status) {
    Map<String, String> model = new HashMap<>();
    Step.Factors factors = step.factors();
    if (factors.securityKey()) {
      SecurityKeys.Begun key =
          securityKeys.beginSecondFactor(factors.userId(), factors.userName(), issuer.origin());
      model.put("keyAction", issuer.endpoint("login/second-factor/key"));
      model.put("keyCeremony", key.ceremonyId());
      model.put("keyOptions", key.optionsJson());
      // A refused key is not asked again at once: the user reads why, then chooses.
      model.put("keyAutostart", String.valueOf(!factors.codes() && step.problem() == null));
    }
    model.put("codes", factors.codes() ? "yes" : "");
    model.put("client", step.clientName());
    model.put("request", step.requestId());
    model.put("problem", step.problem() == null ? "" : step.problem());
    model.put("action", issuer.endpoint("login/second-factor"));
    return pages.render(status, "second-factor", model, URI.create(step.redirectUri()));
  }

  /** The enrollment page, with a registration ceremony begun for the user. */
  Response.ResponseBuilder enrollPage(Issuer issuer, Step.Enroll step, int status) {
    SecurityKeys.Begun registration =
        securityKeys.beginRegistration(
            step.userId(), step.userName(), step.userName(), issuer.origin());
    Map<String, String> model = new HashMap<>();
    model.put("client", step.clientName());
    model.put("request", step.requestId());
    model.put("problem", step.problem() == null ? "" : step.problem());
    model.put("action", issuer.endpoint("login/enroll"));
    model.put("ceremony", registration.ceremonyId());
    model.put("options", registration.optionsJson());
    return pages.render(status, "enroll", model, URI.create(step.redirectUri()));
  }

  Response.ResponseBuilder consentPage(Issuer issuer, Step.Consent consent) {
    String scopes =
        consent.scopes().stream()
            .map(s -> "<li>" + HostedPages.escape(describe(s)) + "</li>")
            .collect(Collectors.joining());
    Map<String, String> model = new HashMap<>();
    model.put("client", consent.clientName());
    model.put("request", consent.requestId());
    model.put("scopes", scopes);
    model.put("action", issuer.endpoint("consent"));
    return pages.render(200, "consent", model, URI.create(consent.redirectUri()));
  }

  /** A scope as the user reads it: its description, or its name for a tenant's own scopes. */
  private String describe(String scope) {
    String key = "consent.scope." + scope;
    String text = pages.message(key);
    return text.equals(key) ? scope : text;
  }

  static Response.ResponseBuilder seeOther(URI location) {
    return Response.seeOther(location).header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
