package org.portcullis.authorize;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.audit.AuditContext;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.ClientRegistry;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.Scope;
import org.portcullis.directory.RoleDirectory;
import org.portcullis.directory.User;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserName;
import org.portcullis.mfa.SecondFactors;
import org.portcullis.ratelimit.Attempt;
import org.portcullis.ratelimit.Throttle;
import org.portcullis.session.SsoSession;
import org.portcullis.session.SsoSessions;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantIsolated;
import org.portcullis.tenant.TenantScope;
import org.portcullis.token.AuthorizationCodes;
import org.portcullis.token.CodeGrant;
import org.portcullis.token.SignIn;
import org.portcullis.webauthn.SecurityKeys;

/**
 * The authorization endpoint's flow (RFC 6749 §4.1, OpenID Connect Core §3.1.2): a validated
 * request is answered at once when the browser's SSO session satisfies it ({@code prompt}, {@code
 * max_age}) and no consent is missing; otherwise it waits ({@link PendingAuthorization}) for the
 * user to sign in or consent. Every step runs in one transaction. Answers carry {@code iss} (RFC
 * 9207).
 *
 * <p>Sign-in is a password, throttled per user name at the client address and across addresses
 * (slower and slower, never locked). The sign-in proves {@code amr} {@value #PASSWORD} at level
 * {@value #ACR_PASSWORD}; a second factor (its own issue) is a step between the password and the
 * session's start in {@link #signIn}.
 */
@Stateless
@TenantIsolated
public class Authorizations {

  /** The {@link Attempt} kind of password sign-ins. */
  public static final String ATTEMPT_KIND = "login";

  /** RFC 8176: a password. */
  public static final String PASSWORD = "pwd";

  /** The level of a password sign-in. */
  public static final String ACR_PASSWORD = "1";

  /** The level of a sign-in with a second factor. */
  public static final String ACR_MFA = "2";

  /** The {@link Attempt} kind of second factors. */
  public static final String ATTEMPT_KIND_SECOND = "second-factor";

  /** Audit action of a sign-in refused because policy demands a factor the user lacks. */
  public static final String SECOND_FACTOR_MISSING = "mfa.required.missing";

  /** How long after the password the second factor may come. */
  static final Duration SECOND_FACTOR_WINDOW = Duration.ofMinutes(5);

  /** The role whose users may be granted the tenant's admin scopes. */
  public static final String TENANT_ADMIN_ROLE = "tenant-admin";

  /** The role of platform admins in {@link TenantId#SYSTEM}. */
  public static final String PLATFORM_ADMIN_ROLE = "platform-admin";

  private static final Set<String> ADMIN_SCOPES =
      Set.of(Scope.TENANT_ADMIN, Scope.SCIM, Scope.PLATFORM_ADMIN);

  static final String KEY_REFUSED =
      "Your security key could not be verified. Try again, or use another way to sign in.";

  static final String EXPIRED =
      "This sign-in has expired. Go back to the application and start again.";

  private static final Clock CLOCK = Clock.systemUTC();

  @PersistenceContext private EntityManager em;

  @Inject private AuthorizationRequests requests;

  @Inject private ClientRegistry clients;

  @Inject private SsoSessions sessions;

  @Inject private UserDirectory users;

  @Inject private RoleDirectory roles;

  @Inject private Consents consents;

  @Inject private AuthorizationCodes codes;

  @Inject private Throttle throttle;

  @Inject private SecondFactors secondFactors;

  @Inject private SecurityKeys securityKeys;

  @Inject private AuditTrail trail;

  @Inject private AuditContext audit;

  @Inject private TenantScope scope;

  @Inject
  @ConfigProperty(name = "portcullis.authorization.request.lifetime", defaultValue = "PT15M")
  private Duration pendingLifetime;

