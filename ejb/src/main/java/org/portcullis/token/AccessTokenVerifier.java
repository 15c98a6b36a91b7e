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
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 *
 * <p>A token that passed the checks is remembered ({@link VerifiedTokens}) until it expires, so
 * that a client reusing its token pays for the signature once; the denylist is read on every use.
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

  private final VerifiedTokens verified = new VerifiedTokens();

  private final Clock clock = Clock.systemUTC();

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
    Instant now = clock.instant();
    Optional<VerifiedTokens.Entry> known = verified.get(token, now);
    Optional<JWTClaimsSet> claims =
        known.isPresent()
            // Checked before for the issuer it names: any other issuer's check would refuse it.
            ? known.filter(k -> k.issuer().equals(issuer.value())).map(VerifiedTokens.Entry::claims)
            : checkedClaims(token, issuer, now);
    // RFC 7009 §2: a revoked token is refused on every node until it expires, so the denylist is
    // asked on every use, cached or not.
    return claims.filter(c -> !revoked.isDenied(c.getJWTID()));
  }

  /** Signature, type, issuer, lifetime and required claims checked; remembered when they hold. */
  private Optional<JWTClaimsSet> checkedClaims(String token, Issuer issuer, Instant now) {
    if (!claimsIssuer(token).map(issuer.value()::equals).orElse(false)) {
      return Optional.empty(); // the issuer check would refuse it: no need for the keys
    }
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
    // Valid as long as the claims verifier would accept its exp (exp is required).
    Instant until = claims.getExpirationTime().toInstant().plus(CLOCK_SKEW);
    verified.put(token, issuer.value(), claims, until, now);
    return Optional.of(claims);
  }

  /** The {@code iss} a token claims, unchecked (the processor checks it against the issuer). */
  private static Optional<String> claimsIssuer(String token) {
    try {
      return Optional.ofNullable(JWTParser.parse(token).getJWTClaimsSet().getIssuer());
    } catch (ParseException | IllegalArgumentException malformed) {
      return Optional.empty();
    }
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
