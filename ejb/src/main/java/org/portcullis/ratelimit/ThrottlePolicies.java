package org.portcullis.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The policy of each {@link ThrottleKey.Reach}, from MicroProfile Config (an environment variable
 * such as {@code PORTCULLIS_THROTTLE_ADDRESS_FAILURES}, or the same key as a system property).
 *
 * <p>Defaults: a subject at one address has 5 free failures in a 15-minute window, then waits 1 s,
 * 2 s, 4 s ... at most 15 minutes; a subject across all addresses has 100 free failures in an hour,
 * then waits 1 s, 2 s ... at most 30 s, which slows a distributed attack and never keeps the real
 * user out for longer than that.
 */
@ApplicationScoped
public class ThrottlePolicies {

  private ThrottlePolicy atAddress = new ThrottlePolicy(5, minutes(15), seconds(1), minutes(15));
  private ThrottlePolicy subject = new ThrottlePolicy(100, minutes(60), seconds(1), seconds(30));

  public ThrottlePolicies() {}

  /** Fixed policies (tests). */
  public ThrottlePolicies(ThrottlePolicy atAddress, ThrottlePolicy subject) {
    this.atAddress = atAddress;
    this.subject = subject;
  }

  @Inject
  void configure(
      @ConfigProperty(name = "portcullis.throttle.address.failures", defaultValue = "5")
          int addressFailures,
      @ConfigProperty(name = "portcullis.throttle.address.window-seconds", defaultValue = "900")
          long addressWindow,
      @ConfigProperty(name = "portcullis.throttle.address.first-delay-seconds", defaultValue = "1")
          long addressFirst,
      @ConfigProperty(name = "portcullis.throttle.address.max-delay-seconds", defaultValue = "900")
          long addressMax,
      @ConfigProperty(name = "portcullis.throttle.subject.failures", defaultValue = "100")
          int subjectFailures,
      @ConfigProperty(name = "portcullis.throttle.subject.window-seconds", defaultValue = "3600")
          long subjectWindow,
      @ConfigProperty(name = "portcullis.throttle.subject.first-delay-seconds", defaultValue = "1")
          long subjectFirst,
      @ConfigProperty(name = "portcullis.throttle.subject.max-delay-seconds", defaultValue = "30")
          long subjectMax) {
    this.atAddress =
        new ThrottlePolicy(
            addressFailures, seconds(addressWindow), seconds(addressFirst), seconds(addressMax));
    this.subject =
        new ThrottlePolicy(
            subjectFailures, seconds(subjectWindow), seconds(subjectFirst), seconds(subjectMax));
  }

  /** The policy for keys of {@code reach}. */
  public ThrottlePolicy of(ThrottleKey.Reach reach) {
    return switch (reach) {
      case SUBJECT_AT_ADDRESS -> atAddress;
      case SUBJECT -> subject;
    };
  }

  private static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  private static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }
}
