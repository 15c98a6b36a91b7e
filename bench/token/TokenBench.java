import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on a tenant's token endpoint over HTTP/1.1 keep-alive on loopback (see README.md).
 *
 * <pre>
 * java TokenBench setup BASE ADMIN_SECRET TENANT USERS STATE
 *     a tenant, a client_credentials client, a first-party code-flow client, USERS users (SCIM,
 *     with a password) and one refresh token per user through the real authorization code flow
 *     (hosted login form POST with cookies, PKCE S256, code exchange); written to STATE
 * java TokenBench load BASE STATE GRANT CONCURRENCY WARMUP_S MEASURE_S MAX_REQUESTS [PID]
 *     GRANT: client_credentials | refresh_token. Each worker owns one keep-alive connection (and
 *     for refresh_token its own chain: user number = worker number, always the newest token).
 *     Warm-up and measurement are bounded by time and by MAX_REQUESTS each. PID: the platform's
 *     process, whose CPU time is reported. The newest refresh tokens are written back to STATE.
 * </pre>
 *
 * The load phase uses a minimal HTTP/1.1 client on plain sockets (one connection per worker,
 * requests built once), so that the client takes as little as possible of the cores it shares with
 * the platform; setup uses the JDK's HttpClient with a cookie store, like a browser.
 */
public class TokenBench {

