package org.portcullis.client;

/**
 * What a client presented to authenticate at the token endpoint: its id and, for {@code
 * client_secret_basic} or {@code client_secret_post}, its secret; for {@code private_key_jwt} its
 * signed assertion (RFC 7523); for a public client neither. {@link #toString} never shows the
 * secret or the assertion.
 *
 * @param clientId as presented; for an assertion without {@code client_id}, the id it claims
 */
public record PresentedCredentials(String clientId, String secret, String assertion) {

  /** A client id and secret (null for a public client). */
  public PresentedCredentials(String clientId, String secret) {
    this(clientId, secret, null);
  }

  /**
   * A {@code private_key_jwt} assertion.
   *
   * @param clientId the {@code client_id} parameter, or null
   */
  public static PresentedCredentials assertion(String clientId, String assertion) {
    String claimed =
        clientId != null ? clientId : ClientAssertions.claimedClientId(assertion).orElse(null);
    return new PresentedCredentials(claimed, null, assertion);
  }

  @Override
  public String toString() {
    return "PresentedCredentials[clientId=" + clientId + ", secret=***, assertion=***]";
  }
}
