package org.portcullis.directory.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The blocklist of common passwords: NIST SP 800-63B §5.1.1.2 requires comparing a prospective
 * password with "passwords obtained from previous breach corpuses".
 *
 * <p>The shipped list ({@link #shipped()}) is the resource {@code common-passwords.txt} beside this
 * class: the 30,000 entries of the "passwords" frequency list of zxcvbn 4.4.2 (npm package {@code
 * zxcvbn}, Dropbox, MIT licence, copyright 2012-2016 Dan Wheeler and Dropbox, Inc.), built by
 * zxcvbn from Mark Burnett's ten-million-password corpus, which he released to the public domain.
 * The resource's header carries the notice.
 *
 * <p>Matching is case-insensitive after NFKC normalization: {@code PassWord} and the full-width
 * {@code ｐａｓｓｗｏｒｄ} both hit {@code password}. The entries are held as one sorted {@code String[]}
 * searched by binary search, rather than a {@code HashSet}: the set would add a node of about 32
 * bytes per entry plus its table (about 1.2 MiB more for 30,000 entries), while a lookup in the
 * array costs 15 comparisons, and lookups happen only when a password is set. The shipped list
 * takes about 1.5 MiB of heap. Instances are immutable and safe to share between threads.
 */
public final class CommonPasswords {

  static final String RESOURCE = "common-passwords.txt";

  private final String[] sorted;

  private CommonPasswords(String[] sorted) {
    this.sorted = sorted;
  }

  /** The list shipped in the jar, read once, on first use. */
  public static CommonPasswords shipped() {
    return Shipped.LIST;
  }

  /** A list of the given passwords (for a tenant's own list, or a test). */
  public static CommonPasswords of(String... passwords) {
    return new CommonPasswords(canonicalSorted(Arrays.asList(passwords)));
  }

  /**
   * Reads a list: one password a line; blank lines and lines starting with {@code #} are skipped.
   * The reader is not closed.
   */
  public static CommonPasswords read(Reader reader) throws IOException {
    List<String> entries = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        entries.add(line);
      }
    }
    return new CommonPasswords(canonicalSorted(entries));
  }

  /** True when {@code password}, normalized with NFKC and lower-cased, is on the list. */
  public boolean contains(CharSequence password) {
    return containsCanonical(canonical(password));
  }

  /** The number of distinct entries. */
  public int size() {
    return sorted.length;
  }

  boolean containsCanonical(String canonicalPassword) {
    return Arrays.binarySearch(sorted, canonicalPassword) >= 0;
  }

  /** The form entries and candidates are compared in: NFKC, then lower case (root locale). */
  static String canonical(CharSequence text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static String[] canonicalSorted(List<String> entries) {
    return entries.stream()
        .map(Objects::requireNonNull)
        .map(CommonPasswords::canonical)
        .distinct()
        .sorted()
        .toArray(String[]::new);
  }

  /** Holder idiom: the JVM loads the shipped list once, lazily and thread-safely. */
  private static final class Shipped {
    static final CommonPasswords LIST = load();

    private static CommonPasswords load() {
      try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
