package org.portcullis.webauthn;

import com.yubico.webauthn.CredentialRepository;
import com.yubico.webauthn.RegisteredCredential;
import com.yubico.webauthn.data.AuthenticatorTransport;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.PublicKeyCredentialDescriptor;
import com.yubico.webauthn.data.exception.Base64UrlException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.portcullis.directory.User;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserName;
import org.portcullis.tenant.TenantIsolated;

/**
 * Yubico's {@link CredentialRepository} over the tenant's {@link SecurityKey}s. The library's
 * "username" is the user's {@code userName} (what authenticators show), and the user handle is the
 * user's id as bytes: stable, unique in the tenant, and no personal data (WebAuthn §14.6.1). Tenant
 * isolation comes from the persistence layer: a credential of another tenant is never found.
 */
@Dependent
@TenantIsolated
class CredentialStore implements CredentialRepository {

  @PersistenceContext private EntityManager em;

  @Inject private UserDirectory users;

  @Override
  public Set<PublicKeyCredentialDescriptor> getCredentialIdsForUsername(String userName) {
    return user(userName).map(u -> of(u.id())).orElse(List.of()).stream()
        .map(CredentialStore::descriptor)
        .collect(Collectors.toSet());
  }

  @Override
  public Optional<ByteArray> getUserHandleForUsername(String userName) {
    return user(userName).map(u -> handle(u.id()));
  }

  @Override
  public Optional<String> getUsernameForUserHandle(ByteArray userHandle) {
    String userId = new String(userHandle.getBytes(), StandardCharsets.UTF_8);
    return userId.length() == 36
        ? users.find(userId).map(u -> u.userName().value())
        : Optional.empty();
  }

  private Optional<User> user(String userName) {
    try {
      return users.findByUserName(new UserName(userName));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<RegisteredCredential> lookup(ByteArray credentialId, ByteArray userHandle) {
    return byCredentialId(credentialId)
        .filter(key -> handle(key.userId()).equals(userHandle))
        .map(CredentialStore::registered);
  }

  @Override
  public Set<RegisteredCredential> lookupAll(ByteArray credentialId) {
    return byCredentialId(credentialId).map(CredentialStore::registered).stream()
        .collect(Collectors.toSet());
  }

  java.util.List<SecurityKey> of(String userId) {
    return em.createQuery(
            "select k from SecurityKey k where k.userId = :user order by k.createdAt",
            SecurityKey.class)
        .setParameter("user", userId)
        .getResultList();
  }

  Optional<SecurityKey> byCredentialId(ByteArray credentialId) {
    return em.createQuery(
            "select k from SecurityKey k where k.credentialId = :id", SecurityKey.class)
        .setParameter("id", credentialId.getBase64Url())
        .getResultStream()
        .findFirst();
  }

  static ByteArray handle(String userId) {
    return new ByteArray(userId.getBytes(StandardCharsets.UTF_8));
  }

  private static PublicKeyCredentialDescriptor descriptor(SecurityKey key) {
    try {
      return PublicKeyCredentialDescriptor.builder()
          .id(ByteArray.fromBase64Url(key.credentialId()))
          .transports(
              key.transports().stream().map(AuthenticatorTransport::of).collect(Collectors.toSet()))
          .build();
    } catch (Base64UrlException e) {
      throw new IllegalStateException("A stored credential id is not base64url", e);
    }
  }

  private static RegisteredCredential registered(SecurityKey key) {
    try {
      return RegisteredCredential.builder()
          .credentialId(ByteArray.fromBase64Url(key.credentialId()))
          .userHandle(handle(key.userId()))
          .publicKeyCose(ByteArray.fromBase64Url(key.publicKeyCose()))
          .signatureCount(key.signatureCount())
          .backupEligible(key.backupEligible())
          .backupState(key.backupState())
          .build();
    } catch (Base64UrlException e) {
      throw new IllegalStateException("A stored credential is not base64url", e);
    }
  }
}
