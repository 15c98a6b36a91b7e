package org.portcullis.client;

/**
 * What a client presented to authenticate at the token endpoint: its id and, for {@code
 * client_secret_basic} or {@code client_secret_post}, its secret (null for a public client). {@link
 * #toString} never shows the secret.
 */
public record PresentedCredentials(String clientId, String secret) {

  @Override
  public String toString() {
    return "PresentedCredentials[clientId=" + clientId + ", secret=***]";
  }
}