  /**
   * Starts an authorization.
   *
   * @param browser the browser's binding secret (its cookie)
   * @param sessionCookie the SSO cookie's value, or null
   * @throws UnsafeAuthorizationRequestException when the client or redirect URI is wrong
   */
  public Outcome begin(
      Issuer issuer, Map<String, List<String>> parameters, String browser, String sessionCookie) {
    AuthorizationRequests.Validated validated;
    try {
      validated = requests.validate(parameters);
    } catch (AuthorizationError error) {
      return Outcome.of(errorRedirect(issuer, error));
    }
    Flow flow = new Flow(issuer, validated.client(), validated.request(), browser, null);
    return flow.proceed(sessions.find(sessionCookie), false);
  }

  /**
   * The sign-in page of a waiting request.
   *
   * @throws UnsafeAuthorizationRequestException when the request is unknown, expired, or another
   *     browser's
   */
  public Step.Login loginPage(String requestId, String browser) {
    Flow flow = resume(null, requestId, browser);
    return flow.loginStep(requestId, null);
  }

  /** The consent page of a waiting request; the sign-in page when the session has gone. */
  public Step consentPage(String requestId, String browser, String sessionCookie) {
    Flow flow = resume(null, requestId, browser);
    Optional<User> user = flow.userOf(sessions.find(sessionCookie));
    if (user.isEmpty()) {
      return flow.login(null);
    }
    return flow.consentStep();
  }

  /**
   * A password sign-in for a waiting request.
   *
   * @param password wiped before this returns
   * @throws org.portcullis.ratelimit.ThrottledException when this user name must wait
   */
  public Outcome signIn(
      Issuer issuer,
      String requestId,
      String browser,
      String sessionCookie,
      String userName,
      char[] password) {
    Flow flow = resume(issuer, requestId, browser);
    UserName name;
    try {
      name = new UserName(userName == null ? "" : userName.strip());
    } catch (RuntimeException malformed) {
      java.util.Arrays.fill(password, '\0');
      return Outcome.of(flow.login("Enter your user name and password."));
    }
    Attempt attempt =
        new Attempt(ATTEMPT_KIND, name.key(), audit.clientAddress().orElse(Attempt.NO_ADDRESS));
    Throttle.Checked checked = throttle.check(attempt);
    Optional<User> user = users.authenticate(name, password);
    if (user.isEmpty()) {
      throttle.failed(attempt);
      return Outcome.of(flow.retry(name.value(), "The user name or password is wrong."));
    }
    throttle.succeeded(checked);
    audit.identify(user.get().id());
    switch (secondFactors.after(user.get().id())) {
      case SECOND_FACTOR:
        secondFactors.asked(user.get().id(), flow.whyAsked(user.get().id(), sessionCookie));
        flow.awaitSecondFactor(user.get().id());
        return Outcome.of(flow.secondFactorStep(user.get().id(), null));
      case ENROLL:
        trail.record(AuditRecord.failure(SECOND_FACTOR_MISSING, user.get().id()));
        secondFactors.asked(user.get().id(), secondFactors.why(user.get().id()));
        flow.awaitSecondFactor(user.get().id());
        return Outcome.of(flow.enrollStep(user.get().id(), null));
      default:
        return startSession(
            issuer, flow, sessionCookie, user.get().id(), List.of(PASSWORD), ACR_PASSWORD);
    }
  }

  /**
   * The second factor of a sign-in whose password was right: a TOTP code or a recovery code,
   * throttled per user like passwords.
   *
   * @throws org.portcullis.ratelimit.ThrottledException when this user must wait
   */
  public Outcome secondFactor(
      Issuer issuer, String requestId, String browser, String sessionCookie, String code) {
    Flow flow = resume(issuer, requestId, browser);
    Optional<String> userId = flow.awaitingSecondFactor();
    if (userId.isEmpty()) {
      return Outcome.of(flow.tooLate());
    }
    Attempt attempt =
        new Attempt(
            ATTEMPT_KIND_SECOND, userId.get(), audit.clientAddress().orElse(Attempt.NO_ADDRESS));
    Throttle.Checked checked = throttle.check(attempt);
    Optional<List<String>> proved = secondFactors.verify(userId.get(), code);
    if (proved.isEmpty()) {
      throttle.failed(attempt);
      secondFactors.failed(userId.get(), SecondFactors.Failure.WRONG_CODE);
      return Outcome.of(
          flow.secondFactorStep(userId.get(), "The code is wrong or was used before."));
    }
    throttle.succeeded(checked);
    audit.identify(userId.get());
    secondFactors.passed(
        userId.get(),
        proved.get().contains(SecondFactors.OTP)
            ? SecondFactors.Method.TOTP
            : SecondFactors.Method.RECOVERY);
    flow.secondFactorGiven();
    List<String> amr = new java.util.ArrayList<>(List.of(PASSWORD));
    amr.addAll(proved.get());
    amr.add(SecondFactors.MFA);
    return startSession(issuer, flow, sessionCookie, userId.get(), amr, ACR_MFA);
  }

