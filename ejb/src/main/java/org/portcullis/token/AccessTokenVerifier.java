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
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portcullis.client.Scope;
import org.portcullis.key.SigningKeys;
import org.portcullis.tenant.Issuer;

/**
 * Checks an access token of the tenant in scope: signed by one of the tenant's published keys
 * (ES256 or RS256), issued by the tenant, not expired (60 s clock skew), with the claims every
 * Portcullis access token has.
 */
@ApplicationScoped
public class AccessTokenVerifier {

  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);
  private static final Set<String> REQUIRED = Set.of("sub", "exp", "iat", "jti", "client_id");

  @Inject private SigningKeys keys;

  /** The verified token, or empty when it is not a valid access token of {@code issuer}. */
  public Optional<VerifiedAccessToken> verify(String token, Issuer issuer) {
    var processor = new DefaultJWTProcessor<SecurityContext>();
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt")));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(keys.publishedKeys())));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            new JWTClaimsSet.Builder().issuer(issuer.value()).build(), REQUIRED));
    try {
      return Optional.of(toVerified(processor.process(token, null)));
    } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static VerifiedAccessToken toVerified(JWTClaimsSet claims) throws ParseException {
    List<String> groups = claims.getStringListClaim("groups");
    return new VerifiedAccessToken(
        claims.getSubject(),
        claims.getStringClaim("client_id"),
        Scope.parse(claims.getStringClaim("scope")),
        groups == null ? Set.of() : Set.copyOf(groups),
        claims.getJWTID(),
        claims.getExpirationTime().toInstant());
  }
}
