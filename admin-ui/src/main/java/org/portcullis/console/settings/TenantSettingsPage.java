package org.portcullis.console.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.directory.PasswordPolicies;
import org.portcullis.directory.password.PasswordPolicy;
import org.portcullis.lifetime.TokenLifetimePolicies;
import org.portcullis.lifetime.TokenLifetimes;
import org.portcullis.mfa.MfaMode;
import org.portcullis.mfa.MfaPolicies;
import org.portcullis.mfa.MfaPolicy;
import org.portcullis.platform.PortcullisException;
import org.portcullis.tenant.Tenant;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantRegistry;

/**
 * A tenant's settings, one panel (and one form) each: the display name, the password policy (NIST
 * SP 800-63B limits enforced by {@link PasswordPolicy}), the MFA policy and the token lifetimes
 * ({@link TokenLifetimes}). Each save is one service call, audited with the acting admin; the page
 * reads the settings again afterwards.
 */
@Named
@ViewScoped
public class TenantSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final long MAX_SESSION_MINUTES = 30L * 24 * 60;
  static final long MAX_REFRESH_MINUTES = 365L * 24 * 60;

  @Inject private Workspace workspace;

  @Inject private TenantRegistry tenants;

  @Inject private PasswordPolicies passwordPolicies;

  @Inject private MfaPolicies mfaPolicies;

  @Inject private TokenLifetimePolicies lifetimePolicies;

  @NotBlank
  @Size(max = Tenant.MAX_DISPLAY_NAME)
  private String displayName;

  @Min(PasswordPolicy.NIST_MIN_LENGTH)
  @Max(PasswordPolicy.MAX_LENGTH_CAP)
  private int minLength;

  @Min(PasswordPolicy.NIST_MAX_LENGTH_FLOOR)
  @Max(PasswordPolicy.MAX_LENGTH_CAP)
  private int maxLength;

  private boolean blocklist;
  private MfaMode mfaMode;

  @Size(max = 2000)
  private String requiredRoles;

  // Token lifetimes: the access token in seconds, the rest in minutes (TokenLifetimes: the bounds).
  @Min(60)
  @Max(3600)
  private long accessTokenSeconds;

  @Min(5)
  @Max(MAX_SESSION_MINUTES)
  private long sessionMinutes;

  @Min(1)
  @Max(MAX_REFRESH_MINUTES)
  private long refreshIdleMinutes;

  @Min(1)
  @Max(MAX_REFRESH_MINUTES)
  private long refreshMaxMinutes;

  @Min(1)
  @Max(MAX_REFRESH_MINUTES)
  private long offlineIdleMinutes;

  @Min(1)
  @Max(MAX_REFRESH_MINUTES)
  private long offlineMaxMinutes;

  @PostConstruct
  void open() {
    read();
  }

  private void read() {
    workspace.enter();
    displayName =
        tenants.find(new TenantId(workspace.getTenant())).map(Tenant::displayName).orElse(null);
    PasswordPolicy password = passwordPolicies.current();
    minLength = password.minLength();
    maxLength = password.maxLength();
    blocklist = password.blocklist();
    MfaPolicy mfa = mfaPolicies.current();
    mfaMode = mfa.mode();
    requiredRoles = mfa.requiredRoles().stream().sorted().collect(Collectors.joining(", "));
    TokenLifetimes lifetimes = lifetimePolicies.current();
    accessTokenSeconds = lifetimes.accessToken().toSeconds();
    sessionMinutes = lifetimes.session().toMinutes();
    refreshIdleMinutes = lifetimes.refreshIdle().toMinutes();
    refreshMaxMinutes = lifetimes.refreshMax().toMinutes();
    offlineIdleMinutes = lifetimes.offlineIdle().toMinutes();
    offlineMaxMinutes = lifetimes.offlineMax().toMinutes();
  }

  public void saveName() {
    act(
        () -> {
          tenants.rename(new TenantId(workspace.getTenant()), displayName);
          return "settings.nameSaved";
        });
  }

  public void savePasswordPolicy() {
    act(
        () -> {
          passwordPolicies.change(new PasswordPolicy(minLength, maxLength, blocklist));
          return "settings.passwordSaved";
        });
  }

  public void saveMfaPolicy() {
    act(
        () -> {
          Set<String> roles =
              requiredRoles == null
                  ? Set.of()
                  : Arrays.stream(requiredRoles.split("[,\\s]+"))
                      .filter(r -> !r.isBlank())
                      .collect(Collectors.toSet());
          mfaPolicies.change(new MfaPolicy(mfaMode, roles));
          return "settings.mfaSaved";
        });
  }

  public void saveLifetimes() {
    act(
        () -> {
          lifetimePolicies.change(
              new TokenLifetimes(
                  Duration.ofSeconds(accessTokenSeconds),
                  Duration.ofMinutes(sessionMinutes),
                  Duration.ofMinutes(refreshIdleMinutes),
                  Duration.ofMinutes(refreshMaxMinutes),
                  Duration.ofMinutes(offlineIdleMinutes),
                  Duration.ofMinutes(offlineMaxMinutes)));
          return "settings.lifetimesSaved";
        });
  }

  private void act(Supplier<String> change) {
    workspace.enter();
    try {
      Messages.info(change.get());
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
    read();
  }

  public MfaMode[] getMfaModes() {
    return MfaMode.values();
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public int getMinLength() {
    return minLength;
  }

  public void setMinLength(int minLength) {
    this.minLength = minLength;
  }

  public int getMaxLength() {
    return maxLength;
  }

  public void setMaxLength(int maxLength) {
    this.maxLength = maxLength;
  }

  public boolean isBlocklist() {
    return blocklist;
  }

  public void setBlocklist(boolean blocklist) {
    this.blocklist = blocklist;
  }

  public MfaMode getMfaMode() {
    return mfaMode;
  }

  public void setMfaMode(MfaMode mfaMode) {
    this.mfaMode = mfaMode;
  }

  public String getRequiredRoles() {
    return requiredRoles;
  }

  public void setRequiredRoles(String requiredRoles) {
    this.requiredRoles = requiredRoles;
  }

  public long getAccessTokenSeconds() {
    return accessTokenSeconds;
  }

  public void setAccessTokenSeconds(long accessTokenSeconds) {
    this.accessTokenSeconds = accessTokenSeconds;
  }

  public long getSessionMinutes() {
    return sessionMinutes;
  }

  public void setSessionMinutes(long sessionMinutes) {
    this.sessionMinutes = sessionMinutes;
  }

  public long getRefreshIdleMinutes() {
    return refreshIdleMinutes;
  }

  public void setRefreshIdleMinutes(long refreshIdleMinutes) {
    this.refreshIdleMinutes = refreshIdleMinutes;
  }

  public long getRefreshMaxMinutes() {
    return refreshMaxMinutes;
  }

  public void setRefreshMaxMinutes(long refreshMaxMinutes) {
    this.refreshMaxMinutes = refreshMaxMinutes;
  }

  public long getOfflineIdleMinutes() {
    return offlineIdleMinutes;
  }

  public void setOfflineIdleMinutes(long offlineIdleMinutes) {
    this.offlineIdleMinutes = offlineIdleMinutes;
  }

  public long getOfflineMaxMinutes() {
    return offlineMaxMinutes;
  }

  public void setOfflineMaxMinutes(long offlineMaxMinutes) {
    this.offlineMaxMinutes = offlineMaxMinutes;
  }
}
