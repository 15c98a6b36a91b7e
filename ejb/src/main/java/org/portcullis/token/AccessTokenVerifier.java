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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portcullis.client.Scope;
import org.portcullis.key.SigningKeys;
import org.portcullis.tenant.Issuer;

/**
 * Checks an access token of the tenant in scope: signed by one of the tenant's published keys
 * (ES256 or RS256), issued by the tenant, not expired ({@link #CLOCK_SKEW} clock skew), with the
 * claims every Portcullis access token has, and not revoked ({@link RevokedAccessTokens}).
 */
@ApplicationScoped
public class AccessTokenVerifier {

  /** The clock skew tolerated on {@code exp}: a revoked token stays denied that much longer. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);
  private static final Set<String> REQUIRED = Set.of("sub", "exp", "iat", "jti", "client_id");

  @Inject private SigningKeys keys;

  @Inject private RevokedAccessTokens revoked;

  /** The verified token, or empty when it is not a valid access token of {@code issuer}. */
  public Optional<VerifiedAccessToken> verify(String token, Issuer issuer) {
    return validClaims(token, issuer).flatMap(AccessTokenVerifier::toVerified);
  }

  /**
   * What a valid access token of {@code issuer} says (for introspection, RFC 7662 §2.2), or empty
   * when it is not one: malformed, forged, expired, of another issuer, or revoked.
   */
  public Optional<ActiveAccessToken> inspect(String token, Issuer issuer) {
    return validClaims(token, issuer).flatMap(AccessTokenVerifier::toActive);
  }

  private Optional<JWTClaimsSet> validClaims(String token, Issuer issuer) {
    var processor = new DefaultJWTProcessor<SecurityContext>();
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt")));
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(keys.publishedKeys())));
    var claimsVerifier =
        new DefaultJWTClaimsVerifier<>(
            new JWTClaimsSet.Builder().issuer(issuer.value()).build(), REQUIRED);
    claimsVerifier.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
    processor.setJWTClaimsSetVerifier(claimsVerifier);
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
      return Optional.empty();
    }
    // RFC 7009 §2: a revoked token is refused on every node until it expires.
    return revoked.isDenied(claims.getJWTID()) ? Optional.empty() : Optional.of(claims);
  }

  private static Optional<VerifiedAccessToken> toVerified(JWTClaimsSet claims) {
    try {
      List<String> groups = claims.getStringListClaim("groups");
      return Optional.of(
          new VerifiedAccessToken(
              claims.getSubject(),
              claims.getStringClaim("client_id"),
              Scope.parse(claims.getStringClaim("scope")),
              groups == null ? Set.of() : Set.copyOf(groups),
              claims.getJWTID(),
              claims.getExpirationTime().toInstant()));
    } catch (ParseException | IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static Optional<ActiveAccessToken> toActive(JWTClaimsSet claims) {
    try {
      return Optional.of(
          new ActiveAccessToken(
              claims.getIssuer(),
              claims.getSubject(),
              claims.getStringClaim("client_id"),
              Optional.ofNullable(claims.getStringClaim("upn")),
              Scope.parse(claims.getStringClaim("scope")),
              claims.getAudience(),
              claims.getIssueTime().toInstant(),
              claims.getExpirationTime().toInstant(),
              claims.getJWTID()));
    } catch (ParseException | IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
