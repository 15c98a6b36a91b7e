package org.portcullis.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.portcullis.tenant.TenantIsolated;

/** The users of the tenant in scope. */
@Stateless
@TenantIsolated
public class UserDirectory {

  @PersistenceContext private EntityManager em;

  @Inject private Argon2idPasswordHash passwords;

  /**
   * Creates a user with a password and roles.
   *
   * @throws IllegalArgumentException when the userName is taken (without regard to case)
   */
  public User create(String userName, char[] password, Roles roles) {
    if (findByUserName(userName).isPresent()) {
      throw new IllegalArgumentException("userName is taken");
    }
    User user = new User(userName, roles);
    user.changePasswordHash(passwords.generate(password));
    em.persist(user);
    return user;
  }

  /** The user with this userName, compared without regard to case. */
  public Optional<User> findByUserName(String userName) {
    return em.createQuery("select u from User u where u.userNameKey = :key", User.class)
        .setParameter("key", User.keyOf(userName))
        .getResultStream()
        .findFirst();
  }

  /** Whether {@code password} is the user's password. */
  public boolean verifyPassword(User user, char[] password) {
    return user.passwordHash() != null && passwords.verify(password, user.passwordHash());
  }
}