  /** The second-factor page of a waiting request. */
  public Step secondFactorPage(String requestId, String browser) {
    Flow flow = resume(null, requestId, browser);
    Optional<String> userId = flow.awaitingSecondFactor();
    return userId.isPresent()
        ? flow.secondFactorStep(userId.get(), null)
        : flow.loginStep(requestId, null);
  }

  /**
   * The user's security key after the password (WebAuthn §7.2): an assertion of one of the user's
   * keys, answering the ceremony the second-factor page began.
   */
  public Outcome securityKey(
      Issuer issuer,
      String requestId,
      String browser,
      String sessionCookie,
      String ceremonyId,
      String credential) {
    Flow flow = resume(issuer, requestId, browser);
    Optional<String> userId = flow.awaitingSecondFactor();
    if (userId.isEmpty()) {
      return Outcome.of(flow.tooLate());
    }
    SecurityKeys.Asserted asserted =
        securityKeys.finishSecondFactor(userId.get(), ceremonyId, credential, issuer.origin());
    Optional<SecurityKeys.Verified> verified = asserted.verified();
    if (verified.isEmpty()) {
      secondFactors.failed(userId.get(), SecondFactors.Failure.KEY_REFUSED);
      return Outcome.of(
          flow.secondFactorStep(userId.get(), asserted.refusal().orElse(KEY_REFUSED)));
    }
    audit.identify(userId.get());
    secondFactors.passed(userId.get(), SecondFactors.Method.WEBAUTHN);
    flow.secondFactorGiven();
    return startSession(
        issuer,
        flow,
        sessionCookie,
        userId.get(),
        List.of(PASSWORD, verified.get().method(), SecondFactors.MFA),
        ACR_MFA);
  }

  /** The enrollment page of a waiting request whose user must enroll a key first. */
  public Step enrollPage(String requestId, String browser) {
    Flow flow = resume(null, requestId, browser);
    Optional<String> userId =
        flow.awaitingSecondFactor()
            .filter(id -> secondFactors.after(id) == SecondFactors.Need.ENROLL);
    return userId.isPresent()
        ? flow.enrollStep(userId.get(), null)
        : flow.loginStep(requestId, null);
  }

  /**
   * A security key enrolled during a sign-in whose password was right, when the user must have one
   * (and only then: a user with factors gives one of them instead). The new key is the second
   * factor of this sign-in.
   */
  public Outcome enroll(
      Issuer issuer,
      String requestId,
      String browser,
      String sessionCookie,
      String ceremonyId,
      String credential,
      String keyName) {
    Flow flow = resume(issuer, requestId, browser);
    Optional<String> userId = flow.awaitingSecondFactor();
    if (userId.isEmpty() || secondFactors.after(userId.get()) != SecondFactors.Need.ENROLL) {
      return Outcome.of(flow.tooLate());
    }
    SecurityKeys.Enrolled enrolled =
        securityKeys.finishRegistration(
            userId.get(), ceremonyId, credential, keyName, issuer.origin());
    if (enrolled.key().isEmpty()) {
      secondFactors.failed(userId.get(), SecondFactors.Failure.ENROLLMENT_REFUSED);
      return Outcome.of(flow.enrollStep(userId.get(), enrolled.refusal().orElse(KEY_REFUSED)));
    }
    audit.identify(userId.get());
    secondFactors.passed(userId.get(), SecondFactors.Method.WEBAUTHN);
    flow.secondFactorGiven();
    String method =
        enrolled.key().get().backupEligible()
            ? SecurityKeys.SOFTWARE_KEY
            : SecurityKeys.HARDWARE_KEY;
    return startSession(
        issuer,
        flow,
        sessionCookie,
        userId.get(),
        List.of(PASSWORD, method, SecondFactors.MFA),
        ACR_MFA);
  }

