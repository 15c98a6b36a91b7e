package org.portcullis.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.portcullis.it.Http;
import org.portcullis.it.Tokens;
import org.portcullis.it.oidc.OidcTenant;
import org.portcullis.it.oidc.RelyingPartyServer;
import org.portcullis.webauthn.TestMetadata;

/**
 * Security keys in headless Chromium with a CDP virtual authenticator, on {@code localhost} (an IP
 * address cannot be an RP id): a user adds a key on the account pages (reached through {@code
 * {issuer}/account}), signs in with it after the password (amr pwd hwk mfa, acr 2) and without a
 * password, removes it, and the removed key fails. Then what must fail does: an assertion for
 * another user or tenant, a replayed or stale challenge, a counter that went backwards, an origin
 * or RP id the tenant does not allow, a blocked AAGUID or one off the allow list, a synced passkey
 * or user verification or attachment the policy refuses, an authenticator the metadata reports
 * revoked. Scripts run in the pages stand for clients that ignore what the options ask.
 */
@BrowserTest
class SecurityKeyBrowserIT {

  private static OidcTenant op;
  private static RelyingPartyServer rp;
  private static OidcTenant.Client app;

  @BeforeAll
  static void tenant() {
    op = new OidcTenant("keys-");
    rp = new RelyingPartyServer();
    app = op.client(rp.redirectUri().toString(), "client_secret_basic", "\"first_party\":true");
  }

  @AfterAll
  static void stop() {
    rp.close();
  }

