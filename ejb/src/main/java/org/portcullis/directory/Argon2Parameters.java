package org.portcullis.directory;

/**
 * Argon2id cost parameters. The defaults are OWASP's minimum for Argon2id: 19 MiB of memory, 2
 * iterations, parallelism 1.
 */
public record Argon2Parameters(int memoryKib, int iterations, int parallelism) {

  public static final Argon2Parameters OWASP = new Argon2Parameters(19 * 1024, 2, 1);

  public Argon2Parameters {
    if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
      throw new IllegalArgumentException("Argon2 needs m >= 8p, t >= 1 and p >= 1");
    }
  }
}