  /**
   * Passwordless sign-in: an assertion with user verification by a discoverable credential of any
   * active user of the tenant, answering the ceremony the sign-in page began. The key and its PIN
   * or biometric are two factors.
   */
  public Outcome passwordless(
      Issuer issuer,
      String requestId,
      String browser,
      String sessionCookie,
      String ceremonyId,
      String credential) {
    Flow flow = resume(issuer, requestId, browser);
    SecurityKeys.Asserted asserted =
        securityKeys.finishPasswordless(ceremonyId, credential, issuer.origin());
    Optional<SecurityKeys.Verified> verified = asserted.verified();
    Optional<User> user = verified.flatMap(v -> users.find(v.userId())).filter(User::isActive);
    if (user.isEmpty()) {
      return Outcome.of(flow.login(asserted.refusal().orElse(KEY_REFUSED)));
    }
    audit.identify(user.get().id());
    return startSession(
        issuer,
        flow,
        sessionCookie,
        user.get().id(),
        List.of(verified.get().method(), SecondFactors.MFA),
        ACR_MFA);
  }

  private Outcome startSession(
      Issuer issuer, Flow flow, String sessionCookie, String userId, List<String> amr, String acr) {
    Optional<SsoSession> current = sessions.find(sessionCookie);
    if (current.isPresent() && current.get().userId().equals(userId)) {
      sessions.reauthenticate(current.get(), amr, acr);
      return flow.proceed(current, true);
    }
    current.ifPresent(other -> sessions.end(issuer, other.id()));
    SsoSessions.Started started = sessions.start(userId, amr, acr);
    Outcome next = flow.proceed(Optional.of(started.session()), true);
    return new Outcome(next.step(), started.cookieValue());
  }

  /** The user's answer on the consent page. */
  public Outcome consent(
      Issuer issuer, String requestId, String browser, String sessionCookie, boolean allowed) {
    Flow flow = resume(issuer, requestId, browser);
    Optional<SsoSession> session = sessions.find(sessionCookie);
    Optional<User> user = flow.userOf(session);
    if (user.isEmpty()) {
      return Outcome.of(flow.login(null));
    }
    audit.identify(user.get().id());
    if (!allowed) {
      consents.deny(user.get().id());
      flow.forget();
      return Outcome.of(
          errorRedirect(
              issuer,
              new AuthorizationError(
                  "access_denied",
                  "The user did not allow the request",
                  flow.request.redirectUri(),
                  flow.request.state())));
    }
    consents.grant(user.get().id(), flow.client.clientId().value(), flow.request.scope());
    return flow.proceed(session, false, true);
  }

  private Flow resume(Issuer issuer, String requestId, String browser) {
    PendingAuthorization pending =
        Optional.ofNullable(requestId)
            .filter(id -> id.length() == 43)
            .map(id -> em.find(PendingAuthorization.class, id))
            .filter(p -> p.isContinuableBy(browser, CLOCK.instant()))
            .orElseThrow(() -> new UnsafeAuthorizationRequestException(EXPIRED));
    AuthorizationRequest request = pending.request();
    OAuthClient client =
        clients
            .find(request.clientId())
            .orElseThrow(() -> new UnsafeAuthorizationRequestException(EXPIRED));
    return new Flow(issuer, client, request, browser, pending);
  }

  /** One authorization request on its way. */
  private final class Flow {

    private final Issuer issuer;
    private final OAuthClient client;
    private final AuthorizationRequest request;
    private final String browser;
    private PendingAuthorization pending;

    Flow(
        Issuer issuer,
        OAuthClient client,
        AuthorizationRequest request,
        String browser,
        PendingAuthorization pending) {
      this.issuer = issuer;
      this.client = client;
      this.request = request;
      this.browser = browser;
      this.pending = pending;
    }

