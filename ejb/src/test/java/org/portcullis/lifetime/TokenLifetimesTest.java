package org.portcullis.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenLifetimesTest {

  private static TokenLifetimes of(
      long access, long session, long refreshIdle, long refreshMax, long offlineIdle, long max) {
    return new TokenLifetimes(
        Duration.ofSeconds(access),
        Duration.ofSeconds(session),
        Duration.ofSeconds(refreshIdle),
        Duration.ofSeconds(refreshMax),
        Duration.ofSeconds(offlineIdle),
        Duration.ofSeconds(max));
  }

  @Test
  void theBoundsThemselvesAreAllowed() {
    of(60, 300, 60, 60, 60, 60);
    of(3600, 30 * 86_400, 365 * 86_400, 365 * 86_400, 365 * 86_400, 365 * 86_400);
  }

  @Test
  void accessTokensLive60To3600SecondsAsTheContractSays() {
    var short_ =
        assertThrows(InvalidTokenLifetimesException.class, () -> of(59, 300, 60, 60, 60, 60));
    assertEquals(
        "accessToken (access token lifetime) must be 1 min to 1 h, not 59 s", short_.getMessage());
    assertThrows(InvalidTokenLifetimesException.class, () -> of(3601, 300, 60, 60, 60, 60));
  }

  @Test
  void aSessionLivesFiveMinutesToThirtyDays() {
    assertThrows(InvalidTokenLifetimesException.class, () -> of(300, 299, 60, 60, 60, 60));
    var long_ =
        assertThrows(
            InvalidTokenLifetimesException.class, () -> of(300, 31 * 86_400, 60, 60, 60, 60));
    assertEquals(
        "session (SSO session lifetime) must be 5 min to 30 d, not 31 d", long_.getMessage());
  }

  @Test
  void anIdleLifetimeFitsInItsAbsoluteOne() {
    var refresh =
        assertThrows(InvalidTokenLifetimesException.class, () -> of(300, 300, 7200, 3600, 60, 60));
    assertEquals(
        "refreshIdle (refresh token idle lifetime) must be 1 min to 1 h, not 2 h",
        refresh.getMessage());
    assertThrows(InvalidTokenLifetimesException.class, () -> of(300, 300, 60, 60, 120, 61));
    assertThrows(
        InvalidTokenLifetimesException.class, () -> of(300, 300, 60, 366 * 86_400, 60, 60));
    assertThrows(InvalidTokenLifetimesException.class, () -> of(300, 300, 59, 60, 60, 60));
  }

  @Test
  void nothingIsMissingOrNegative() {
    var missing =
        assertThrows(
            InvalidTokenLifetimesException.class,
            () -> new TokenLifetimes(null, null, null, null, null, null));
    assertEquals("accessToken (access token lifetime) is missing", missing.getMessage());
    assertThrows(InvalidTokenLifetimesException.class, () -> of(-300, 300, 60, 60, 60, 60));
  }

  @Test
  void durationsReadInTheirLargestExactUnit() {
    assertEquals("90 s", TokenLifetimes.readable(Duration.ofSeconds(90)));
    assertEquals("30 min", TokenLifetimes.readable(Duration.ofMinutes(30)));
    assertEquals("10 h", TokenLifetimes.readable(Duration.ofHours(10)));
    assertEquals("60 d", TokenLifetimes.readable(Duration.ofDays(60)));
    assertEquals("0 s", TokenLifetimes.readable(Duration.ZERO));
  }
}
