package org.portcullis.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.portcullis.audit.AuditRecord;
import org.portcullis.audit.AuditTrail;
import org.portcullis.client.ClientId;
import org.portcullis.client.ClientRegistry;
import org.portcullis.client.OAuthClient;
import org.portcullis.key.SigningKeys;
import org.portcullis.session.SessionEnded;
import org.portcullis.tenant.Issuer;

/**
 * OpenID Connect Back-Channel Logout 1.0: when a session ends, every client that got a code in it
 * and registered a {@code backchannel_logout_uri} receives a logout token (§2.4: {@code typ
 * logout+jwt}, {@code sid}, {@code sub}, the logout event, no {@code nonce}) by a POST sent in the
 * background, so that a slow client does not hold the user's logout. Each notification is audited
 * as {@value #SENT} with the client as target; a delivery failure is logged without the token.
 */
@ApplicationScoped
public class BackChannelLogout {

  /** Audit action of a logout token sent to a client. */
  public static final String SENT = "session.backchannel.sent";

  static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

  private static final Logger LOG = Logger.getLogger(BackChannelLogout.class.getName());

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private static final Duration LIFETIME = Duration.ofMinutes(2);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Inject private AuthorizationCodes codes;

  @Inject private ClientRegistry clients;

  @Inject private SigningKeys keys;

  @Inject private AuditTrail trail;

  void notifyClients(SessionEnded ended) {
    Issuer issuer = ended.issuer();
    for (String clientId : codes.clientsOf(ended.sessionId())) {
      clients
          .find(new ClientId(clientId))
          .filter(client -> client.metadata().backchannelLogoutUri() != null)
          .ifPresent(client -> send(issuer, client, ended));
    }
  }

  private void send(Issuer issuer, OAuthClient client, SessionEnded ended) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer.value())
            .audience(client.clientId().value())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .subject(ended.userId())
            .claim("sid", ended.sessionId())
            .claim("events", Map.of(EVENT, Map.of()))
            .build();
    String token =
        IdTokenMinter.sign(
            keys.activeSigner(JWSAlgorithm.parse(client.metadata().idTokenSigningAlgorithm())),
            claims,
            new JOSEObjectType("logout+jwt"));
    URI target = URI.create(client.metadata().backchannelLogoutUri());
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "logout_token=" + URLEncoder.encode(token, StandardCharsets.US_ASCII)))
            .build();
    trail.record(AuditRecord.success(SENT, client.clientId().value()));
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (response, failure) -> {
              if (failure != null || response.statusCode() != 200) {
                LOG.log(
                    Level.INFO,
                    "Back-channel logout to client {0} failed: {1}",
                    new Object[] {
                      client.clientId().value(),
                      failure == null ? "HTTP " + response.statusCode() : failure.toString()
                    });
              }
            });
  }
}
