package org.portcullis.token;

import java.time.Duration;
import java.util.List;
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
 * @param audience {@code aud}: the requested resources (RFC 8707), or the issuer
 * @param jwtType the JOSE {@code typ}: {@code JWT} (MicroProfile JWT), or {@code at+jwt} (RFC 9068)
 *     for a client registered so
 */
public record AccessTokenClaims(
    Issuer issuer,
    String subject,
    String clientId,
    String upn,
    Scope scope,
    Set<String> groups,
    List<String> audience,
    Duration lifetime,
    String jwtType) {

  public AccessTokenClaims {
    groups = Set.copyOf(groups);
    audience = List.copyOf(audience);
    if (audience.isEmpty()) {
      throw new IllegalArgumentException("An access token has an audience");
    }
  }
}
