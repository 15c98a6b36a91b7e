package org.portcullis.client;

import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;

/**
 * Client metadata that may not be registered (RFC 7591 §3.2.2): {@code invalid_redirect_uri} for a
 * redirect URI, {@code invalid_client_metadata} for anything else; the description names the rule.
 */
public class InvalidClientMetadataException extends OAuthException {

  private static final long serialVersionUID = 1L;

  public InvalidClientMetadataException(String description) {
    super(OAuthError.INVALID_CLIENT_METADATA, description);
  }

  private InvalidClientMetadataException(OAuthError error, String description) {
    super(error, description);
  }

  /** {@code invalid_redirect_uri}. */
  public static InvalidClientMetadataException redirectUri(String description) {
    return new InvalidClientMetadataException(OAuthError.INVALID_REDIRECT_URI, description);
  }
}
