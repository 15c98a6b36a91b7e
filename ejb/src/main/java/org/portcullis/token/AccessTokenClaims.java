package org.portcullis.token;

import java.time.Duration;
import java.util.Set;
import org.portcullis.client.Scope;
import org.portcullis.tenant.Issuer;

/**
 * What an access token says (RFC 9068 §2.2 plus MicroProfile JWT's {@code upn} and {@code groups}),
 * before it is signed.
 *
 * @param subject {@code sub}: the user's id, or the client id in a client's own token
 * @param upn the user's userName, or the client id in a client's own token
 * @param groups the subject's roles in the tenant
 * @param audience {@code aud}: the requested resource, or the issuer
 */
public record AccessTokenClaims(
    Issuer issuer,
    String subject,
    String clientId,
    String upn,
    Scope scope,
    Set<String> groups,
    String audience,
    Duration lifetime) {

  public AccessTokenClaims {
    groups = Set.copyOf(groups);
  }
}
