package org.portcullis.console.users;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.directory.Email;
import org.portcullis.directory.GroupName;
import org.portcullis.directory.RoleName;
import org.portcullis.directory.User;
import org.portcullis.directory.UserAccess;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserName;
import org.portcullis.directory.UserProfile;
import org.portcullis.mfa.RecoveryCodes;
import org.portcullis.mfa.TotpFactors;
import org.portcullis.platform.PortcullisException;
import org.portcullis.session.SsoSessions;
import org.portcullis.webauthn.AuthenticatorMetadata;
import org.portcullis.webauthn.SecurityKey;
import org.portcullis.webauthn.SecurityKeys;

/**
 * One user of the tenant: its profile (userName, display name, email), enable or disable (a
 * disabled user's SSO sessions end too), a new password through the tenant's policy, its roles and
 * groups, its second factors (removable by the admin), its SSO sessions, and its deletion. Every
 * action is one service call in the page's tenant, audited with the acting admin; refusals are
 * shown as messages.
 */
@Named
@ViewScoped
public class UserPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Workspace workspace;

  @Inject private UserDirectory users;

  @Inject private UserAccess access;

  @Inject private TotpFactors totp;

  @Inject private RecoveryCodes recoveryCodes;

  @Inject private SecurityKeys securityKeys;

  @Inject private AuthenticatorMetadata metadata;

  @Inject private SsoSessions sessions;

  private String id;
  private boolean found;
  private boolean active;
  private String userName;

  @Size(max = UserProfile.MAX_TEXT)
  private String displayName;

  @Size(max = Email.MAX_ADDRESS)
  private String email;

  private String newPassword;
  private String roleToGrant;
  private String groupToJoin;
  private List<String> roles = List.of();
  private List<String> groups = List.of();
  private boolean totpEnrolled;
  private long recoveryCodesLeft;
  private List<SecurityKeyRow> securityKeyRows = List.of();

  @PostConstruct
  void open() {
    id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    read();
    if (!found) {
      Messages.error("user.notFound");
    }
  }

  private void read() {
    workspace.enter();
    Optional<User> user = users.find(id);
    found = user.isPresent();
    if (!found) {
      return;
    }
    User u = user.get();
    userName = u.userName().value();
    active = u.isActive();
    UserProfile profile = u.profile();
    displayName = profile.displayName();
    email = profile.emails().isEmpty() ? null : profile.emails().get(0).address();
    UserAccess.Holdings holdings = access.of(id);
    roles = holdings.roles();
    groups = holdings.groups();
    totpEnrolled = totp.isEnrolled(id);
    recoveryCodesLeft = recoveryCodes.remaining(id);
    List<SecurityKey> keys = securityKeys.of(id);
    var described = metadata.describeAll(keys.stream().map(SecurityKey::aaguid).toList());
    securityKeyRows =
        keys.stream().map(k -> SecurityKeyRow.of(k, described.get(k.aaguid()))).toList();
  }

  /**
   * A security key of the user as the second-factors panel lists it: the authenticator's name and
   * status from the FIDO Metadata Service, the attestation and the backup flags (WebAuthn §6.1: BE,
   * BS).
   */
  public record SecurityKeyRow(
      String id,
      String nickname,
      String authenticator,
      String status,
      String attestation,
      boolean backupEligible,
      boolean backedUp,
      String created,
      String lastUsed,
      boolean flagged)
      implements java.io.Serializable {

    static SecurityKeyRow of(SecurityKey key, AuthenticatorMetadata.Authenticator known) {
      return new SecurityKeyRow(
          key.id(),
          key.nickname(),
          known.name().or(key::authenticatorName).orElse(Messages.text("inventory.unknown")),
          known.status().map(Enum::name).orElse("—"),
          key.attestation().name(),
          key.backupEligible(),
          key.backupState(),
          key.createdAt().toString(),
          key.lastUsedAt().map(Object::toString).orElse(Messages.text("inventory.never")),
          key.flaggedAt().isPresent());
    }
  }

  /** Removes one of the user's security keys. */
  public void removeSecurityKey(SecurityKeyRow key) {
    act(
        () -> {
          securityKeys.removeByAdmin(key.id());
          return Messages.text("inventory.removed", key.nickname(), userName);
        });
  }

  /** Removes the user's security keys and has the user enroll a new one at the next sign-in. */
  public void requireNewSecurityKey() {
    act(
        () -> {
          securityKeys.requireReenrollment(id);
          return Messages.text("inventory.reenrollment", userName);
        });
  }

  public List<SecurityKeyRow> getSecurityKeyRows() {
    return securityKeyRows;
  }

  /** Saves the userName, display name and email. */
  public void save() {
    act(
        () -> {
          User user = users.find(id).orElseThrow();
          if (!user.userName().value().equals(userName.strip())) {
            users.rename(id, new UserName(userName.strip()));
          }
          UserProfile profile = user.profile();
          String address = UsersPage.blankToNull(email);
          users.describe(
              id,
              new UserProfile(
                  profile.givenName(),
                  profile.familyName(),
                  profile.formattedName(),
                  UsersPage.blankToNull(displayName),
                  profile.externalId(),
                  address == null ? List.of() : List.of(new Email(address, "work", true))));
          return Messages.text("user.saved");
        });
  }

  /** Lets the user sign in again. */
  public void enable() {
    act(
        () -> {
          users.activate(id);
          return Messages.text("user.enabled");
        });
  }

  /** Stops the user from signing in and ends its SSO sessions. */
  public void disable() {
    act(
        () -> {
          users.deactivate(id);
          int ended = workspace.issuer().map(issuer -> sessions.endAllOf(issuer, id)).orElse(0);
          return Messages.text("user.disabled", ended);
        });
  }

  /** Sets the password typed, if the tenant's policy accepts it. */
  public void resetPassword() {
    char[] secret = newPassword == null ? new char[0] : newPassword.toCharArray();
    newPassword = null;
    act(
        () -> {
          users.changePassword(id, secret);
          return Messages.text("user.passwordChanged");
        });
  }

  public void grantRole() {
    String name = roleToGrant == null ? "" : roleToGrant.strip();
    roleToGrant = null;
    act(
        () ->
            access.grant(id, new RoleName(name))
                ? Messages.text("user.roleGranted", name)
                : Messages.text("user.roleHeld", name));
  }

  public void revokeRole(String name) {
    act(
        () -> {
          access.revoke(id, new RoleName(name));
          return Messages.text("user.roleRevoked", name);
        });
  }

  public void joinGroup() {
    String name = groupToJoin == null ? "" : groupToJoin.strip();
    groupToJoin = null;
    act(
        () ->
            access.join(id, new GroupName(name))
                ? Messages.text("user.groupJoined", name)
                : Messages.text("user.groupHeld", name));
  }

  public void leaveGroup(String name) {
    act(
        () -> {
          access.leave(id, new GroupName(name));
          return Messages.text("user.groupLeft", name);
        });
  }

  /** Removes the user's authenticator app. */
  public void removeTotp() {
    act(
        () -> {
          totp.remove(id);
          return Messages.text("user.totpRemoved");
        });
  }

  /** Voids the user's recovery codes. */
  public void removeRecoveryCodes() {
    act(() -> Messages.text("user.recoveryCodesRemoved", recoveryCodes.revokeAll(id)));
  }

  /** Ends every SSO session of the user. */
  public void endSessions() {
    act(
        () ->
            Messages.text(
                "user.sessionsEnded",
                workspace.issuer().map(issuer -> sessions.endAllOf(issuer, id)).orElse(0)));
  }

  /** Deletes the user, then returns to the users page. */
  public void delete() throws IOException {
    workspace.enter();
    try {
      users.delete(id);
    } catch (PortcullisException refused) {
      Messages.refused(refused);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    Messages.info("user.deleted", userName);
    external.redirect(
        external.getRequestContextPath()
            + "/users.xhtml?tenant="
            + URLEncoder.encode(workspace.getTenant(), StandardCharsets.UTF_8));
  }

  /** Runs one change in the page's tenant, reports it or its refusal, and reads the user again. */
  private void act(Supplier<String> change) {
    workspace.enter();
    try {
      Messages.info("user.done", change.get());
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
    read();
  }

  public String getId() {
    return id;
  }

  public boolean isFound() {
    return found;
  }

  public boolean isActive() {
    return active;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRoleToGrant() {
    return roleToGrant;
  }

  public void setRoleToGrant(String roleToGrant) {
    this.roleToGrant = roleToGrant;
  }

  public String getGroupToJoin() {
    return groupToJoin;
  }

  public void setGroupToJoin(String groupToJoin) {
    this.groupToJoin = groupToJoin;
  }

  public List<String> getRoles() {
    return roles;
  }

  public List<String> getGroups() {
    return groups;
  }

  public boolean isTotpEnrolled() {
    return totpEnrolled;
  }

  public long getRecoveryCodesLeft() {
    return recoveryCodesLeft;
  }
}
