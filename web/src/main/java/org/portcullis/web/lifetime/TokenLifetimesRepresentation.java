package org.portcullis.web.lifetime;

import java.time.Duration;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.portcullis.lifetime.TokenLifetimes;

/**
 * A tenant's token lifetimes in JSON, each in seconds. In a {@code PUT}, a member left out takes
 * the platform's default (the body replaces all the lifetimes).
 */
@Schema(
    name = "TokenLifetimes",
    description = "How long a tenant's tokens and SSO sessions live, in seconds")
public record TokenLifetimesRepresentation(
    @Schema(
            description =
                "Access token lifetime of clients registered without access_token_lifetime,"
                    + " 60 to 3600",
            example = "300")
        Long accessToken,
    @Schema(description = "SSO session lifetime after sign-in, 300 to 2592000", example = "36000")
        Long session,
    @Schema(
            description = "How long a refresh token may go unused, 60 to refreshMax",
            example = "1800")
        Long refreshIdle,
    @Schema(
            description = "Absolute lifetime of a refresh token family, at most 31536000",
            example = "36000")
        Long refreshMax,
    @Schema(
            description = "Idle lifetime of offline_access refresh tokens, 60 to offlineMax",
            example = "2592000")
        Long offlineIdle,
    @Schema(
            description = "Absolute lifetime of an offline_access family, at most 31536000",
            example = "5184000")
        Long offlineMax) {

  static TokenLifetimesRepresentation of(TokenLifetimes lifetimes) {
    return new TokenLifetimesRepresentation(
        lifetimes.accessToken().toSeconds(),
        lifetimes.session().toSeconds(),
        lifetimes.refreshIdle().toSeconds(),
        lifetimes.refreshMax().toSeconds(),
        lifetimes.offlineIdle().toSeconds(),
        lifetimes.offlineMax().toSeconds());
  }

  /**
   * The lifetimes this body asks for, {@code defaults} where it names none.
   *
   * @throws org.portcullis.lifetime.InvalidTokenLifetimesException when they break the bounds
   */
  TokenLifetimes over(TokenLifetimes defaults) {
    return new TokenLifetimes(
        or(accessToken, defaults, TokenLifetimes::accessToken),
        or(session, defaults, TokenLifetimes::session),
        or(refreshIdle, defaults, TokenLifetimes::refreshIdle),
        or(refreshMax, defaults, TokenLifetimes::refreshMax),
        or(offlineIdle, defaults, TokenLifetimes::offlineIdle),
        or(offlineMax, defaults, TokenLifetimes::offlineMax));
  }

  private static Duration or(
      Long seconds, TokenLifetimes defaults, Function<TokenLifetimes, Duration> member) {
    return seconds == null ? member.apply(defaults) : Duration.ofSeconds(seconds);
  }
}
