package org.portcullis.lifetime;

import java.time.Duration;

/**
 * The lifetimes a tenant gives what it issues, valid by construction.
 *
 * @param accessToken the access token lifetime of clients registered without {@code
 *     access_token_lifetime}: 60 to 3600 seconds (contract); a client's own value wins
 * @param session how long an SSO session lasts after sign-in: 5 minutes to 30 days
 * @param refreshIdle how long a refresh token bound to the session may go unused: at least a
 *     minute, at most {@code refreshMax}
 * @param refreshMax the absolute lifetime of a refresh token family bound to the session: at most
 *     365 days
 * @param offlineIdle the idle lifetime of {@code offline_access} refresh tokens: at least a minute,
 *     at most {@code offlineMax}
 * @param offlineMax the absolute lifetime of an {@code offline_access} family: at most 365 days
 */
public record TokenLifetimes(
    Duration accessToken,
    Duration session,
    Duration refreshIdle,
    Duration refreshMax,
    Duration offlineIdle,
    Duration offlineMax) {

  public static final Duration MIN_ACCESS_TOKEN = Duration.ofSeconds(60);
  public static final Duration MAX_ACCESS_TOKEN = Duration.ofSeconds(3600);

  /** The contract's default access token lifetime. */
  public static final Duration DEFAULT_ACCESS_TOKEN = Duration.ofSeconds(300);

  public static final Duration MIN_SESSION = Duration.ofMinutes(5);
  public static final Duration MAX_SESSION = Duration.ofDays(30);
  public static final Duration MIN_REFRESH_IDLE = Duration.ofMinutes(1);
  public static final Duration MAX_REFRESH = Duration.ofDays(365);

  /**
   * @throws InvalidTokenLifetimesException naming the first lifetime out of bounds
   */
  public TokenLifetimes {
    within("accessToken (access token lifetime)", accessToken, MIN_ACCESS_TOKEN, MAX_ACCESS_TOKEN);
    within("session (SSO session lifetime)", session, MIN_SESSION, MAX_SESSION);
    within("refreshMax (refresh token maximum)", refreshMax, MIN_REFRESH_IDLE, MAX_REFRESH);
    within("refreshIdle (refresh token idle lifetime)", refreshIdle, MIN_REFRESH_IDLE, refreshMax);
    within("offlineMax (offline token maximum)", offlineMax, MIN_REFRESH_IDLE, MAX_REFRESH);
    within("offlineIdle (offline token idle lifetime)", offlineIdle, MIN_REFRESH_IDLE, offlineMax);
  }

  private static void within(String name, Duration value, Duration min, Duration max) {
    if (value == null) {
      throw new InvalidTokenLifetimesException(name + " is missing");
    }
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new InvalidTokenLifetimesException(
          name + " must be " + readable(min) + " to " + readable(max) + ", not " + readable(value));
    }
  }

  /** {@code 90 s}, {@code 30 min}, {@code 10 h}, {@code 30 d}: the largest unit that is exact. */
  static String readable(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds != 0 && seconds % 86_400 == 0) {
      return seconds / 86_400 + " d";
    }
    if (seconds != 0 && seconds % 3_600 == 0) {
      return seconds / 3_600 + " h";
    }
    if (seconds != 0 && seconds % 60 == 0) {
      return seconds / 60 + " min";
    }
    return seconds + " s";
  }

  /** The lifetimes with {@code accessToken} changed. */
  public TokenLifetimes withAccessToken(Duration accessToken) {
    return new TokenLifetimes(
        accessToken, session, refreshIdle, refreshMax, offlineIdle, offlineMax);
  }
}
