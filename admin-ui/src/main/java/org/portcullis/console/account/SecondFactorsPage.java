package org.portcullis.console.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.console.signin.ConsoleIdentity;
import org.portcullis.mfa.RecoveryCodes;
import org.portcullis.mfa.TotpFactors;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;
import org.primefaces.PrimeFaces;

/**
 * The second factors on the account page: set up or remove an authenticator app (TOTP, with a QR
 * code and the secret as text), and new recovery codes shown once. Changing them needs a sign-in
 * less than {@link #RECENT} old; otherwise the change is refused (audited as {@value
 * #CHANGE_REFUSED}) and the user signs in again first.
 */
@Named
@ViewScoped
public class SecondFactorsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How recent a sign-in must be to change second factors. */
  static final Duration RECENT = Duration.ofMinutes(5);

  /** Audit action of a change to second factors refused because the sign-in is too old. */
  public static final String CHANGE_REFUSED = "mfa.change.refused";

  @Inject private ConsoleIdentity identity;

  @Inject private TenantScope scope;

  @Inject private TotpFactors totp;

  @Inject private RecoveryCodes recoveryCodes;

  @Inject private AuditTrail trail;

  private boolean recentSignIn;
  private boolean signInAgainNeeded;
  private boolean totpEnrolled;
  private long recoveryCodesLeft;
  private String enrollmentSecret;
  private String enrollmentQr;
  private String code;
  private List<String> newRecoveryCodes = List.of();

  @PostConstruct
  void read() {
    recentSignIn = isRecent(identity);
    signInAgainNeeded = !recentSignIn;
    enterTenant();
    totpEnrolled = totp.isEnrolled(identity.getUserId());
    recoveryCodesLeft = recoveryCodes.remaining(identity.getUserId());
  }

  public void startAuthenticator() {
    if (!recentSignIn()) {
      return;
    }
    enterTenant();
    var enrollment = totp.begin(identity.getUserId(), identity.getTenant(), identity.getUserName());
    enrollmentSecret = enrollment.secret();
    enrollmentQr = QrCode.svg(enrollment.otpauthUri(), message("mfa.totp.qr"));
  }

  public void confirmAuthenticator() {
    if (!recentSignIn()) {
      return;
    }
    enterTenant();
    if (totp.confirm(identity.getUserId(), code)) {
      totpEnrolled = true;
      enrollmentSecret = null;
      enrollmentQr = null;
      inform(FacesMessage.SEVERITY_INFO, "mfa.totp.confirmed");
    } else {
      inform(FacesMessage.SEVERITY_ERROR, "mfa.totp.wrongCode");
    }
    code = null;
  }

  public void removeAuthenticator() {
    if (!recentSignIn()) {
      return;
    }
    enterTenant();
    totp.remove(identity.getUserId());
    totpEnrolled = false;
    inform(FacesMessage.SEVERITY_INFO, "mfa.totp.removed");
  }

  public void generateRecoveryCodes() {
    if (!recentSignIn()) {
      return;
    }
    enterTenant();
    newRecoveryCodes = recoveryCodes.generate(identity.getUserId());
    recoveryCodesLeft = newRecoveryCodes.size();
  }

  /** Signs in again (prompt=login), back to this page. */
  public void signInAgain() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String tenant = identity.getTenant();
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath() + "/account.xhtml?tenant=" + tenant + "&signInAgain=true");
  }

  /**
   * Whether the sign-in was recent when the page opened: its change buttons are enabled. They stay
   * so when the sign-in gets older (a disabled button's click never reaches the server), and a late
   * click is refused with a message instead.
   */
  public boolean isRecentSignIn() {
    return recentSignIn;
  }

  /** Whether the page shows "Sign in again": the sign-in was old, or a change was refused. */
  public boolean isSignInAgainNeeded() {
    return signInAgainNeeded;
  }

  /** Whether the identity signed in less than {@link #RECENT} ago. */
  static boolean isRecent(ConsoleIdentity identity) {
    return identity.getSignedInAt() != null
        && identity.getSignedInAt().plus(RECENT).isAfter(Clock.systemUTC().instant());
  }

  private boolean recentSignIn() {
    return refuseUnlessRecent();
  }

  /**
   * Whether the identity's sign-in is recent enough for a change now; if not, the change is refused
   * with the "sign in again" message, the refusal audited and the page's "Sign in again" shown.
   */
  public boolean refuseUnlessRecent() {
    if (isRecent(identity)) {
      return true;
    }
    signInAgainNeeded = true;
    enterTenant();
    trail.record(AuditRecord.failure(CHANGE_REFUSED, identity.getUserId()));
    inform(FacesMessage.SEVERITY_WARN, "mfa.signInAgain");
    if (PrimeFaces.current().isAjaxRequest()) {
      PrimeFaces.current().ajax().update("factors"); // shows its "Sign in again" button
    }
    return false;
  }

  private void enterTenant() {
    scope.enter(new TenantId(identity.getTenant()));
  }

  static String message(String key) {
    return ResourceBundle.getBundle("org.portcullis.console.messages").getString(key);
  }

  static void inform(FacesMessage.Severity severity, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(severity, message(key), null));
  }

  public boolean isTotpEnrolled() {
    return totpEnrolled;
  }

  public long getRecoveryCodesLeft() {
    return recoveryCodesLeft;
  }

  public String getEnrollmentSecret() {
    return enrollmentSecret;
  }

  public String getEnrollmentQr() {
    return enrollmentQr;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<String> getNewRecoveryCodes() {
    return newRecoveryCodes;
  }
}
