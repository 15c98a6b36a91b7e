import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the platform's CPU goes, from a JFR recording's {@code jdk.ExecutionSample} events: each
 * sample is charged to one category (see {@link #categorize}), so that the shares add up to 100 %;
 * plus the Portcullis methods on the stack and the hottest leaf methods.
 *
 * <pre>java JfrReport.java RECORDING.jfr [TOP]</pre>
 */
public class JfrReport {

  /** Category, and the frame prefixes (class.method) that put a sample in it; first match wins. */
  static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

  static {
    cat("JFR itself", "jdk.jfr.");
    cat(
        "throttle: check (query before authentication)",
        "org.portcullis.ratelimit.ThrottleCounters.retryAfter",
        "org.portcullis.ratelimit.Throttle.check");
    cat(
        "throttle: clear on success (REQUIRES_NEW tx + query)",
        "org.portcullis.ratelimit.ThrottleCounters.clear",
        "org.portcullis.ratelimit.Throttle.succeeded");
    cat("client lookup (ClientRegistry.find, JPA)", "org.portcullis.client.ClientRegistry.");
    cat("secret hashing (SHA-256)", "org.portcullis.client.SecretHash.");
    cat("refresh token rotation (RefreshTokens)", "org.portcullis.token.RefreshTokens.");
    cat(
        "SSO session / user lookup",
        "org.portcullis.session.",
        "org.portcullis.token.UserTokens.activeUser");
    cat("ID token minting", "org.portcullis.token.IdTokenMinter.");
    cat(
        "key lookup (SigningKeys.activeSigner)",
        "org.portcullis.key.SigningKeys.activeSigner",
        "org.portcullis.key.SignerCache.");
    cat(
        "ES256 signature (JCA ECDSA)",
        "sun.security.ec.",
        "sun.security.util.math.",
        "com.nimbusds.jose.crypto.ECDSASigner.sign",
        "java.security.Signature.");
    cat(
        "JWT building/serialization (Nimbus)",
        "com.nimbusds.",
        "org.portcullis.token.AccessTokenMinter.");
    cat("audit trail", "org.portcullis.audit.");
    cat("tenant scope / isolation interceptor", "org.portcullis.tenant.");
    cat("other Portcullis code", "org.portcullis.");
    cat(
        "EJB container / CDI / transactions",
        "com.sun.ejb.",
        "org.jboss.weld.",
        "com.sun.enterprise.transaction.",
        "com.sun.jts.",
        "org.glassfish.ejb.",
        "com.sun.enterprise.");
    cat("JPA (EclipseLink) outside the above", "org.eclipse.persistence.");
    cat("H2 database outside the above", "org.h2.");
    cat("JSON-P", "org.glassfish.json.", "jakarta.json.", "org.eclipse.parsson.");
    cat("Jersey (JAX-RS)", "org.glassfish.jersey.");
    cat(
        "Grizzly / servlet / HTTP",
        "org.glassfish.grizzly.",
        "org.apache.catalina.",
        "org.apache.coyote.",
        "com.sun.enterprise.web.",
        "org.glassfish.web.",
        "fish.payara.");
  }

  static void cat(String name, String... prefixes) {
    CATEGORIES.put(name, List.of(prefixes));
  }

  public static void main(String[] args) throws Exception {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Integer> byCategory = new LinkedHashMap<>();
    CATEGORIES.keySet().forEach(k -> byCategory.put(k, 0));
    byCategory.put("other (JDK, runtime, threads)", 0);
    Map<String, Integer> leaves = new HashMap<>();
    Map<String, Integer> portcullisInclusive = new HashMap<>();
    int total = 0;
    try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
      while (file.hasMoreEvents()) {
        RecordedEvent e = file.readEvent();
        if (!e.getEventType().getName().equals("jdk.ExecutionSample")
            || e.getStackTrace() == null) {
          continue;
        }
        total++;
        List<String> frames = new ArrayList<>();
        for (RecordedFrame f : e.getStackTrace().getFrames()) {
          frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
        }
        if (!frames.isEmpty()) {
          leaves.merge(frames.get(0), 1, Integer::sum);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String f : frames) {
          if (f.startsWith("org.portcullis.") && seen.add(f)) {
            portcullisInclusive.merge(f, 1, Integer::sum);
          }
        }
        byCategory.merge(categorize(frames), 1, Integer::sum);
      }
    }
    System.out.printf(
        Locale.ROOT, "%d execution samples%n%nshare by category (first match):%n", total);
    for (var entry : byCategory.entrySet()) {
      if (entry.getValue() > 0) {
        System.out.printf(
            Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * entry.getValue() / total, entry.getKey());
      }
    }
    System.out.printf(Locale.ROOT, "%nPortcullis methods, inclusive (on the stack):%n");
    print(portcullisInclusive, total, top);
    System.out.printf(Locale.ROOT, "%nhottest leaf frames (self time):%n");
    print(leaves, total, top);
  }

  /**
   * A sample's category: the first of the operations (up to and including {@value #LAST_OPERATION})
   * anywhere on its stack, in declaration order; otherwise the layer of the innermost frame that
   * belongs to one (the container, JPA, Jersey, ...), so that the resource method on every stack
   * does not swallow the layers below it.
   */
  static String categorize(List<String> frames) {
    for (var category : CATEGORIES.entrySet()) {
      for (String frame : frames) {
        if (matches(category.getValue(), frame)) {
          return category.getKey();
        }
      }
      if (category.getKey().equals(LAST_OPERATION)) {
        break;
      }
    }
    boolean layers = false;
    for (String frame : frames) { // leaf first
      layers = false;
      for (var category : CATEGORIES.entrySet()) {
        if (category.getKey().equals(LAST_OPERATION)) {
          layers = true;
          continue;
        }
        if (layers && matches(category.getValue(), frame)) {
          return category.getKey();
        }
      }
    }
    return "other (JDK, runtime, threads)";
  }

  static final String LAST_OPERATION = "audit trail";

  static boolean matches(List<String> prefixes, String frame) {
    for (String prefix : prefixes) {
      if (frame.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  static void print(Map<String, Integer> counts, int total, int top) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
  }
}
