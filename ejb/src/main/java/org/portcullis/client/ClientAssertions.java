package org.portcullis.client;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.portcullis.tenant.Issuer;
import org.portcullis.tenant.TenantIsolated;
import org.portcullis.tenant.TenantScope;

/**
 * {@code private_key_jwt} client authentication (RFC 7523 §2.2, §3; OpenID Connect Core §9): a JWT
 * that the client signed with a key of its registered {@code jwks} or {@code jwks_uri}, whose
 * {@code iss} and {@code sub} are its client id, whose {@code aud} is this tenant's issuer or one
 * of its endpoints, that expires within {@link #MAX_LIFETIME}, and whose {@code jti} has not been
 * used before in this tenant.
 */
@Stateless
@TenantIsolated
public class ClientAssertions {

  /** RFC 7523 §2.2: the {@code client_assertion_type} of a JWT assertion. */
  public static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  /** How far ahead an assertion may expire: bounds the replay store. */
  static final Duration MAX_LIFETIME = Duration.ofMinutes(10);

  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

  // Remote key sets, cached by URL (Nimbus refreshes them on an unknown kid, rate-limited).
  private static final Map<String, JWKSource<SecurityContext>> REMOTE = new ConcurrentHashMap<>();

  private static final Clock CLOCK = Clock.systemUTC();

  @PersistenceContext private EntityManager em;

  @Inject private TenantScope scope;

  /** The client id an assertion claims, unverified: for throttling before it is checked. */
  public static Optional<String> claimedClientId(String assertion) {
    try {
      return Optional.ofNullable(SignedJWT.parse(assertion).getJWTClaimsSet().getSubject());
    } catch (ParseException malformed) {
      return Optional.empty();
    }
  }

  /** Whether {@code assertion} authenticates {@code client} at {@code issuer}. */
  public boolean verifies(OAuthClient client, String assertion, Issuer issuer) {
    ClientMetadata metadata = client.metadata();
    if (client.authMethod() != AuthMethod.PRIVATE_KEY_JWT) {
      return false;
    }
    String clientId = client.clientId().value();
    var processor = new DefaultJWTProcessor<SecurityContext>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keysOf(metadata)));
    var claims =
        new DefaultJWTClaimsVerifier<SecurityContext>(
            // A HashSet: Nimbus asks it whether it contains null.
            new java.util.HashSet<>(
                Set.of(
                    issuer.value(),
                    issuer.endpoint("token"),
                    issuer.endpoint("revoke"),
                    issuer.endpoint("introspect"))),
            new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).build(),
            Set.of("exp", "jti", "aud"),
            null);
    claims.setMaxClockSkew(60);
    processor.setJWTClaimsSetVerifier(claims);
    try {
      JWTClaimsSet verified = processor.process(assertion, null);
      Instant expires = verified.getExpirationTime().toInstant();
      if (expires.isAfter(CLOCK.instant().plus(MAX_LIFETIME))) {
        return false;
      }
      return firstUse(clientId, verified.getJWTID(), expires);
    } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
      return false;
    }
  }

  private boolean firstUse(String clientId, String jti, Instant expires) {
    String id = SecretHash.of(scope.require().value() + "\n" + clientId + "\n" + jti).value();
    if (em.find(UsedAssertion.class, id) != null) {
      return false;
    }
    em.createQuery("delete from UsedAssertion u where u.expiresAt < :now")
        .setParameter("now", CLOCK.instant().atOffset(ZoneOffset.UTC))
        .executeUpdate();
    em.persist(new UsedAssertion(id, expires.plusSeconds(60)));
    em.flush(); // a concurrent use of the same jti fails on the primary key
    return true;
  }

  private static JWKSource<SecurityContext> keysOf(ClientMetadata metadata) {
    if (metadata.jwks() != null) {
      try {
        return new ImmutableJWKSet<>(JWKSet.parse(metadata.jwks()));
      } catch (ParseException malformed) {
        throw new IllegalStateException("Registered jwks are checked at registration", malformed);
      }
    }
    return REMOTE.computeIfAbsent(
        metadata.jwksUri(),
        uri -> {
          try {
            return JWKSourceBuilder.create(URI.create(uri).toURL()).build();
          } catch (MalformedURLException malformed) {
            throw new IllegalStateException("Registered jwks_uri is checked at registration");
          }
        });
  }
}
