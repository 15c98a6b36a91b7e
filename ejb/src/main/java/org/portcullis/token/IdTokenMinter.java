package org.portcullis.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.Scope;
import org.portcullis.directory.User;
import org.portcullis.key.ActiveSigner;
import org.portcullis.key.ActiveSigners;
import org.portcullis.tenant.Issuer;

/**
 * Signs ID tokens (OpenID Connect Core §2) with the algorithm the client registered ({@code
 * id_token_signed_response_alg}, ES256 by default): {@code aud} and {@code azp} are the client,
 * {@code sid} the SSO session, {@code at_hash} binds the access token issued with it (§3.1.3.6),
 * and the user's claims are those the granted scope releases. An ID token has no {@code client_id}
 * claim, so the access token verifier never takes one for an access token.
 */
@ApplicationScoped
public class IdTokenMinter {

  @Inject private ActiveSigners keys;

  @Inject private UserInfoClaims userInfo;

  /**
   * @param nonce the authorization request's {@code nonce}, or null (and on refresh)
   * @param accessToken the access token issued with it
   */
  public String mint(
      Issuer issuer,
      OAuthClient client,
      User user,
      Scope scope,
      SignIn signIn,
      String nonce,
      String accessToken) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String clientId = client.clientId().value();
    ActiveSigner signer =
        keys.activeSigner(JWSAlgorithm.parse(client.metadata().idTokenSigningAlgorithm()));
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer.value())
            .audience(clientId)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(client.accessTokenLifetime())))
            .jwtID(UUID.randomUUID().toString())
            .claim("azp", clientId)
            .claim("auth_time", signIn.authTime().getEpochSecond())
            .claim("amr", List.copyOf(signIn.amr()))
            .claim("acr", signIn.acr())
            .claim("sid", signIn.sessionId())
            .claim("at_hash", halfHash(accessToken));
    if (nonce != null) {
      claims.claim("nonce", nonce);
    }
    for (Map.Entry<String, Object> claim : userInfo.of(user, scope).entrySet()) {
      claims.claim(claim.getKey(), claim.getValue());
    }
    claims.subject(user.id());
    return sign(signer, claims.build(), JOSEObjectType.JWT);
  }

  static String sign(ActiveSigner signer, JWTClaimsSet claims, JOSEObjectType type) {
    JWSHeader header =
        new JWSHeader.Builder(signer.algorithm()).type(type).keyID(signer.kid()).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("Signing with key " + signer.kid() + " failed", e);
    }
    return jwt.serialize();
  }

  /**
   * OpenID Connect Core §3.1.3.6: the left half of the SHA-256 of the token's ASCII, base64url
   * (ES256 and RS256 both hash with SHA-256).
   */
  static String halfHash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(Arrays.copyOf(digest, digest.length / 2));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
