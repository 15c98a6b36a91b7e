package org.portcullis.console.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.audit.AuditContext;
import org.portcullis.client.ConsoleClients;
import org.portcullis.client.PresentedCredentials;
import org.portcullis.client.RedirectUri;
import org.portcullis.client.SecretHash;
import org.portcullis.platform.OAuthException;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantRegistry;
import org.portcullis.tenant.TenantScope;
import org.portcullis.token.Pkce;
import org.portcullis.token.TokenRequest;
import org.portcullis.token.TokenResponse;
import org.portcullis.token.TokenService;

/**
 * Signs people in to the console through their tenant's own authorization code flow with PKCE
 * (Jakarta Security {@link HttpAuthenticationMechanism}): a protected page sends the browser to
 * {@code {issuer}/authorize} as the tenant's {@value ConsoleClients#ID} client; {@code
 * /console/callback} checks {@code state} and {@code iss} (RFC 9207), redeems the code in process
 * at the tenant's token endpoint and checks the ID token's issuer, audience and nonce. The caller's
 * groups are the user's roles in that tenant. The tenant comes from the {@code tenant} parameter
 * (default {@code system}); a session belongs to one tenant, and only platform admins may look at
 * another.
 */
@ApplicationScoped
@AutoApplySession
public class ConsoleSignIn implements HttpAuthenticationMechanism {

  static final String CALLBACK = "/callback";
  static final String SIGNED_IN = "console-user";

  @Inject private TokenService tokens;

  @Inject private ConsoleClients consoleClients;

  @Inject private TenantScope scope;

  @Inject private TenantRegistry tenants;

  @Inject private AuditContext audit;

  @Inject private ConsoleIdentity identity;

  @Inject
  @ConfigProperty(name = "portcullis.public.base.url")
  private Optional<String> publicBaseUrl;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    audit.connectedFrom(request.getRemoteAddr());
    if (CALLBACK.equals(request.getServletPath())) {
      return finish(request, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    Optional<ConsoleAddresses> addresses = ConsoleAddresses.of(request, publicBaseUrl);
    if (addresses.isEmpty()) {
      return refuse(context, "signin.problem.baseUrl");
    }
    String tenant =
        Optional.ofNullable(request.getParameter("tenant")).orElse(TenantId.SYSTEM.value());
    if (!TenantId.isValid(tenant) || !tenants.exists(new TenantId(tenant))) {
      return refuse(context, "signin.problem.noTenant", tenant);
    }
    return start(request, context, addresses.get(), tenant);
  }

  private AuthenticationStatus start(
      HttpServletRequest request,
      HttpMessageContext context,
      ConsoleAddresses addresses,
      String tenant) {
    scope.enter(new TenantId(tenant));
    consoleClients.ensure(
        new RedirectUri(addresses.callback()), new RedirectUri(addresses.signedOut()));
    String verifier = SecretHash.generateSecret() + SecretHash.generateSecret();
    var pending =
        new PendingSignIn(
            tenant,
            SecretHash.generateSecret(),
            SecretHash.generateSecret(),
            verifier,
            addresses.callback(),
            returnTo(request));
    request.getSession(true).setAttribute(PendingSignIn.ATTRIBUTE, pending);
    String authorize =
        addresses.issuer(tenant)
            + "/authorize?response_type=code&scope=openid%20profile&client_id="
            + ConsoleClients.ID
            + "&redirect_uri="
            + encode(pending.callback())
            + "&state="
            + pending.state()
            + "&nonce="
            + pending.nonce()
            + "&code_challenge="
            + Pkce.challengeOf(verifier)
            + "&code_challenge_method=S256";
    return context.redirect(authorize);
  }

  private AuthenticationStatus finish(HttpServletRequest request, HttpMessageContext context) {
    var session = request.getSession(false);
    PendingSignIn pending =
        session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
    if (pending == null || !pending.state().equals(request.getParameter("state"))) {
      return refuse(context, "signin.problem.notStartedHere");
    }
    session.removeAttribute(PendingSignIn.ATTRIBUTE);
    String base =
        pending.callback().substring(0, pending.callback().length() - "/console/callback".length());
    Issuer issuer = Issuer.of(base, new TenantId(pending.tenant()));
    // RFC 9207: the answer must come from the tenant the console asked.
    if (!issuer.value().equals(request.getParameter("iss"))) {
      return refuse(context, "signin.problem.otherIssuer");
    }
    String code = request.getParameter("code");
    if (code == null) {
      return refuse(context, "signin.problem.incomplete", request.getParameter("error"));
    }
    scope.enter(new TenantId(pending.tenant()));
    TokenResponse issued;
    try {
      issued =
          tokens.exchange(
              issuer,
              new PresentedCredentials(ConsoleClients.ID, null),
              new TokenRequest(
                  Map.of(
                      "grant_type", List.of("authorization_code"),
                      "code", List.of(code),
                      "redirect_uri", List.of(pending.callback()),
                      "code_verifier", List.of(pending.verifier()))));
    } catch (OAuthException refused) {
      return refuse(context, "signin.problem.failed", refused.description());
    }
    try {
      JWTClaimsSet id = SignedJWT.parse(issued.idToken()).getJWTClaimsSet();
      JWTClaimsSet access = SignedJWT.parse(issued.accessToken()).getJWTClaimsSet();
      if (!issuer.value().equals(id.getIssuer())
          || !id.getAudience().equals(List.of(ConsoleClients.ID))
          || !pending.nonce().equals(id.getStringClaim("nonce"))) {
        return refuse(context, "signin.problem.otherSignIn");
      }
      List<String> groups = access.getStringListClaim("groups");
      Set<String> roles = new HashSet<>(groups == null ? List.of() : groups);
      String userName = id.getStringClaim("preferred_username");
      identity.signedIn(
          pending.tenant(),
          id.getSubject(),
          userName,
          roles,
          java.time.Instant.ofEpochSecond(id.getLongClaim("auth_time")),
          issued.idToken());
      Set<String> callerGroups = new HashSet<>(roles);
      callerGroups.add(SIGNED_IN);
      request.setAttribute(CallbackServlet.RETURN_TO, pending.returnTo());
      return context.notifyContainerAboutLogin(userName, callerGroups);
    } catch (ParseException malformed) {
      return refuse(context, "signin.problem.unreadable");
    }
  }

  private static String returnTo(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }

  private static AuthenticationStatus refuse(
      HttpMessageContext context, String problemKey, Object... values) {
    SignInProblemPage.write(context.getResponse(), problemKey, values);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