    Outcome proceed(Optional<SsoSession> session, boolean signedInNow) {
      return proceed(session, signedInNow, false);
    }

    /**
     * @param signedInNow the user signed in for this request (prompt=login and max_age are met)
     * @param consentedNow the user has just consented (prompt=consent is met)
     */
    Outcome proceed(Optional<SsoSession> session, boolean signedInNow, boolean consentedNow) {
      Optional<SsoSession> usable = session.filter(s -> signedInNow || satisfies(s));
      Optional<User> user = userOf(usable);
      if (user.isEmpty()) {
        return Outcome.of(
            request.prompts("none")
                ? error("login_required", "The user is not signed in")
                : login(null));
      }
      if (!consentedNow && needsConsent(user.get())) {
        return Outcome.of(
            request.prompts("none")
                ? error("consent_required", "The user has not allowed this client")
                : consentStep());
      }
      return Outcome.of(issueCode(usable.get(), user.get()));
    }

    /** OpenID Connect Core §3.1.2.1: prompt=login and max_age ask for a fresh sign-in. */
    private boolean satisfies(SsoSession session) {
      boolean signedInForThis =
          pending != null
              && !session
                  .authTime()
                  .isBefore(pending.createdAt().withOffsetSameInstant(ZoneOffset.UTC));
      if (signedInForThis) {
        return true;
      }
      return !request.prompts("login")
          && request.maxAgeIfAny().map(session::isYoungerThan).orElse(true)
          && !needsStepUp(session);
    }

    /**
     * Step-up: the client asks for a second factor ({@code acr_values} {@value #ACR_MFA}) that the
     * session's sign-in did not give, and the user has one to give. Without one, the request is
     * answered at the session's level (OpenID Connect Core §3.1.2.1: acr_values are voluntary).
     */
    private boolean needsStepUp(SsoSession session) {
      return request.acrValues().contains(ACR_MFA)
          && !ACR_MFA.equals(session.acr())
          && secondFactors.canGive(session.userId());
    }

    Optional<User> userOf(Optional<SsoSession> session) {
      return session.flatMap(s -> users.find(s.userId())).filter(User::isActive);
    }

    private boolean needsConsent(User user) {
      if (request.prompts("consent")) {
        return true;
      }
      return !client.metadata().firstParty()
          && !consents.covers(user.id(), client.clientId().value(), request.scope());
    }

    Step.Login login(String problem) {
      return loginStep(waiting(), problem);
    }

    void awaitSecondFactor(String userId) {
      waiting();
      pending.passwordGiven(userId);
    }

    Optional<String> awaitingSecondFactor() {
      return pending == null
          ? Optional.empty()
          : pending.awaitingSecondFactor(SECOND_FACTOR_WINDOW, CLOCK.instant());
    }

    void secondFactorGiven() {
      pending.secondFactorGiven();
    }

    /**
     * The sign-in page again when the second factor comes too late after the password (audited when
     * a password was given).
     */
    Step.Login tooLate() {
      Optional.ofNullable(pending)
          .flatMap(PendingAuthorization::passwordGivenBy)
          .ifPresent(user -> secondFactors.failed(user, SecondFactors.Failure.EXPIRED));
      return login("Your sign-in took too long. Enter your password again.");
    }

    /**
     * Why this sign-in asks for a second factor: the client's request first (acr_values, then a
     * max_age the browser's session of this user had passed), else the user and the policy.
     */
    SecondFactors.Why whyAsked(String userId, String sessionCookie) {
      if (request.acrValues().contains(ACR_MFA)) {
        return SecondFactors.Why.STEP_UP;
      }
      boolean tooOld =
          request
              .maxAgeIfAny()
              .flatMap(
                  maxAge ->
                      sessions
                          .find(sessionCookie)
                          .filter(s -> s.userId().equals(userId))
                          .map(s -> !s.isYoungerThan(maxAge)))
              .orElse(false);
      return tooOld ? SecondFactors.Why.MAX_AGE : secondFactors.why(userId);
    }

    Step.Enroll enrollStep(String userId, String problem) {
      String userName = users.find(userId).map(u -> u.userName().value()).orElse("");
      return new Step.Enroll(
          waiting(), client.clientName(), problem, request.redirectUri(), userId, userName);
    }

