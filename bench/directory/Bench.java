import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP measurements of the SCIM directory against a running platform (loopback only, keep-alive,
 * bounded request counts). Users are named as {@code Load.java} names them.
 *
 * <pre>
 * java Bench.java COMMAND BASE_URL ADMIN_SECRET ARGS...
 *   tenants  ID|PREFIX:FROM:TO ...            create tenants through POST /admin/tenants
 *   create   TENANT FIRST COUNT THREADS       SCIM POST users FIRST..FIRST+COUNT-1
 *   eq       TENANTS USERS REQUESTS [THREADS] filter=userName eq "..." on random existing users
 *   co       TENANT REQUESTS                  filter=userName co "given.family", count=50,
 *                                             random startIndex within the matches
 *   sorted   TENANT REQUESTS                  sortBy=userName&count=50 (the first page)
 *   TENANTS: an id, or PREFIX:FROM:TO for a random one of PREFIX0000..; USERS: users 0..USERS-1
 * </pre>
 *
 * The admin token (client_credentials of the bootstrap admin client, platform:admin) is renewed
 * every four minutes.
 */
public class Bench {

  private static final Pattern TOTAL = Pattern.compile("\"totalResults\"\\s*:\\s*(\\d+)");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"");

  private static final AtomicInteger REPORTED = new AtomicInteger();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI base;
  private final String secret;
  private String token;
  private long tokenAt;

  Bench(URI base, String secret) {
    if (!base.getHost().startsWith("127.") && !base.getHost().equals("localhost")) {
      throw new IllegalArgumentException("loopback only: " + base);
    }
    this.base = base;
    this.secret = secret;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Bench COMMAND BASE_URL ADMIN_SECRET ARGS... (see the source)");
      System.exit(2);
    }
    Bench bench = new Bench(URI.create(args[1]), args[2]);
    List<String> rest = List.of(args).subList(3, args.length);
    switch (args[0]) {
      case "tenants" -> bench.tenants(rest);
      case "create" ->
          bench.create(
              rest.get(0),
              Long.parseLong(rest.get(1)),
              Integer.parseInt(rest.get(2)),
              Integer.parseInt(rest.get(3)));
      case "eq" ->
          bench.eq(
              rest.get(0),
              Long.parseLong(rest.get(1)),
              Integer.parseInt(rest.get(2)),
              rest.size() > 3 ? Integer.parseInt(rest.get(3)) : 1);
      case "co" -> bench.co(rest.get(0), Integer.parseInt(rest.get(1)));
      case "sorted" -> bench.sorted(rest.get(0), Integer.parseInt(rest.get(1)));
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  // --- commands -----------------------------------------------------------------------------

  void tenants(List<String> specs) throws Exception {
    List<String> ids = new ArrayList<>();
    for (String spec : specs) {
      String[] p = spec.split(":");
      if (p.length == 3) {
        for (int i = Integer.parseInt(p[1]); i < Integer.parseInt(p[2]); i++) {
          ids.add(p[0] + String.format(Locale.ROOT, "%04d", i));
        }
      } else {
        ids.add(spec);
      }
    }
    AtomicInteger next = new AtomicInteger();
    Stats stats =
        run(
            ids.size(),
            2,
            i -> {
              String id = ids.get(next.getAndIncrement());
              var r =
                  send(
                      post(
                          base.resolve("/admin/tenants"),
                          "application/json",
                          "{\"id\":\"" + id + "\",\"displayName\":\"Bench " + id + "\"}"));
              return r.statusCode() == 201 || r.statusCode() == 409;
            });
    stats.print("tenants created (POST /admin/tenants, 2 threads)");
  }

  void create(String tenant, long first, int count, int threads) throws Exception {
    AtomicLong next = new AtomicLong(first);
    URI users = scim(tenant, "Users");
    Stats stats =
        run(
            count,
            threads,
            i -> {
              long n = next.getAndIncrement();
              String userName = Load.userName(n);
              String given = Load.capitalize(Load.FIRST[(int) (n % Load.FIRST.length)]);
              String json =
                  "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                      + "\"userName\":\""
                      + userName
                      + "\",\"externalId\":\"hr-"
                      + n
                      + "\",\"name\":{\"givenName\":\""
                      + given
                      + "\"},\"emails\":[{\"value\":\""
                      + userName.toLowerCase(Locale.ROOT)
                      + "@"
                      + tenant
                      + ".example\",\"type\":\"work\",\"primary\":true}]}";
              return send(post(users, "application/scim+json", json)).statusCode() == 201;
            });
    stats.print("create " + tenant + " (SCIM POST /Users, " + threads + " threads)");
  }

  void eq(String tenants, long users, int requests, int threads) throws Exception {
    warmUp(() -> eqOnce(tenants, users));
    Stats stats = run(requests, threads, i -> eqOnce(tenants, users));
    stats.print("eq " + tenants + " (userName eq, " + threads + " thread(s))");
  }

  private boolean eqOnce(String tenants, long users) throws Exception {
    long n = ThreadLocalRandom.current().nextLong(users);
    String filter = "userName eq \"" + Load.userName(n) + "\"";
    var r = send(get(scim(pick(tenants), "Users?filter=" + encode(filter))));
    return r.statusCode() == 200 && total(r.body()) == 1;
  }

  void co(String tenant, int requests) throws Exception {
    warmUp(() -> coOnce(tenant));
    Stats stats = run(requests, 1, i -> coOnce(tenant));
    stats.print("co " + tenant + " (userName co \"given.family\", count=50, random page)");
  }

  private boolean coOnce(String tenant) throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String term =
        Load.FIRST[random.nextInt(Load.FIRST.length)]
            + "."
            + Load.LAST[random.nextInt(Load.LAST.length)];
    // 1,000,000 users: 400 per given.family pair; pages start anywhere in the first 351.
    String query =
        "Users?filter="
            + encode("userName co \"" + term + "\"")
            + "&startIndex="
            + (1 + random.nextInt(351))
            + "&count=50";
    var r = send(get(scim(tenant, query)));
    return r.statusCode() == 200 && total(r.body()) > 0;
  }

  void sorted(String tenant, int requests) throws Exception {
    warmUp(() -> sortedOnce(tenant));
    Stats stats = run(requests, 1, i -> sortedOnce(tenant));
    stats.print("sorted " + tenant + " (sortBy=userName&count=50, first page)");
  }

  private boolean sortedOnce(String tenant) throws Exception {
    var r = send(get(scim(tenant, "Users?sortBy=userName&sortOrder=ascending&count=50")));
    return r.statusCode() == 200 && count(ID, r.body()) >= 50;
  }

  // --- harness ------------------------------------------------------------------------------

  interface Call {
    boolean run(int i) throws Exception;
  }

  interface Once {
    boolean run() throws Exception;
  }

  private static void warmUp(Once once) throws Exception {
    for (int i = 0; i < 50; i++) {
      once.run();
    }
  }

  /** {@code count} calls on {@code threads} threads; each call's latency in microseconds. */
  private static Stats run(int count, int threads, Call call) throws Exception {
    long[] micros = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                      ok = call.run(i);
                    } catch (Exception e) {
                      ok = false;
                      if (failures.get() < 3) {
                        System.err.println("call failed: " + e);
                      }
                    }
                    micros[i] = (System.nanoTime() - t0) / 1_000;
                    if (!ok) {
                      failures.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Stats(micros, failures.get(), System.nanoTime() - started);
  }

  record Stats(long[] micros, int failures, long elapsedNanos) {
    void print(String what) {
      long[] sorted = micros.clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%-62s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms %.0f req/s failures=%d%n",
          what,
          sorted.length,
          pct(sorted, 50),
          pct(sorted, 95),
          pct(sorted, 99),
          sorted[sorted.length - 1] / 1000.0,
          sorted.length / (elapsedNanos / 1e9),
          failures);
    }

    private static double pct(long[] sorted, double p) {
      int rank = (int) Math.ceil(p / 100 * sorted.length); // nearest rank
      return sorted[Math.max(0, rank - 1)] / 1000.0;
    }
  }

  // --- HTTP ---------------------------------------------------------------------------------

  private String pick(String tenants) {
    String[] p = tenants.split(":");
    if (p.length != 3) {
      return tenants;
    }
    int i = ThreadLocalRandom.current().nextInt(Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    return p[0] + String.format(Locale.ROOT, "%04d", i);
  }

  private URI scim(String tenant, String path) {
    return base.resolve("/t/" + tenant + "/scim/v2/" + path);
  }

  private HttpRequest get(URI uri) throws Exception {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token())
        .header("Accept", "application/scim+json")
        .GET()
        .build();
  }

  private HttpRequest post(URI uri, String type, String body) throws Exception {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token())
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 400 && REPORTED.incrementAndGet() <= 3) {
      System.err.println(request.method() + " " + request.uri() + " -> " + r.statusCode() + " "
          + r.body().substring(0, Math.min(300, r.body().length())));
    }
    return r;
  }

  /** The admin token, renewed after four minutes (it lives five). */
  private synchronized String token() throws Exception {
    if (token == null || System.nanoTime() - tokenAt > 240e9) {
      String basic =
          Base64.getEncoder()
              .encodeToString(("bootstrap-admin:" + secret).getBytes(StandardCharsets.UTF_8));
      var r =
          http.send(
              HttpRequest.newBuilder(base.resolve("/t/system/token"))
                  .header("Authorization", "Basic " + basic)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
      if (r.statusCode() != 200 || !m.find()) {
        throw new IllegalStateException("no admin token: " + r.statusCode() + " " + r.body());
      }
      token = m.group(1);
      tokenAt = System.nanoTime();
    }
    return token;
  }

  private static long total(String body) {
    Matcher m = TOTAL.matcher(body);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static int count(Pattern p, String body) {
    Matcher m = p.matcher(body);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
