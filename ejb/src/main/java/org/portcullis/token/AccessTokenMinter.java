package org.portcullis.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.portcullis.key.ActiveSigner;
import org.portcullis.key.ActiveSigners;

/**
 * Signs access tokens with the tenant's active key. The JOSE header says {@code typ: JWT}, which
 * MicroProfile JWT requires (contract; RFC 9068's {@code at+jwt} is refused by Payara), unless the
 * client registered {@code access_token_jwt_typ: at+jwt}.
 */
@ApplicationScoped
public class AccessTokenMinter {

  @Inject private ActiveSigners keys;

  /** The signed, compact JWT, with its {@code jti} and expiry. */
  public MintedToken mint(AccessTokenClaims claims) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant expiresAt = now.plus(claims.lifetime());
    String jti = UUID.randomUUID().toString();
    JWTClaimsSet body =
        new JWTClaimsSet.Builder()
            .issuer(claims.issuer().value())
            .subject(claims.subject())
            .audience(claims.audience())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expiresAt))
            .jwtID(jti)
            .claim("client_id", claims.clientId())
            .claim("scope", claims.scope().format())
            .claim("upn", claims.upn())
            .claim("groups", List.copyOf(claims.groups()))
            .build();
    ActiveSigner signer = keys.activeSigner();
    JWSHeader header =
        new JWSHeader.Builder(signer.algorithm())
            .type(new JOSEObjectType(claims.jwtType()))
            .keyID(signer.kid())
            .build();
    SignedJWT jwt = new SignedJWT(header, body);
    try {
      jwt.sign(signer.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("Signing with key " + signer.kid() + " failed", e);
    }
    return new MintedToken(jwt.serialize(), jti, expiresAt);
  }
}
