package org.portcullis.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ceiling of the token endpoint: building and signing one complete access token, shaped as
 * Portcullis mints them (header {@code typ: JWT} with a kid, RFC 9068 claims plus {@code upn} and
 * {@code groups}, a fresh jti), and serializing it. No I/O, no container.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class AccessTokenSigningBenchmark {

  /** ES256 is the platform's default; RS256 is offered per client. */
  @Param({"ES256", "RS256"})
  public String algorithm;

  private JWSSigner signer;
  private JWSHeader header;

  @Setup
  public void generateKey() throws JOSEException {
    if (algorithm.equals("ES256")) {
      ECKey key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
      signer = new ECDSASigner(key);
      header = header(JWSAlgorithm.ES256, key.getKeyID());
    } else {
      RSAKey key = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
      signer = new RSASSASigner(key);
      header = header(JWSAlgorithm.RS256, key.getKeyID());
    }
  }

  @Benchmark
  public String signAccessToken() throws JOSEException {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer("http://127.0.0.1:8080/t/acme")
            .subject("reporting")
            .audience("http://127.0.0.1:8080/t/acme")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .jwtID(UUID.randomUUID().toString())
            .claim("client_id", "reporting")
            .claim("scope", "reports:read")
            .claim("upn", "reporting")
            .claim("groups", List.of("reader"))
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    jwt.sign(signer);
    return jwt.serialize();
  }

  private static JWSHeader header(JWSAlgorithm algorithm, String kid) {
    return new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(kid).build();
  }
}
