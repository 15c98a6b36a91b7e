package org.portcullis.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Optional;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.audit.Outcome;
import org.portcullis.directory.password.InvalidPasswordException;
import org.portcullis.tenant.TenantIsolated;

/**
 * The users of the tenant in scope: create, find, describe, rename, activate, deactivate, delete,
 * and their passwords. Every change records an event in the tenant's audit trail, in the same
 * transaction, with the user's id as its target (never a name, an address or a password).
 *
 * <p>Every password set goes through the tenant's policy ({@link PasswordPolicies}); a refused one
 * throws {@link InvalidPasswordException} and nothing is written. {@link #authenticate} checks a
 * password at sign-in and upgrades its hash when the Argon2id parameters changed. Passwords given
 * to this service are wiped (filled with zeros) before it returns, whatever the outcome.
 */
@Stateless
@TenantIsolated
public class UserDirectory {

  public static final String CREATED = "user.created";
  public static final String UPDATED = "user.updated";
  public static final String RENAMED = "user.renamed";
  public static final String ACTIVATED = "user.activated";
  public static final String DEACTIVATED = "user.deactivated";
  public static final String DELETED = "user.deleted";
  public static final String PASSWORD_CHANGED = "user.password.changed";
  public static final String PASSWORD_REHASHED = "user.password.rehashed";
  public static final String AUTHENTICATED = "user.authenticated";

  @PersistenceContext private EntityManager em;

  @Inject private Argon2idPasswordHash passwords;

  @Inject private PasswordPolicies policies;

  @Inject private AuditTrail trail;

  @Inject private UserCounts counts;

  /**
   * Creates an active user.
   *
   * @param password the password, checked against the tenant's policy, hashed with Argon2id and
   *     then wiped; null for a user who signs in some other way
   * @throws InvalidPasswordException when the password breaks the tenant's policy
   * @throws UserNameTakenException when another user has this userName, compared without case
   */
  public User create(UserName userName, UserProfile profile, char[] password) {
    try {
      if (password != null) {
        policies.requireAcceptable(password, userName);
      }
      requireFree(userName);
      User user = new User(userName, profile);
      if (password != null) {
        user.changePasswordHash(passwords.generate(password));
      }
      em.persist(user);
      counts.add(1);
      record(CREATED, user);
      return user;
    } finally {
      wipe(password);
    }
  }

  /** The user with this id, if the tenant in scope has one. */
  public Optional<User> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(User.class, id));
  }

  /** The user with this userName, compared without regard to case. */
  public Optional<User> findByUserName(UserName userName) {
    return em.createQuery("select u from User u where u.userNameKey = :key", User.class)
        .setParameter("key", userName.key())
        .getResultStream()
        .findFirst();
  }

  /**
   * The user that the provisioning client knows by {@code externalId}. The schema indexes
   * externalId but does not make it unique (RFC 7643 §3.1 leaves it to the client); when several
   * users share one, any one of them.
   */
  public Optional<User> findByExternalId(String externalId) {
    return em.createQuery("select u from User u where u.externalId = :externalId", User.class)
        .setParameter("externalId", externalId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Replaces the user's profile (names, display name, externalId, emails).
   *
   * @throws UserNotFoundException when the tenant has no such user
   */
  public User describe(String id, UserProfile profile) {
    User user = require(id);
    user.describe(profile);
    record(UPDATED, user);
    return user;
  }

  /**
   * Gives the user another userName (a change of case only is allowed).
   *
   * @throws UserNameTakenException when another user has the new name
   */
  public User rename(String id, UserName newName) {
    User user = require(id);
    if (!user.userName().key().equals(newName.key())) {
      requireFree(newName);
    }
    user.rename(newName);
    record(RENAMED, user);
    return user;
  }

  /** Lets the user sign in again. */
  public User activate(String id) {
    User user = require(id);
    user.activate();
    record(ACTIVATED, user);
    return user;
  }

  /** Stops the user from signing in. */
  public User deactivate(String id) {
    User user = require(id);
    user.deactivate();
    record(DEACTIVATED, user);
    return user;
  }

  /**
   * Deletes the user with its emails; the database removes its memberships and role assignments (ON
   * DELETE CASCADE), without loading them.
   */
  public void delete(String id) {
    User user = require(id);
    em.remove(user);
    counts.add(-1);
    record(DELETED, user);
  }

  /**
   * Sets a new password, hashed with Argon2id; {@code newPassword} is wiped afterwards.
   *
   * @throws UserNotFoundException when the tenant has no such user
   * @throws InvalidPasswordException when the password breaks the tenant's policy
   */
  public void changePassword(String id, char[] newPassword) {
    try {
      User user = require(id);
      policies.requireAcceptable(newPassword, user.userName());
      user.changePasswordHash(passwords.generate(newPassword));
      record(PASSWORD_CHANGED, user);
    } finally {
      wipe(newPassword);
    }
  }

  /**
   * Whether {@code password} is the user's password; false when the user has none. Neither audits
   * nor upgrades the hash: sign-in uses {@link #authenticate}.
   */
  public boolean verifyPassword(User user, char[] password) {
    return user.hasPassword() && passwords.verify(password, user.passwordHash());
  }

  /**
   * Signs a user in with a password: the active user with this userName whose password it is, or
   * empty. When the stored hash was made with other Argon2id parameters than the configured ones,
   * it is replaced by a hash with the current ones, in this transaction ({@value
   * #PASSWORD_REHASHED}). An unknown user, or one without a password, costs one Argon2id
   * verification like any other attempt, so the time taken does not tell whether the user exists.
   * Every attempt is audited: {@value #AUTHENTICATED}, or an {@link AuthenticationFailure}'s
   * action.
   *
   * @param password wiped before this returns
   */
  public Optional<User> authenticate(UserName userName, char[] password) {
    try {
      User user = findByUserName(userName).orElse(null);
      if (user == null || !user.hasPassword()) {
        passwords.verifyDecoy(password);
        return refuse(
            user == null ? AuthenticationFailure.UNKNOWN_USER : AuthenticationFailure.NO_PASSWORD,
            user);
      }
      if (!passwords.verify(password, user.passwordHash())) {
        return refuse(AuthenticationFailure.WRONG_PASSWORD, user);
      }
      if (!user.isActive()) {
        return refuse(AuthenticationFailure.INACTIVE, user);
      }
      if (passwords.needsRehash(user.passwordHash())) {
        user.upgradePasswordHash(passwords.generate(password));
        record(PASSWORD_REHASHED, user);
      }
      record(AUTHENTICATED, user);
      return Optional.of(user);
    } finally {
      wipe(password);
    }
  }

  private Optional<User> refuse(AuthenticationFailure failure, User user) {
    String target = user == null ? null : user.id();
    trail.record(new AuditRecord(failure.action(), target, Outcome.FAILURE));
    return Optional.empty();
  }

  private User require(String id) {
    return find(id).orElseThrow(() -> new UserNotFoundException(id));
  }

  private void requireFree(UserName userName) {
    // The unique key (tenant_id, user_name_key) backs this check against concurrent creation.
    if (findByUserName(userName).isPresent()) {
      throw new UserNameTakenException();
    }
  }

  private static void wipe(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }

  private void record(String action, User user) {
    trail.record(AuditRecord.success(action, user.id()));
  }
}