    Step.SecondFactor secondFactorStep(String userId, String problem) {
      String userName = users.find(userId).map(u -> u.userName().value()).orElse("");
      return new Step.SecondFactor(
          waiting(),
          client.clientName(),
          problem,
          request.redirectUri(),
          new Step.Factors(
              userId, userName, securityKeys.has(userId), secondFactors.hasCodes(userId)));
    }

    /** The sign-in page again, with the user name the user typed. */
    Step.Login retry(String typedUserName, String problem) {
      return new Step.Login(
          waiting(), client.clientName(), typedUserName, problem, request.redirectUri());
    }

    Step.Login loginStep(String requestId, String problem) {
      return new Step.Login(
          requestId, client.clientName(), request.loginHint(), problem, request.redirectUri());
    }

    Step.Consent consentStep() {
      return new Step.Consent(
          waiting(),
          client.clientName(),
          List.copyOf(request.scope().tokens()),
          request.redirectUri());
    }

    private Step.Redirect issueCode(SsoSession session, User user) {
      String code =
          codes.issue(
              new CodeGrant(
                  client.clientId().value(),
                  user.id(),
                  request.redirectUri(),
                  grantable(request.scope(), user),
                  request.resources(),
                  request.nonce(),
                  request.codeChallenge(),
                  new SignIn(
                      session.id(), session.authTime().toInstant(), session.amr(), session.acr())));
      forget();
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("code", code);
      parameters.put("state", request.state());
      parameters.put("iss", issuer.value());
      return new Step.Redirect(withQuery(request.redirectUri(), parameters));
    }

    private Step.Redirect error(String code, String description) {
      forget();
      return errorRedirect(
          issuer,
          new AuthorizationError(code, description, request.redirectUri(), request.state()));
    }

    /** The id of the waiting request, stored now if it was not yet. */
    private String waiting() {
      if (pending == null) {
        em.createQuery("delete from PendingAuthorization p where p.expiresAt < :now")
            .setParameter("now", CLOCK.instant().atOffset(ZoneOffset.UTC))
            .executeUpdate();
        pending = new PendingAuthorization(request, browser, pendingLifetime);
        em.persist(pending);
      }
      return pending.id();
    }

    void forget() {
      if (pending != null) {
        em.remove(em.contains(pending) ? pending : em.merge(pending));
        pending = null;
      }
    }

    /**
     * The scope the user may be granted: the admin scopes only to admins (contract: a {@code
     * tenant:admin} token through "a sign-in by a user with the role tenant-admin").
     */
    private Scope grantable(Scope requested, User user) {
      if (ADMIN_SCOPES.stream().noneMatch(requested::contains)) {
        return requested; // nothing to check: no role query on the common path
      }
      Set<String> userRoles = roles.effectiveRoles(user.id()).names();
      boolean tenantAdmin = userRoles.contains(TENANT_ADMIN_ROLE);
      boolean platformAdmin =
          userRoles.contains(PLATFORM_ADMIN_ROLE) && scope.require().equals(TenantId.SYSTEM);
      return Scope.of(
          requested.tokens().stream()
              .filter(
                  t ->
                      !t.equals(Scope.TENANT_ADMIN) && !t.equals(Scope.SCIM)
                          || tenantAdmin
                          || platformAdmin)
              .filter(t -> !t.equals(Scope.PLATFORM_ADMIN) || platformAdmin)
              .toList());
    }
  }

  private static Step.Redirect errorRedirect(Issuer issuer, AuthorizationError error) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("error", error.code());
    parameters.put("error_description", error.getMessage());
    parameters.put("state", error.state());
    parameters.put("iss", issuer.value());
    return new Step.Redirect(withQuery(error.redirectUri(), parameters));
  }

  /** {@code base} with the parameters added to its query; null values are left out. */
  static URI withQuery(String base, Map<String, String> parameters) {
    StringBuilder uri = new StringBuilder(base);
    char separator = base.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (parameter.getValue() != null) {
        uri.append(separator)
            .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return URI.create(uri.toString());
  }
}
