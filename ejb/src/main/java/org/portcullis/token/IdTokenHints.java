package org.portcullis.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portcullis.key.SigningKeys;
import org.portcullis.tenant.Issuer;

/**
 * Reads an {@code id_token_hint} (OpenID Connect RP-Initiated Logout §2): an ID token this tenant
 * signed, possibly expired (a hint tells who, it grants nothing), for exactly one client.
 */
@ApplicationScoped
public class IdTokenHints {

  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);

  @Inject private SigningKeys keys;

  /** Who an ID token hint names. */
  public record IdTokenHint(String clientId, String subject, String sessionId) {}

  /** The hint, or empty when it is not an ID token signed by this tenant. */
  public Optional<IdTokenHint> read(String token, Issuer issuer) {
    var processor = new DefaultJWTProcessor<SecurityContext>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(keys.publishedKeys())));
    // No exp check: an expired ID token is still a good hint.
    processor.setJWTClaimsSetVerifier(
        (claims, context) -> {
          if (!issuer.value().equals(claims.getIssuer())
              || claims.getSubject() == null
              || claims.getAudience().isEmpty()) {
            throw new com.nimbusds.jwt.proc.BadJWTException("Not an ID token of this issuer");
          }
        });
    try {
      JWTClaimsSet claims = processor.process(token, null);
      List<String> audience = claims.getAudience();
      String azp = claims.getStringClaim("azp");
      if (audience.size() != 1 || !audience.get(0).equals(azp)) {
        return Optional.empty();
      }
      return Optional.of(new IdTokenHint(azp, claims.getSubject(), claims.getStringClaim("sid")));
    } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