  static final String PASSWORD = "correct horse battery staple";
  static final String REDIRECT = "http://127.0.0.1:9/cb";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: see the source");
      System.exit(2);
    }
    switch (args[0]) {
      case "setup" ->
          setup(URI.create(args[1]), args[2], args[3], Integer.parseInt(args[4]), Path.of(args[5]));
      case "load" ->
          load(
              URI.create(args[1]),
              Path.of(args[2]),
              args[3],
              Integer.parseInt(args[4]),
              Integer.parseInt(args[5]),
              Integer.parseInt(args[6]),
              Long.parseLong(args[7]),
              args.length > 8 ? Long.parseLong(args[8]) : -1);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  static URI loopback(URI base) {
    String host = base.getHost();
    if (!host.startsWith("127.") && !host.equals("localhost")) {
      throw new IllegalArgumentException("loopback only: " + base);
    }
    return base;
  }

  // --- setup --------------------------------------------------------------------------------

  static void setup(URI base, String adminSecret, String tenant, int users, Path state)
      throws Exception {
    loopback(base);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String admin = "Bearer " + clientCredentials(http, base, "bootstrap-admin", adminSecret);
    var created =
        send(
            http,
            json(base.resolve("/admin/tenants"), admin, "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"id\":\"" + tenant + "\",\"displayName\":\"Token bench\"}")));
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw new IllegalStateException("tenant: " + created.statusCode() + " " + created.body());
    }
    String issuer = base.resolve("/t/" + tenant).toString();
    String discovery =
        send(http, HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration")))
            .body();
    Properties p = new Properties();
    p.setProperty("tenant", tenant);
    p.setProperty("token_endpoint", member(discovery, "token_endpoint"));
    p.setProperty("authorization_endpoint", member(discovery, "authorization_endpoint"));
    String registration = member(discovery, "registration_endpoint");

    String service =
        register(
            http,
            registration,
            admin,
            "{\"client_name\":\"Token bench service\",\"grant_types\":[\"client_credentials\"],"
                + "\"token_endpoint_auth_method\":\"client_secret_basic\",\"scope\":\"reports:read\"}");
    p.setProperty("cc.id", member(service, "client_id"));
    p.setProperty("cc.secret", member(service, "client_secret"));
    String app =
        register(
            http,
            registration,
            admin,
            "{\"client_name\":\"Token bench app\",\"redirect_uris\":[\""
                + REDIRECT
                + "\"],\"grant_types\":[\"authorization_code\",\"refresh_token\"],"
                + "\"token_endpoint_auth_method\":\"client_secret_basic\","
                + "\"scope\":\"openid profile email offline_access\",\"first_party\":true}");
    p.setProperty("rt.id", member(app, "client_id"));
    p.setProperty("rt.secret", member(app, "client_secret"));
    p.setProperty("users", Integer.toString(users));

    long t0 = System.nanoTime();
    for (int i = 0; i < users; i++) {
      String userName = userName(i);
      var user =
          send(
              http,
              json(URI.create(issuer + "/scim/v2/Users"), admin, "application/scim+json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                              + "\"userName\":\""
                              + userName
                              + "\",\"password\":\""
                              + PASSWORD
                              + "\",\"name\":{\"givenName\":\"Bench\",\"familyName\":\"User "
                              + i
                              + "\"},\"emails\":[{\"value\":\""
                              + userName
                              + "@example.org\",\"primary\":true}],"
                              + "\"roles\":[{\"value\":\"reader\"}]}")));
      if (user.statusCode() != 201 && user.statusCode() != 409) {
        throw new IllegalStateException("user: " + user.statusCode() + " " + user.body());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d users created through SCIM in %.1f s%n",
        users,
        (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    for (int i = 0; i < users; i++) {
      p.setProperty("chain." + i, signIn(p, i));
    }
    System.out.printf(
        Locale.ROOT,
        "%d refresh tokens through the authorization code flow in %.1f s%n",
        users,
        (System.nanoTime() - t0) / 1e9);
    save(p, state);
  }

  static String userName(int i) {
    return String.format(Locale.ROOT, "bench%04d", i);
  }

  /**
   * The authorization code flow as a browser and a confidential client do it: authorize with PKCE
   * S256, the hosted sign-in form posted with the browser's cookies, the code redeemed with
   * client_secret_basic. Returns the refresh token.
   */
  static String signIn(Properties p, int user) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String verifier = B64URL.encodeToString(random);
    String challenge =
        B64URL.encodeToString(
            MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    String state = B64URL.encodeToString(Arrays.copyOf(random, 12));
    URI authorize =
        URI.create(
            p.getProperty("authorization_endpoint")
                + "?"
                + form(
                    "response_type",
                    "code",
                    "client_id",
                    p.getProperty("rt.id"),
                    "redirect_uri",
                    REDIRECT,
                    "scope",
                    "openid profile",
                    "state",
                    state,
                    "nonce",
                    state + "n",
                    "code_challenge",
                    challenge,
                    "code_challenge_method",
                    "S256"));
    HttpResponse<String> page = send(browser, HttpRequest.newBuilder(authorize));
    for (int hops = 0; hops < 5 && page.statusCode() / 100 == 3; hops++) {
      page = send(browser, HttpRequest.newBuilder(page.uri().resolve(location(page))));
    }
    if (page.statusCode() != 200) {
      throw new IllegalStateException("no sign-in page: " + page.statusCode() + " " + page.body());
    }
    Matcher action =
        Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"").matcher(page.body());
    Matcher request = Pattern.compile("name=\"request\" value=\"([^\"]*)\"").matcher(page.body());
    if (!action.find() || !request.find()) {
      throw new IllegalStateException("no sign-in form: " + page.body());
    }
    HttpResponse<String> back =
        send(
            browser,
            HttpRequest.newBuilder(page.uri().resolve(unescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            "request", unescape(request.group(1)),
                            "username", userName(user),
                            "password", PASSWORD))));
    if (back.statusCode() != 303 && back.statusCode() != 302) {
      throw new IllegalStateException("sign-in refused: " + back.statusCode() + " " + back.body());
    }
    URI callback = URI.create(location(back));
    String query = callback.getRawQuery() == null ? "" : callback.getRawQuery();
    String code = null;
    String returnedState = null;
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = pair.substring(0, Math.max(eq, 0));
      String value = java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (name.equals("code")) {
        code = value;
      } else if (name.equals("state")) {
        returnedState = value;
      }
    }
    if (code == null || !state.equals(returnedState)) {
      throw new IllegalStateException("no code for the client: " + callback);
    }
    var tokens =
        send(
            browser,
            HttpRequest.newBuilder(URI.create(p.getProperty("token_endpoint")))
                .header("Authorization", basic(p.getProperty("rt.id"), p.getProperty("rt.secret")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            "grant_type", "authorization_code",
                            "code", code,
                            "redirect_uri", REDIRECT,
                            "code_verifier", verifier))));
    if (tokens.statusCode() != 200) {
      throw new IllegalStateException(
          "code exchange: " + tokens.statusCode() + " " + tokens.body());
    }
    return member(tokens.body(), "refresh_token");
  }

  private static String clientCredentials(HttpClient http, URI base, String id, String secret)
      throws Exception {
    var r =
        send(
            http,
            HttpRequest.newBuilder(base.resolve("/t/system/token"))
                .header("Authorization", basic(id, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("admin token: " + r.statusCode() + " " + r.body());
    }
    return member(r.body(), "access_token");
  }

  private static String register(HttpClient http, String endpoint, String admin, String json)
      throws Exception {
    var r =
        send(
            http,
            json(URI.create(endpoint), admin, "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    if (r.statusCode() != 201) {
      throw new IllegalStateException("registration: " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  private static HttpRequest.Builder json(URI uri, String authorization, String type) {
    return HttpRequest.newBuilder(uri)
        .header("Authorization", authorization)
        .header("Content-Type", type)
        .header("Accept", type);
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request)
      throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String location(HttpResponse<String> r) {
    return r.headers()
        .firstValue("Location")
        .orElseThrow(() -> new IllegalStateException("no Location: " + r.statusCode()));
  }

  static String member(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1).replace("\\/", "/");
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&#61;", "=")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  static String form(String... pairs) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (i > 0) {
        s.append('&');
      }
      s.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return s.toString();
  }

  static String basic(String id, String secret) {
    String pair =
        URLEncoder.encode(id, StandardCharsets.UTF_8)
            + ":"
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  static void save(Properties p, Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp)) {
      p.store(w, "token bench state: clients, secrets and the newest refresh token per user");
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static Properties read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    return p;
  }

  // --- load ---------------------------------------------------------------------------------

  static final Pattern REFRESH = Pattern.compile("\"refresh_token\"\\s*:\\s*\"([^\"]+)\"");

  static void load(
      URI base,
      Path statePath,
      String grant,
      int concurrency,
      int warmupSeconds,
      int measureSeconds,
      long maxRequests,
      long platformPid)
      throws Exception {
    loopback(base);
    Properties state = read(statePath);
    URI endpoint = URI.create(state.getProperty("token_endpoint"));
    boolean refresh = grant.equals("refresh_token");
    if (!refresh && !grant.equals("client_credentials")) {
      throw new IllegalArgumentException("grant: client_credentials or refresh_token");
    }
    if (refresh && concurrency > Integer.parseInt(state.getProperty("users"))) {
      throw new IllegalArgumentException("more workers than refresh chains (users)");
    }
    String authorization =
        refresh
            ? basic(state.getProperty("rt.id"), state.getProperty("rt.secret"))
            : basic(state.getProperty("cc.id"), state.getProperty("cc.secret"));
    String head =
        "POST "
            + endpoint.getRawPath()
            + " HTTP/1.1\r\nHost: "
            + endpoint.getRawAuthority()
            + "\r\nAuthorization: "
            + authorization
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: application/json"
            + "\r\nContent-Length: ";

    String[] chains = new String[concurrency];
    for (int w = 0; w < concurrency && refresh; w++) {
      chains[w] = state.getProperty("chain." + w);
    }
    AtomicInteger repairs = new AtomicInteger();
    AtomicInteger reported = new AtomicInteger();

    Phase warmup = new Phase(concurrency);
    Phase measured = new Phase(concurrency);
    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    CountDownLatch warm = new CountDownLatch(concurrency);
    CountDownLatch go = new CountDownLatch(1);
    long[] measureWindow = new long[2];
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      int worker = w;
      Thread t =
          new Thread(
              () -> {
                Connection c = new Connection(endpoint);
                try {
                  warmup.run(
                      worker,
                      warmupEnd,
                      maxRequests,
                      () -> c,
                      head,
                      refresh,
                      chains,
                      state,
                      repairs,
                      reported);
                  warm.countDown();
                  go.await();
                  measured.run(
                      worker,
                      measureWindow[1],
                      maxRequests,
                      () -> c,
                      head,
                      refresh,
                      chains,
                      state,
                      repairs,
                      reported);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  c.close();
                }
              },
              "worker-" + w);
      t.start();
      workers.add(t);
    }
    warm.await();
    // Measured window starts once every worker has finished warming up.
    Cpu before = Cpu.now(platformPid);
    measureWindow[0] = System.nanoTime();
    measureWindow[1] = measureWindow[0] + measureSeconds * 1_000_000_000L;
    go.countDown();
    for (Thread t : workers) {
      t.join();
    }
    long elapsed = System.nanoTime() - measureWindow[0];
    Cpu after = Cpu.now(platformPid);

    if (refresh) {
      for (int w = 0; w < concurrency; w++) {
        state.setProperty("chain." + w, chains[w]);
      }
      save(state, statePath);
    }
    long[] micros = measured.latencies();
    long n = micros.length;
    double seconds = elapsed / 1e9;
    double machineTicks = after.machineTotal - before.machineTotal;
    double busy = (after.machineBusy - before.machineBusy) / machineTicks;
    double platformShare = (after.process - before.process) / machineTicks;
    double clientShare = (after.self - before.self) / machineTicks;
    System.out.printf(
        Locale.ROOT,
        "%-18s c=%-2d warm-up %d req (%d errors) | measured %.1f s n=%d %.0f req/s"
            + " p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.1f ms errors=%d%s"
            + " | CPU of 2 cores: machine %.0f%%, platform %.0f%% (%.2f ms CPU/req),"
            + " bench client %.0f%%, others %.0f%% | load %s%n",
        grant,
        concurrency,
        warmup.count(),
        warmup.errors.get(),
        seconds,
        n,
        n / seconds,
        pct(micros, 50),
        pct(micros, 95),
        pct(micros, 99),
        micros.length == 0 ? 0 : micros[micros.length - 1] / 1000.0,
        measured.errors.get(),
        refresh ? " chain repairs=" + repairs.get() : "",
        100 * busy,
        100 * platformShare,
        platformPid > 0 && n > 0
            ? (after.process - before.process) * 10.0 / n // ticks are 10 ms
            : Double.NaN,
        100 * clientShare,
        100 * Math.max(0, busy - platformShare - clientShare),
        Files.readString(Path.of("/proc/loadavg")).substring(0, 14).strip());
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length); // nearest rank
    return sorted[Math.max(0, rank - 1)] / 1000.0;
  }

  interface ConnectionSupplier {
    Connection get();
  }

  /** One bounded phase: per-worker latency arrays (microseconds) and an error count. */
  static final class Phase {
    final long[][] micros;
    final int[] counts;
    final AtomicLong started = new AtomicLong();
    final AtomicInteger errors = new AtomicInteger();

    Phase(int workers) {
      micros = new long[workers][];
      counts = new int[workers];
      for (int w = 0; w < workers; w++) {
        micros[w] = new long[4096];
      }
    }

    void run(
        int worker,
        long end,
        long max,
        ConnectionSupplier connection,
        String head,
        boolean refresh,
        String[] chains,
        Properties state,
        AtomicInteger repairs,
        AtomicInteger reported) {
      Connection c = connection.get();
      while (System.nanoTime() < end && started.incrementAndGet() <= max) {
        String body =
            refresh
                ? "grant_type=refresh_token&refresh_token="
                    + URLEncoder.encode(chains[worker], StandardCharsets.UTF_8)
                : "grant_type=client_credentials";
        byte[] bodyBytes = body.getBytes(StandardCharsets.US_ASCII);
        byte[] request =
            (head + bodyBytes.length + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
        long t0 = System.nanoTime();
        boolean ok;
        String answer = null;
        int status = -1;
        try {
          Connection.Response r = c.exchange(request);
          status = r.status;
          answer = r.body;
          ok = status == 200 && answer.contains("\"access_token\"");
        } catch (IOException e) {
          ok = false;
          answer = e.toString();
          c.close();
        }
        long micros = (System.nanoTime() - t0) / 1_000;
        record(worker, micros);
        if (ok && refresh) {
          Matcher m = REFRESH.matcher(answer);
          if (m.find()) {
            chains[worker] = m.group(1);
          } else {
            ok = false;
          }
        }
        if (!ok) {
          errors.incrementAndGet();
          if (reported.incrementAndGet() <= 5) {
            System.err.println("worker " + worker + ": " + status + " " + answer);
          }
          if (refresh) {
            // The chain may be dead (a lost answer leaves the rotated token unknown): a new one
            // through the code flow, outside the latencies.
            try {
              chains[worker] = signIn(state, worker);
              repairs.incrementAndGet();
            } catch (Exception e) {
              System.err.println("worker " + worker + ": chain repair failed: " + e);
            }
          }
        }
      }
    }

    private void record(int worker, long value) {
      if (counts[worker] == micros[worker].length) {
        micros[worker] = Arrays.copyOf(micros[worker], counts[worker] * 2);
      }
      micros[worker][counts[worker]++] = value;
    }

    long count() {
      long n = 0;
      for (int c : counts) {
        n += c;
      }
      return n;
    }

    long[] latencies() {
      long[] all = new long[(int) count()];
      int at = 0;
      for (int w = 0; w < counts.length; w++) {
        System.arraycopy(micros[w], 0, all, at, counts[w]);
        at += counts[w];
      }
      Arrays.sort(all);
      return all;
    }
  }

  /** CPU ticks (10 ms) of the machine, the platform process and this process, from /proc. */
  record Cpu(long machineTotal, long machineBusy, long process, long self) {
    static Cpu now(long pid) throws IOException {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < cpu.length && i <= 8; i++) {
        total += Long.parseLong(cpu[i]);
      }
      long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
      return new Cpu(
          total,
          total - idle,
          pid > 0 ? ticks("/proc/" + pid + "/stat") : 0,
          ticks("/proc/self/stat"));
    }

    private static long ticks(String statFile) throws IOException {
      String stat = Files.readString(Path.of(statFile));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
    }
  }

  /** A keep-alive HTTP/1.1 connection: one request at a time, Content-Length or chunked. */
  static final class Connection {
    record Response(int status, String body) {}

    private final URI endpoint;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Connection(URI endpoint) {
      this.endpoint = endpoint;
    }

    Response exchange(byte[] request) throws IOException {
      if (socket == null) {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 16384);
        out = new BufferedOutputStream(socket.getOutputStream(), 8192);
      }
      out.write(request);
      out.flush();
      String statusLine = line();
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        int colon = h.indexOf(':');
        String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = h.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> close = value.equalsIgnoreCase("close");
          default -> {}
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
      if (chunked) {
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
            size > 0;
            size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
          body.write(in.readNBytes(size));
          line();
        }
        while (!line().isEmpty()) {} // trailers
      } else if (length >= 0) {
        byte[] b = in.readNBytes((int) length);
        if (b.length < length) {
          throw new EOFException("short body");
        }
        body.write(b);
      } else {
        close = true;
        body.write(in.readAllBytes());
      }
      if (close) {
        close();
      }
      return new Response(status, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
      StringBuilder s = new StringBuilder(64);
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new EOFException("connection closed");
        }
        if (b != '\r') {
          s.append((char) b);
        }
      }
      return s.toString();
    }

    void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing
        }
      }
      socket = null;
    }
  }
}