  /**
   * Chromium's virtual authenticator answers a conditional (autofill) request at once, as if the
   * user had picked the passkey: pages here behave as in a browser without passkey autofill, so
   * that a test signs in the way it says. {@link #passkeyAutofillSignsInFromTheSignInPage} shows
   * the autofill itself.
   */
  @org.junit.jupiter.api.BeforeEach
  void withoutPasskeyAutofill(Browser browser) {
    ((org.openqa.selenium.chromium.HasCdp) browser.driver())
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                "if (window.PublicKeyCredential) { Object.defineProperty(PublicKeyCredential,"
                    + " 'isConditionalMediationAvailable', {value: () =>"
                    + " Promise.resolve(window.portcullisAutofill === true), configurable: true}); }"));
  }

  @Test
  void passkeyAutofillSignsInFromTheSignInPage(Browser browser) throws Exception {
    op.user("ivan");
    browser.addVirtualAuthenticator();
    addKey(browser, "ivan", "Ivan's passkey");
    clearCookies(browser);
    var cdp = (org.openqa.selenium.chromium.HasCdp) browser.driver();
    Object script =
        cdp.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.portcullisAutofill = true;"))
            .get("identifier");
    try {
      var verifier = new CodeVerifier();
      browser.open(onLocalhost(OidcTenant.request(op, app, "openid", verifier).build().toURI()));
      // No click: the page's conditional request is answered as the user's pick from autofill.
      JWTClaimsSet claims = idToken(browser, verifier);
      assertEquals(List.of("hwk", "mfa"), claims.getStringListClaim("amr"));
    } finally {
      cdp.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
    }
  }

  @Test
  void enrollSignInAsSecondFactorAndPasswordlessThenRemove(Browser browser) throws Exception {
    op.user("ada");
    VirtualAuthenticator authenticator = browser.addVirtualAuthenticator();
    addKey(browser, "ada", "Desk key");
    browser.screenshot("security-key-added");
    assertEquals(1, authenticator.getCredentials().size());
    assertTrue(op.auditCount("webauthn.registered") >= 1);

    // After the password, the key (the only factor: asked at once).
    clearCookies(browser);
    var verifier = new CodeVerifier();
    browser.open(onLocalhost(OidcTenant.request(op, app, "openid", verifier).build().toURI()));
    password(browser, "ada");
    JWTClaimsSet second = idToken(browser, verifier);
    assertTrue(second.getStringListClaim("amr").containsAll(List.of("pwd", "hwk", "mfa")));
    assertEquals("2", second.getStringClaim("acr"));

    // Without a password: the button named in the contract.
    clearCookies(browser);
    var passwordless = new CodeVerifier();
    browser.open(onLocalhost(OidcTenant.request(op, app, "openid", passwordless).build().toURI()));
    browser.screenshot("login-with-passkey-button");
    browser.waitForVisible(By.id("passkey-sign-in")).click();
    JWTClaimsSet withoutPassword = idToken(browser, passwordless);
    assertEquals(List.of("hwk", "mfa"), withoutPassword.getStringListClaim("amr"));
    assertEquals("2", withoutPassword.getStringClaim("acr"));
    assertEquals(second.getSubject(), withoutPassword.getSubject());

    // Remove it on the account page (a fresh sign-in: password and key).
    clearCookies(browser);
    browser.openOnLocalhost("/t/" + op.tenant + "/account");
    password(browser, "ada");
    browser.waitForVisible(By.id("keys:keyTable:0:removeKey")).click();
    browser.waitForVisible(By.id("factors:confirmYes")).click();
    browser.waitForText(By.id("keys:keyTable"), "No security keys yet.");
    browser.screenshot("security-key-removed");
    assertTrue(op.auditCount("webauthn.removed") >= 1);

    // The authenticator still holds the credential; the platform no longer takes it.
    clearCookies(browser);
    browser.open(
        onLocalhost(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI()));
    browser.waitForVisible(By.id("passkey-sign-in")).click();
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("could not be verified"));
  }

  @Test
  void aKeyOfAnotherUserOrTenantSignsNobodyIn(Browser browser) throws Exception {
    String bob = op.user("bob");
    op.user("eve");
    VirtualAuthenticator authenticator = browser.addVirtualAuthenticator();
    addKey(browser, "bob", "Bob's key");
    addKey(browser, "eve", "Eve's key");
    // With recovery codes too, eve's second-factor page waits for a choice instead of asking the
    // key at once.
    browser.driver().findElement(By.id("factors:generateCodes")).click();
    browser.waitForVisible(By.id("factors:newCodes"));
    clearCookies(browser);

    // eve gives the password; the page's options allow only eve's key: bob's key answers instead.
    String bobsCredential =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                authenticator.getCredentials().stream()
                    .filter(
                        c ->
                            java.util.Arrays.equals(
                                c.getUserHandle(),
                                bob.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .findFirst()
                    .orElseThrow()
                    .getId());
    browser.open(
        onLocalhost(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI()));
    String before = browser.driver().getCurrentUrl();
    password(browser, "eve");
    browser.waitForVisible(By.id("key-form"));
    Object bobsAssertion =
        browser.asyncScript(
            "var done = arguments[arguments.length - 1];"
                + "var form = document.getElementById('key-form');"
                + "var options = JSON.parse(form.dataset.options).publicKey;"
                + "options.allowCredentials = [{type: 'public-key', id: arguments[0]}];"
                + "navigator.credentials.get({publicKey:"
                + " PublicKeyCredential.parseRequestOptionsFromJSON(options)})"
                + ".then(c => done(JSON.stringify(c.toJSON())), e => done('error ' + e));",
            bobsCredential);
    assertFalse(String.valueOf(bobsAssertion).startsWith("error"), String.valueOf(bobsAssertion));
    submit(browser, "key-form", String.valueOf(bobsAssertion));
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("could not be verified"),
        "another user's key is refused after eve's password " + before);
    assertTrue(op.auditCount("webauthn.refused") >= 1);

    // A tenant with no keys: the same authenticator's keys (same RP id) are unknown there.
    OidcTenant other = new OidcTenant("keys-other-");
    OidcTenant.Client otherApp =
        other.client(rp.redirectUri().toString(), "client_secret_basic", "\"first_party\":true");
    browser.open(
        onLocalhost(
            OidcTenant.request(other, otherApp, "openid", new CodeVerifier()).build().toURI()));
    browser.waitForVisible(By.id("passkey-sign-in")).click();
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("could not be verified"),
        "a key of another tenant is refused");
    assertTrue(other.auditCount("webauthn.refused") >= 1);
  }

  @Test
  void aChallengeIsAnsweredOnceAndOnlyWhileItsPageIsCurrent(Browser browser) throws Exception {
    op.user("carol");
    browser.addVirtualAuthenticator();
    addKey(browser, "carol", "Carol's key");
    clearCookies(browser);

    browser.open(
        onLocalhost(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI()));
    browser.waitForVisible(By.id("passkey-form"));
    String stale = assertion(browser, "passkey-form");
    // The page again: a new challenge, which the answer to the old one does not answer.
    browser.driver().navigate().refresh();
    browser.waitForVisible(By.id("passkey-form"));
    submit(browser, "passkey-form", stale);
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("could not be verified"));

    // A fresh answer works once; the same answer again finds no ceremony.
    String fresh = assertion(browser, "passkey-form");
    String freshCeremony = ceremony(browser, "passkey-form");
    submit(browser, "passkey-form", fresh);
    new WebDriverWait(browser.driver(), Browser.WAIT)
        .until(ExpectedConditions.urlContains(rp.redirectUri().toString()));
    clearCookies(browser);
    browser.open(
        onLocalhost(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI()));
    browser.waitForVisible(By.id("passkey-form"));
    browser.script(
        "document.querySelector('#passkey-form input[name=ceremony]').value = arguments[0];",
        freshCeremony);
    submit(browser, "passkey-form", fresh);
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("could not be verified"),
        "a replayed challenge is refused");
  }

  @Test
  void aCounterThatGoesBackwardsBlocksTheKey(Browser browser) throws Exception {
    op.user("dave");
    VirtualAuthenticator authenticator =
        browser.addVirtualAuthenticator(
            new org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions()
                .setProtocol(
                    org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol
                        .CTAP2)
                .setTransport(
                    org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport
                        .USB)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));
    addKey(browser, "dave", "Dave's key");
    clearCookies(browser);
    var verifier = new CodeVerifier();
    browser.open(onLocalhost(OidcTenant.request(op, app, "openid", verifier).build().toURI()));
    browser.waitForVisible(By.id("passkey-sign-in")).click();
    idToken(browser, verifier);

    // A clone: the same private key, its counter back at 1.
    Credential used = authenticator.getCredentials().get(0);
    assertTrue(used.getSignCount() >= 2, "counter " + used.getSignCount());
    authenticator.removeCredential(used.getId());
    authenticator.addCredential(
        Credential.createResidentCredential(
            used.getId(), used.getRpId(), used.getPrivateKey(), used.getUserHandle(), 0));
    clearCookies(browser);
    browser.open(
        onLocalhost(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI()));
    browser.waitForVisible(By.id("passkey-sign-in")).click();
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("could not be verified"));
    assertTrue(op.auditCount("webauthn.counter.regression") >= 1);

    // Flagged: even the original authenticator's next (higher) counter is refused now.
    authenticator.removeCredential(used.getId());
    authenticator.addCredential(
        Credential.createResidentCredential(
            used.getId(), used.getRpId(), used.getPrivateKey(), used.getUserHandle(), 1000));
    browser.driver().navigate().refresh();
    browser.waitForVisible(By.id("passkey-sign-in")).click();
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("could not be verified"));
    var inventory =
        Http.get(
            URI.create(op.issuer + "/admin/security-keys"),
            "Authorization",
            "Bearer " + Tokens.platformAdmin(op.platform));
    assertEquals(200, inventory.statusCode(), inventory.body());
    assertTrue(inventory.body().contains("\"flagged\":\""), inventory.body());
  }

  @Test
  void theTenantsPolicyDecidesOriginsAndAuthenticators(Browser browser) throws Exception {
    op.user("frank");
    browser.addVirtualAuthenticator();
    addKey(browser, "frank", "Frank's key");
    var inventory =
        Http.json(
            Http.get(
                URI.create(op.issuer + "/admin/security-keys"),
                "Authorization",
                "Bearer " + Tokens.platformAdmin(op.platform)));
    @SuppressWarnings("unchecked")
    var keys = (List<Map<String, Object>>) inventory.get("items");
    String aaguid = (String) keys.get(0).get("aaguid");
    try {
      // Only another origin is allowed: the browser's (localhost) answer is refused.
      policy(
          "{\"userVerification\":\"PREFERRED\",\"attachment\":\"ANY\",\"attestation\":\"NONE\","
              + "\"origins\":[\"https://login.example.com\"]}");
      clearCookies(browser);
      browser.open(
          onLocalhost(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI()));
      browser.waitForVisible(By.id("passkey-sign-in")).click();
      assertTrue(
          browser.waitForVisible(By.id("problem")).getText().contains("could not be verified"),
          "wrong origin");

      // This authenticator's AAGUID is blocked: a new registration is refused.
      policy(
          "{\"userVerification\":\"PREFERRED\",\"attachment\":\"ANY\",\"attestation\":\"NONE\","
              + "\"blockedAaguids\":[\""
              + aaguid
              + "\"]}");
      op.user("grace");
      // The same authenticator (one model, one AAGUID) registers for grace: refused now.
      tryToAddKey(browser, "grace", "Blocked key", By.id("keys:messages"), "not allowed here");
      browser.screenshot("security-key-blocked");
      assertTrue(op.auditCount("webauthn.registration.refused") >= 1);

      // Direct attestation: the virtual authenticator's chain leads to no root of the metadata.
      policy(
          "{\"userVerification\":\"PREFERRED\",\"attachment\":\"ANY\","
              + "\"attestation\":\"DIRECT\"}");
      browser.driver().navigate().refresh();
      browser.waitForVisible(By.id("keys:keyName")).sendKeys("Unattested key");
      browser.driver().findElement(By.id("keys:addKey")).click();
      browser.waitForText(By.id("keys:messages"), "could not prove what it is");
    } finally {
      policy(
          "{\"userVerification\":\"PREFERRED\",\"attachment\":\"ANY\",\"attestation\":\"NONE\"}");
    }
  }

  @Test
  void aRequiredSecondFactorIsEnrolledDuringSignInAndAgainWhenAnAdminAsks(Browser browser)
      throws Exception {
    String heidi = op.user("heidi", "keyholder");
    browser.addVirtualAuthenticator();
    mfaPolicy("{\"mode\":\"REQUIRED\",\"requiredRoles\":[\"keyholder\"]}");
    try {
      var verifier = new CodeVerifier();
      clearCookies(browser);
      browser.open(onLocalhost(OidcTenant.request(op, app, "openid", verifier).build().toURI()));
      password(browser, "heidi");
      browser.waitForVisible(By.id("key-name")).sendKeys("Heidi's key");
      browser.screenshot("enroll-during-sign-in");
      browser.driver().findElement(By.id("add-security-key")).click();
      JWTClaimsSet enrolled = idToken(browser, verifier);
      assertTrue(enrolled.getStringListClaim("amr").containsAll(List.of("pwd", "hwk", "mfa")));

      // An admin removes the key and asks for a new one: the next sign-in enrolls again.
      var asked =
          Http.postJson(
              URI.create(op.issuer + "/admin/security-keys/reenrollment"),
              "{\"userId\":\"" + heidi + "\"}",
              "Authorization",
              "Bearer " + Tokens.platformAdmin(op.platform));
      assertEquals(204, asked.statusCode(), asked.body());
      clearCookies(browser);
      var again = new CodeVerifier();
      browser.open(onLocalhost(OidcTenant.request(op, app, "openid", again).build().toURI()));
      password(browser, "heidi");
      browser.waitForVisible(By.id("key-name")).sendKeys("Heidi's new key");
      browser.driver().findElement(By.id("add-security-key")).click();
      idToken(browser, again);
      assertTrue(op.auditCount("webauthn.reenrollment.required") >= 1);
    } finally {
      mfaPolicy("{\"mode\":\"OPTIONAL\"}");
    }
  }

  @Test
  void theMetadataServiceNamesAuthenticatorsAndRefusesCompromisedOnes(Browser browser) {
    String judy = op.user("judy");
    TestMetadata mds = op.platform.metadataService();
    int serial = nextSerial();
    // Metadata that does not know the virtual authenticator (other tests may have uploaded some):
    // a key keeps the name the metadata gave it at registration.
    var unknown =
        upload(
            mds.blob(
                serial++, List.of(entry("cb69481e-8ff7-4039-93ec-0a2729a154a8", "FIDO_CERTIFIED"))),
            mds);
    assertEquals(200, unknown.statusCode(), unknown.body());
    browser.addVirtualAuthenticator();
    addKey(browser, "judy", "Judy's key");
    Map<String, Object> key = inventory(judy).get(0);
    String aaguid = (String) key.get("aaguid");
    System.out.println("The virtual authenticator's AAGUID: " + aaguid);
    assertEquals(null, inventory(judy).get(0).get("authenticator"), "not in the metadata");
    var uploaded = upload(mds.blob(serial, List.of(entry(aaguid, "FIDO_CERTIFIED"))), mds);
    assertEquals(200, uploaded.statusCode(), uploaded.body());
    assertEquals(1, ((Number) Http.json(uploaded).get("entries")).intValue());
    key = inventory(judy).get(0);
    assertEquals("Portcullis Test Authenticator", key.get("authenticator"), "named by the MDS");
    assertEquals("FIDO_CERTIFIED", key.get("authenticatorStatus"));

    try {
      var revoked = upload(mds.blob(serial + 1, List.of(entry(aaguid, "REVOKED"))), mds);
      assertEquals(200, revoked.statusCode(), revoked.body());
      op.user("ken");
      tryToAddKey(browser, "ken", "Ken's key", By.id("keys:messages"), "reported compromised");
      browser.screenshot("security-key-revoked-by-mds");
    } finally {
      upload(mds.blob(serial + 2, List.of(entry(aaguid, "FIDO_CERTIFIED"))), mds);
    }

    // Not signed under the FIDO root, or older than the BLOB in use: refused, nothing changes.
    TestMetadata impostor = new TestMetadata();
    var forged = upload(impostor.blob(serial + 3, List.of(entry(aaguid, "REVOKED"))), impostor);
    assertEquals(400, forged.statusCode(), forged.body());
    assertTrue(
        forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem"));
    var older = upload(mds.blob(serial, List.of(entry(aaguid, "REVOKED"))), mds);
    assertEquals(400, older.statusCode(), older.body());
    assertEquals("FIDO_CERTIFIED", inventory(judy).get(0).get("authenticatorStatus"));
  }

  @Test
  void aTenantAdminSeesTheInventoryChangesThePolicyAndRemovesAKey(Browser browser) {
    op.user("liam", "tenant-admin");
    browser.addVirtualAuthenticator();
    addKey(browser, "liam", "Liam's key");

    browser.openOnLocalhost("/console/settings.xhtml?tenant=" + op.tenant);
    browser.waitForVisible(By.id("webauthn:saveWebauthn")).click();
    browser.waitForText(By.id("webauthn:messages"), "The WebAuthn policy is saved.");
    browser.screenshot("settings-webauthn-policy");

    browser.openOnLocalhost("/console/security-keys.xhtml?tenant=" + op.tenant);
    By liamsRow = By.xpath("//tr[contains(., \"Liam's key\")]");
    browser.waitForVisible(liamsRow);
    browser.screenshot("passkey-inventory");
    browser
        .driver()
        .findElement(liamsRow)
        .findElement(By.xpath(".//button[contains(@id, ':remove')]"))
        .click();
    browser.waitForVisible(By.id("inventory:confirmYes")).click();
    browser.waitForText(By.id("inventory:messages"), "Removed Liam's key of liam.");
    assertTrue(browser.driver().findElements(liamsRow).isEmpty());
    assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
  }

  @Test
  void syncedPasskeysSignInAsSoftwareKeysUntilTheTenantRefusesThem(Browser browser)
      throws Exception {
    String nina = op.user("nina");
    browser.addSyncedPasskeyAuthenticator();
    addKey(browser, "nina", "Nina's phone");
    assertEquals(Boolean.TRUE, inventory(nina).get(0).get("backupEligible"), "synced");

    // RFC 8176: a synced passkey is a software-secured key.
    JWTClaimsSet second = signInWithPasswordAndKey(browser, "nina");
    assertTrue(second.getStringListClaim("amr").containsAll(List.of("pwd", "swk", "mfa")));
    assertFalse(second.getStringListClaim("amr").contains("hwk"));
    clearCookies(browser);
    var passwordless = new CodeVerifier();
    browser.open(onLocalhost(OidcTenant.request(op, app, "openid", passwordless).build().toURI()));
    browser.waitForVisible(By.id("passkey-sign-in")).click();
    assertEquals(List.of("swk", "mfa"), idToken(browser, passwordless).getStringListClaim("amr"));

    policy(
        "{\"userVerification\":\"PREFERRED\",\"attachment\":\"ANY\",\"attestation\":\"NONE\","
            + "\"allowSynced\":false}");
    try {
      // Enrolled before the policy changed: refused at sign-in, and kept.
      clearCookies(browser);
      browser.open(
          onLocalhost(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI()));
      password(browser, "nina");
      browser.waitForText(By.id("problem"), "Synced passkeys are no longer allowed here");
      browser.screenshot("synced-passkey-refused-at-sign-in");
      assertTrue(op.auditCount("webauthn.refused.synced") >= 1);
      assertEquals(1, inventory(nina).size(), "the key is kept");

      op.user("oscar");
      tryToAddKey(
          browser, "oscar", "Oscar's phone", By.id("keys:messages"), "Synced passkeys are not");
      assertTrue(op.auditCount("webauthn.registration.refused") >= 1);
    } finally {
      defaultPolicy();
    }
  }

  @Test
  void requiredUserVerificationRefusesKeysThatDoNotVerifyTheUser(Browser browser) throws Exception {
    String pat = op.user("pat");
    // A key without a PIN or biometric, enrolled while verification was only preferred.
    VirtualAuthenticator plain =
        browser.addVirtualAuthenticator(
            new org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions()
                .setProtocol(
                    org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol
                        .CTAP2)
                .setTransport(
                    org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport
                        .USB)
                // Chromium asks for a PIN to make a discoverable credential on a security key.
                .setHasResidentKey(false)
                .setHasUserVerification(false)
                .setIsUserVerified(false));
    addKey(browser, "pat", "Plain key");
    assertEquals(Boolean.FALSE, inventory(pat).get(0).get("userVerified"));

    policy("{\"userVerification\":\"REQUIRED\",\"attachment\":\"ANY\",\"attestation\":\"NONE\"}");
    try {
      // A browser would not even ask such a key; this one ignores the requirement, the server
      // does not (WebAuthn §7.2 step 17, §7.1 step 15).
      try (var ignoring = inPages(browser, IGNORE_USER_VERIFICATION)) {
        clearCookies(browser);
        browser.open(
            onLocalhost(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI()));
        password(browser, "pat");
        browser.waitForText(By.id("problem"), "could not be verified");
        assertTrue(op.auditCount("webauthn.refused") >= 1);
        op.user("pia");
        tryToAddKey(browser, "pia", "Pia's plain key", By.id("keys:messages"), "not be verified");
        assertTrue(op.auditCount("webauthn.registration.refused") >= 1);
      }

      // A key that verifies the user: added, and signs in.
      browser.removeVirtualAuthenticator(plain);
      browser.addVirtualAuthenticator();
      addKey(browser, "pia", "Pia's verifying key");
      JWTClaimsSet signedIn = signInWithPasswordAndKey(browser, "pia");
      assertTrue(signedIn.getStringListClaim("amr").containsAll(List.of("pwd", "hwk", "mfa")));
      assertEquals(1, inventory(pat).size(), "pat's key is kept");
    } finally {
      defaultPolicy();
    }
  }

  @Test
  void theAttachmentIsAHintToTheBrowserAndARuleForItsAnswer(Browser browser) throws Exception {
    op.user("quinn");
    browser.addVirtualAuthenticator(usbKey());
    policy(
        "{\"userVerification\":\"PREFERRED\",\"attachment\":\"PLATFORM\","
            + "\"attestation\":\"NONE\"}");
    try (var ignoring = inPages(browser, IGNORE_ATTACHMENT)) {
      tryToAddKey(
          browser, "quinn", "Quinn's USB key", By.id("keys:messages"), "built into this device");
      assertEquals("platform", browser.script("return window.portcullisAttachmentHint;"));
      assertEquals("cross-platform", browser.script("return window.portcullisAttachmentAnswer;"));
      assertTrue(op.auditCount("webauthn.registration.refused") >= 1);

      policy(
          "{\"userVerification\":\"PREFERRED\",\"attachment\":\"CROSS_PLATFORM\","
              + "\"attestation\":\"NONE\"}");
      addKey(browser, "quinn", "Quinn's roaming key");
      assertEquals("cross-platform", browser.script("return window.portcullisAttachmentHint;"));
    } finally {
      defaultPolicy();
    }
  }

  @Test
  void anAuthenticatorOffTheAllowListIsRefused(Browser browser) {
    op.user("rita");
    browser.addVirtualAuthenticator();
    policy(
        "{\"userVerification\":\"PREFERRED\",\"attachment\":\"ANY\",\"attestation\":\"DIRECT\","
            + "\"allowedAaguids\":[\"cb69481e-8ff7-4039-93ec-0a2729a154a8\"]}");
    try {
      tryToAddKey(browser, "rita", "Rita's key", By.id("keys:messages"), "not allowed here");
      assertTrue(op.auditCount("webauthn.registration.refused") >= 1);
    } finally {
      defaultPolicy();
    }
  }

  @Test
  void aKeyTheMetadataServiceLaterReportsRevokedNoLongerSignsIn(Browser browser) throws Exception {
    String sam = op.user("sam");
    browser.addVirtualAuthenticator();
    addKey(browser, "sam", "Sam's key");
    String aaguid = (String) inventory(sam).get(0).get("aaguid");
    TestMetadata mds = op.platform.metadataService();
    int serial = nextSerial();
    try {
      var revoked = upload(mds.blob(serial, List.of(entry(aaguid, "REVOKED"))), mds);
      assertEquals(200, revoked.statusCode(), revoked.body());
      clearCookies(browser);
      browser.open(
          onLocalhost(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI()));
      browser.waitForVisible(By.id("passkey-sign-in")).click();
      browser.waitForText(By.id("problem"), "now reported compromised");
      browser.screenshot("security-key-revoked-at-sign-in");
      assertTrue(op.auditCount("webauthn.refused.compromised") >= 1);
      assertEquals(1, inventory(sam).size(), "the key is kept");
    } finally {
      upload(mds.blob(serial + 1, List.of(entry(aaguid, "FIDO_CERTIFIED"))), mds);
    }
    // Certified again: the same key signs in.
    var verifier = new CodeVerifier();
    browser.open(onLocalhost(OidcTenant.request(op, app, "openid", verifier).build().toURI()));
    browser.waitForVisible(By.id("passkey-sign-in")).click();
    assertEquals(List.of("hwk", "mfa"), idToken(browser, verifier).getStringListClaim("amr"));
  }

  @Test
  void anRpIdThatDoesNotCoverThePageIsRefused(Browser browser) throws Exception {
    op.user("tina");
    browser.addVirtualAuthenticator();
    addKey(browser, "tina", "Tina's key");
    policy(
        "{\"userVerification\":\"PREFERRED\",\"attachment\":\"ANY\",\"attestation\":\"NONE\","
            + "\"rpId\":\"login.example.com\"}");
    try {
      // The browser refuses an RP id that is not the page's host or a suffix of it.
      clearCookies(browser);
      browser.open(
          onLocalhost(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI()));
      browser.waitForVisible(By.id("passkey-sign-in")).click();
      browser.waitForVisible(By.id("webauthn-problem"));
      // A client that signs for the page's host instead: the server refuses (§7.2 step 15).
      try (var forging = inPages(browser, SIGN_FOR_LOCALHOST)) {
        browser.driver().navigate().refresh();
        browser.waitForVisible(By.id("passkey-sign-in")).click();
        browser.waitForText(By.id("problem"), "could not be verified");
      }
      assertTrue(op.auditCount("webauthn.refused") >= 1);
    } finally {
      defaultPolicy();
    }
  }

  @Test
  void aKeyIsRenamedOnTheAccountPage(Browser browser) {
    String uma = op.user("uma");
    browser.addVirtualAuthenticator();
    addKey(browser, "uma", "Old name");
    WebElement newName = browser.waitForVisible(By.id("keys:keyTable:0:newName"));
    newName.clear();
    browser.driver().findElement(By.id("keys:keyTable:0:renameKey")).click();
    browser.waitForText(By.id("keys:messages"), "Give the security key a name.");
    assertEquals("Old name", inventory(uma).get(0).get("nickname"), "nothing lost");

    newName = browser.waitForVisible(By.id("keys:keyTable:0:newName"));
    newName.clear();
    newName.sendKeys("Desk key, office");
    browser.driver().findElement(By.id("keys:keyTable:0:renameKey")).click();
    browser.waitForText(By.id("keys:keyTable:0:keyNickname"), "Desk key, office");
    assertEquals("Desk key, office", inventory(uma).get(0).get("nickname"));
    assertTrue(op.auditCount("webauthn.renamed") >= 1);
  }

  @Test
  void aDirectAttestationThatChainsToTheMetadataIsTrusted(Browser browser) throws Exception {
    String vera = op.user("vera");
    browser.addVirtualAuthenticator();
    // The virtual authenticator's attestation, from a credential made for the purpose and read
    // by Yubico's library: its certificate and AAGUID.
    browser.openOnLocalhost("/t/" + op.tenant + "/account");
    Object made = browser.asyncScript(PROBE_CREATE);
    assertFalse(String.valueOf(made).startsWith("error"), String.valueOf(made));
    var attestation =
        com.yubico.webauthn.data.PublicKeyCredential.parseRegistrationResponseJson(
                String.valueOf(made))
            .getResponse()
            .getAttestation();
    assertEquals("packed", attestation.getFormat());
    var certificate =
        (java.security.cert.X509Certificate)
            java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new java.io.ByteArrayInputStream(
                        attestation.getAttestationStatement().get("x5c").get(0).binaryValue()));
    System.out.println(
        "The virtual authenticator's attestation certificate: "
            + certificate.getSubjectX500Principal()
            + ", issued by "
            + certificate.getIssuerX500Principal());
    java.nio.ByteBuffer bytes =
        java.nio.ByteBuffer.wrap(
            attestation
                .getAuthenticatorData()
                .getAttestedCredentialData()
                .get()
                .getAaguid()
                .getBytes());
    String aaguid = new java.util.UUID(bytes.getLong(), bytes.getLong()).toString();

    TestMetadata mds = op.platform.metadataService();
    int serial = nextSerial();
    var uploaded =
        upload(
            mds.blob(
                serial,
                List.of(
                    new TestMetadata.Entry(
                        aaguid,
                        "Portcullis Test Authenticator",
                        "FIDO_CERTIFIED",
                        List.of(certificate)))),
            mds);
    assertEquals(200, uploaded.statusCode(), uploaded.body());
    policy(
        "{\"userVerification\":\"PREFERRED\",\"attachment\":\"ANY\",\"attestation\":\"DIRECT\","
            + "\"allowedAaguids\":[\""
            + aaguid
            + "\"]}");
    try {
      addKey(browser, "vera", "Vera's attested key");
      Map<String, Object> key = inventory(vera).get(0);
      assertEquals("TRUSTED", key.get("attestation"));
      assertEquals("Portcullis Test Authenticator", key.get("authenticator"));
    } finally {
      defaultPolicy();
      // Other tests expect this authenticator's attestation to lead to no root of the metadata.
      upload(mds.blob(serial + 1, List.of(entry(aaguid, "FIDO_CERTIFIED"))), mds);
    }
  }

  /** A credential made in the page for the RP id localhost, with direct attestation. */
  private static final String PROBE_CREATE =
      "var done = arguments[arguments.length - 1];"
          + "navigator.credentials.create({publicKey: {rp: {id: 'localhost', name: 'probe'},"
          + " user: {id: crypto.getRandomValues(new Uint8Array(16)), name: 'probe',"
          + " displayName: 'probe'}, challenge: crypto.getRandomValues(new Uint8Array(32)),"
          + " pubKeyCredParams: [{type: 'public-key', alg: -7}], attestation: 'direct'}})"
          + ".then(c => done(JSON.stringify(c.toJSON())), e => done('error ' + e));";

  /** Wraps navigator.credentials: a client that asks for no user verification. */
  private static final String IGNORE_USER_VERIFICATION =
      "(function () { var c = navigator.credentials, create = c.create.bind(c),"
          + " get = c.get.bind(c);"
          + " c.create = function (o) { o.publicKey.authenticatorSelection = Object.assign({},"
          + " o.publicKey.authenticatorSelection, {userVerification: 'discouraged'});"
          + " return create(o); };"
          + " c.get = function (o) { o.publicKey.userVerification = 'discouraged';"
          + " return get(o); }; })();";

  /** A client that notes the attachment hint of the options and does not follow it. */
  private static final String IGNORE_ATTACHMENT =
      "(function () { var c = navigator.credentials, create = c.create.bind(c);"
          + " c.create = function (o) { var s = o.publicKey.authenticatorSelection || {};"
          + " window.portcullisAttachmentHint = s.authenticatorAttachment || null;"
          + " delete s.authenticatorAttachment;"
          + " return create(o).then(function (k) { window.portcullisAttachmentAnswer ="
          + " k.authenticatorAttachment; return k; }); }; })();";

  /** A client that signs with the page's host as RP id, whatever the options say. */
  private static final String SIGN_FOR_LOCALHOST =
      "(function () { var c = navigator.credentials, get = c.get.bind(c);"
          + " c.get = function (o) { o.publicKey.rpId = 'localhost'; return get(o); }; })();";

  /** Runs {@code script} first in every page the browser opens, until closed. */
  private static AutoCloseable inPages(Browser browser, String script) {
    var cdp = (org.openqa.selenium.chromium.HasCdp) browser.driver();
    Object id =
        cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script))
            .get("identifier");
    return () ->
        cdp.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
  }

  private static org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions usbKey() {
    return new org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions()
        .setProtocol(
            org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol.CTAP2)
        .setTransport(
            org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport.USB)
        .setHasResidentKey(true)
        .setHasUserVerification(true)
        .setIsUserVerified(true);
  }

  /** Signs {@code user} in with the password, then the key (asked at once: the only factor). */
  private static JWTClaimsSet signInWithPasswordAndKey(Browser browser, String user)
      throws Exception {
    clearCookies(browser);
    var verifier = new CodeVerifier();
    browser.open(onLocalhost(OidcTenant.request(op, app, "openid", verifier).build().toURI()));
    password(browser, user);
    return idToken(browser, verifier);
  }

  /** The number for the next metadata BLOB: above the one in use. */
  private static int nextSerial() {
    var current =
        Http.get(
            URI.create(op.platform.base() + "/admin/webauthn/metadata"),
            "Authorization",
            "Bearer " + Tokens.platformAdmin(op.platform));
    int now = (int) (System.currentTimeMillis() / 1000);
    if (current.statusCode() == 404) {
      return now;
    }
    assertEquals(200, current.statusCode(), current.body());
    return Math.max(now, ((Number) Http.json(current).get("serial")).intValue() + 1);
  }

  private static void defaultPolicy() {
    policy("{\"userVerification\":\"PREFERRED\",\"attachment\":\"ANY\",\"attestation\":\"NONE\"}");
  }

  private static TestMetadata.Entry entry(String aaguid, String status) {
    return new TestMetadata.Entry(aaguid, "Portcullis Test Authenticator", status);
  }

  private static java.net.http.HttpResponse<String> upload(String blob, TestMetadata signer) {
    return Http.putJson(
        URI.create(op.platform.base() + "/admin/webauthn/metadata"),
        "{\"blob\":\"" + blob + "\",\"crls\":[\"" + signer.crl(false) + "\"]}",
        "Authorization",
        "Bearer " + Tokens.platformAdmin(op.platform));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> inventory(String userId) {
    var page =
        Http.get(
            URI.create(op.issuer + "/admin/security-keys?user=" + userId),
            "Authorization",
            "Bearer " + Tokens.platformAdmin(op.platform));
    assertEquals(200, page.statusCode(), page.body());
    return (List<Map<String, Object>>) Http.json(page).get("items");
  }

  private static void mfaPolicy(String json) {
    var changed =
        Http.putJson(
            URI.create(op.issuer + "/admin/mfa-policy"),
            json,
            "Authorization",
            "Bearer " + Tokens.platformAdmin(op.platform));
    assertEquals(200, changed.statusCode(), changed.body());
  }

  /** Signs {@code user} in to the account page on localhost and adds a key named {@code name}. */
  private static void addKey(Browser browser, String user, String name) {
    tryToAddKey(browser, user, name, By.id("keys:keyTable"), name);
  }

  /**
   * Signs {@code user} in to the account page on localhost, asks to add a key named {@code name}
   * and waits for {@code expected} in {@code where} (the key table, or the refusal's message).
   */
  private static void tryToAddKey(
      Browser browser, String user, String name, By where, String expected) {
    clearCookies(browser);
    browser.openOnLocalhost("/t/" + op.tenant + "/account");
    password(browser, user);
    browser.waitForVisible(By.id("keys:keyName")).sendKeys(name);
    browser.driver().findElement(By.id("keys:addKey")).click();
    browser.waitForText(where, expected);
  }

  private static String ceremony(Browser browser, String form) {
    return (String)
        browser.script(
            "return document.querySelector('#' + arguments[0] + ' input[name=ceremony]').value;",
            form);
  }

  /** An answer to the form's challenge, not submitted. */
  private static String assertion(Browser browser, String form) {
    Object answer =
        browser.asyncScript(
            "var done = arguments[arguments.length - 1];"
                + "var options = JSON.parse(document.getElementById(arguments[0]).dataset.options);"
                + "navigator.credentials.get({publicKey:"
                + " PublicKeyCredential.parseRequestOptionsFromJSON(options.publicKey)})"
                + ".then(c => done(JSON.stringify(c.toJSON())), e => done('error ' + e));",
            form);
    assertFalse(String.valueOf(answer).startsWith("error"), String.valueOf(answer));
    return String.valueOf(answer);
  }

  private static void submit(Browser browser, String form, String credential) {
    browser.script(
        "var form = document.getElementById(arguments[0]);"
            + "form.querySelector('input[name=credential]').value = arguments[1];"
            + "form.submit();",
        form,
        credential);
  }

  private static void policy(String json) {
    var changed =
        Http.putJson(
            URI.create(op.issuer + "/admin/webauthn-policy"),
            json,
            "Authorization",
            "Bearer " + Tokens.platformAdmin(op.platform));
    assertEquals(200, changed.statusCode(), changed.body());
  }

  private static URI onLocalhost(URI uri) {
    return URI.create(uri.toString().replace("//127.0.0.1:", "//localhost:"));
  }

  private static void clearCookies(Browser browser) {
    browser.clearCookies();
  }

  private static void password(Browser browser, String userName) {
    browser.signIn(userName, OidcTenant.PASSWORD);
  }

  private static JWTClaimsSet idToken(Browser browser, CodeVerifier verifier) throws Exception {
    return op.idTokenAfterSignIn(browser, rp, app, verifier);
  }
}
