package org.portcullis.console.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * Signs people in to the console through their tenant's own authorization code flow with PKCE: a
 * page for signed-in people ({@link #PROTECTED}) sends the browser to {@code {issuer}/authorize} as
 * the tenant's {@value ConsoleClients#ID} client; {@code /console/callback} checks {@code state}
 * and {@code iss} (RFC 9207), redeems the code in process at the tenant's token endpoint and checks
 * the ID token's issuer, audience and nonce. The caller's groups are the user's roles in that
 * tenant. The tenant comes from the {@code tenant} parameter (default {@code system}); a session
 * belongs to one tenant, and only platform admins may look at another.
 *
 * <p>A servlet filter rather than a Jakarta Security {@code HttpAuthenticationMechanism}: in the
 * EAR on Payara Server a mechanism in this module is installed for the whole application, and the
 * other web module, which cannot see the bean, then fails every request (observed on Payara Server
 * 6.2025.9). The session id changes at sign-in (no fixation). Declared in web.xml after {@code
 * SecurityHeaders}.
 *
 * <p>The admin pages ({@link #ADMIN}) are for tenant admins (and platform admins) only, the tenants
 * page ({@link #PLATFORM}) for platform admins only; anyone else gets the 403 page.
 */
public class ConsoleSignIn extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CALLBACK = "/callback";

  /** The pages of tenant admins (and platform admins). */
  static final Set<String> ADMIN =
      Set.of(
          "/dashboard.xhtml",
          "/users.xhtml",
          "/groups.xhtml",
          "/clients.xhtml",
          "/user.xhtml",
          "/audit.xhtml",
          "/audit/export",
          "/settings.xhtml",
          "/keys.xhtml",
          "/security-keys.xhtml");

  /** The pages of platform admins only. */
  static final Set<String> PLATFORM = Set.of("/tenants.xhtml");

  /** The pages only signed-in people see. */
  static final Set<String> PROTECTED = protectedPages();

  private static Set<String> protectedPages() {
    Set<String> pages = new HashSet<>(ADMIN);
    pages.addAll(PLATFORM);
    pages.add("/account.xhtml");
    return Set.copyOf(pages);
  }

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
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    audit.connectedFrom(request.getRemoteAddr());
    String path = request.getServletPath();
    if (CALLBACK.equals(path)) {
      finish(request, response);
      return;
    }
    // Only a browser with a session can be signed in; asking the identity would create one.
    boolean signedIn = request.getSession(false) != null && identity.isSignedIn();
    String named = request.getParameter("tenant");
    if (signedIn && !identity.mayEnter(named)) {
      SignInProblemPage.write(response, "signin.problem.otherTenant", named);
      return;
    }
    if (signedIn && !mayOpen(path)) {
      SignInProblemPage.write(response, "signin.problem.notAdmin");
      return;
    }
    if (signedIn) {
      // The acting user of whatever this request changes; admin pages refine it per tenant.
      audit.identify(identity.getUserId());
    }
    if (!PROTECTED.contains(path) || signedIn) {
      chain.doFilter(request, response);
      return;
    }
    signIn(request, response);
  }

  /** Whether the signed-in identity may open {@code path}: admin pages need an admin role. */
  private boolean mayOpen(String path) {
    if (PLATFORM.contains(path)) {
      return identity.isPlatformAdmin();
    }
    return !ADMIN.contains(path) || identity.isTenantAdmin();
  }

  private void signIn(HttpServletRequest request, HttpServletResponse context) throws IOException {
    Optional<ConsoleAddresses> addresses = ConsoleAddresses.of(request, publicBaseUrl);
    if (addresses.isEmpty()) {
      refuse(context, "signin.problem.baseUrl");
      return;
    }
    String tenant =
        Optional.ofNullable(request.getParameter("tenant")).orElse(TenantId.SYSTEM.value());
    if (!TenantId.isValid(tenant) || !tenants.serves(new TenantId(tenant))) {
      refuse(context, "signin.problem.noTenant", tenant);
      return;
    }
    start(request, context, addresses.get(), tenant);
  }

  private void start(
      HttpServletRequest request,
      HttpServletResponse response,
      ConsoleAddresses addresses,
      String tenant)
      throws IOException {
    scope.enter(new TenantId(tenant));
    consoleClients.ensure(
        new RedirectUri(addresses.callback()), new RedirectUri(addresses.signedOut()));
    String verifier = SecretHash.generateSecret() + SecretHash.generateSecret();
    var pending =
        new PendingSignIn(
            tenant,
            addresses.issuer(tenant),
            SecretHash.generateSecret(),
            SecretHash.generateSecret(),
            verifier,
            addresses.callback(),
            returnTo(request));
    request.getSession(true).setAttribute(PendingSignIn.ATTRIBUTE, pending);
    String authorize =
        pending.issuer()
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
            + "&code_challenge_method=S256"
            // Changing second factors asks for a fresh sign-in (OpenID Connect Core prompt=login).
            + (request.getParameter("signInAgain") != null ? "&prompt=login" : "");
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(authorize);
  }

  private void finish(HttpServletRequest request, HttpServletResponse context) throws IOException {
    var session = request.getSession(false);
    PendingSignIn pending =
        session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
    if (pending == null || !pending.state().equals(request.getParameter("state"))) {
      refuse(context, "signin.problem.notStartedHere");
      return;
    }
    session.removeAttribute(PendingSignIn.ATTRIBUTE);
    Issuer issuer = new Issuer(pending.issuer());
    // RFC 9207: the answer must come from the tenant the console asked.
    if (!issuer.value().equals(request.getParameter("iss"))) {
      refuse(context, "signin.problem.otherIssuer");
      return;
    }
    String code = request.getParameter("code");
    if (code == null) {
      refuse(context, "signin.problem.incomplete", request.getParameter("error"));
      return;
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
      refuse(context, "signin.problem.failed", refused.description());
      return;
    }
    try {
      JWTClaimsSet id = SignedJWT.parse(issued.idToken()).getJWTClaimsSet();
      JWTClaimsSet access = SignedJWT.parse(issued.accessToken()).getJWTClaimsSet();
      if (!issuer.value().equals(id.getIssuer())
          || !id.getAudience().equals(List.of(ConsoleClients.ID))
          || !pending.nonce().equals(id.getStringClaim("nonce"))) {
        refuse(context, "signin.problem.otherSignIn");
        return;
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
      request.changeSessionId();
      context.setHeader("Cache-Control", "no-store");
      context.sendRedirect(
          pending.returnTo().startsWith(request.getContextPath() + "/")
              ? pending.returnTo()
              : request.getContextPath() + "/");
    } catch (ParseException malformed) {
      refuse(context, "signin.problem.unreadable");
      return;
    }
  }

  private static String returnTo(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }

  private static void refuse(HttpServletResponse response, String problemKey, Object... values) {
    SignInProblemPage.write(response, problemKey, values);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
