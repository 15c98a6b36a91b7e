import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times the console's admin pages over HTTP against a running platform (loopback only, one browser
 * session, keep-alive): signs in to the console as a platform admin through tenant system's hosted
 * login page, then measures the users page's first render, a filter by userName prefix and a sort
 * (PrimeFaces AJAX requests with the view's state, as the browser sends them), and the tenants
 * page's first render and a filter by id prefix. Each request's time is the round trip on loopback:
 * the server's time plus a few hundred microseconds.
 *
 * <pre>
 * java ConsoleBench.java BASE_URL ADMIN_USER ADMIN_PASSWORD TENANT REQUESTS USER_PREFIX TENANT_PREFIX
 * </pre>
 */
public class ConsoleBench {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");
  private static final Pattern REQUEST = Pattern.compile("name=\"request\" value=\"([^\"]*)\"");
  private static final Pattern TOTAL = Pattern.compile("totalRecords&#34;:(\\d+)");
  private static final Pattern FIRST_ROW = Pattern.compile("users:table:0:open\"[^>]*>([^<]+)<");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI base;

  ConsoleBench(URI base) {
    if (!base.getHost().startsWith("127.") && !base.getHost().equals("localhost")) {
      throw new IllegalArgumentException("loopback only: " + base);
    }
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 7) {
      System.err.println("usage: ConsoleBench BASE_URL USER PASSWORD TENANT REQUESTS USER_PREFIX TENANT_PREFIX");
      System.exit(2);
    }
    ConsoleBench bench = new ConsoleBench(URI.create(args[0]));
    bench.signIn(args[1], args[2]);
    String tenant = args[3];
    int requests = Integer.parseInt(args[4]);
    String usersPage = "/console/users.xhtml?tenant=" + tenant;
    bench.measure("users page, first render (" + tenant + ")", requests, () -> bench.page(usersPage));
    String[] state = bench.viewState(bench.page(usersPage));
    bench.measure(
        "users page, filter userName starts with \"" + args[5] + "\"",
        requests,
        () -> bench.ajax(usersPage, "users", "users:table", filter("users:table:userNameColumn", args[5]), state));
    String[] unfiltered = bench.viewState(bench.page(usersPage)); // a new view: no filter
    bench.measure(
        "users page, sort by userName descending (all users)",
        requests,
        () ->
            bench.ajax(
                usersPage, "users", "users:table", sort("users:table:userNameColumn"), unfiltered));
    System.out.println(
        "  filtered total: "
            + TOTAL.matcher(bench.ajax(usersPage, "users", "users:table",
                    filter("users:table:userNameColumn", args[5]), state).body()).results()
                .map(m -> m.group(1)).findFirst().orElse("?")
            + "; sorted first row: "
            + FIRST_ROW.matcher(bench.ajax(usersPage, "users", "users:table",
                    sort("users:table:userNameColumn"), unfiltered).body()).results()
                .map(m -> m.group(1)).findFirst().orElse("?"));
    bench.measure("tenants page, first render", requests, () -> bench.page("/console/tenants.xhtml"));
    String[] tenantsState = bench.viewState(bench.page("/console/tenants.xhtml"));
    bench.measure(
        "tenants page, filter id starts with \"" + args[6] + "\"",
        requests,
        () -> bench.ajax("/console/tenants.xhtml", "tenants", "tenants:table", filter("tenants:table:idColumn", args[6]), tenantsState));
  }

  static Map<String, String> filter(String column, String prefix) {
    Map<String, String> form = new LinkedHashMap<>();
    String table = column.substring(0, column.lastIndexOf(':'));
    form.put("jakarta.faces.behavior.event", "filter");
    form.put("jakarta.faces.partial.event", "filter");
    form.put(table + "_filtering", "true");
    form.put(table + "_encodeFeature", "true");
    form.put(column + ":filter", prefix);
    return form;
  }

  static Map<String, String> sort(String column) {
    Map<String, String> form = new LinkedHashMap<>();
    String table = column.substring(0, column.lastIndexOf(':'));
    form.put("jakarta.faces.behavior.event", "sort");
    form.put("jakarta.faces.partial.event", "sort");
    form.put(table + "_sorting", "true");
    form.put(table + "_skipChildren", "true");
    form.put(table + "_encodeFeature", "true");
    form.put(table + "_sortKey", column);
    form.put(table + "_sortDir", "-1");
    return form;
  }

  /** Signs in through the console: its redirect to tenant system, the login form, the callback. */
  void signIn(String user, String password) throws Exception {
    HttpResponse<String> response = follow(get(base.resolve("/console/dashboard.xhtml")));
    Matcher action = FORM_ACTION.matcher(response.body());
    Matcher request = REQUEST.matcher(response.body());
    if (!action.find() || !request.find()) {
      throw new IllegalStateException("no login form at " + response.uri() + ": " + response.statusCode());
    }
    URI login = response.uri().resolve(action.group(1).replace("&amp;", "&"));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("request", request.group(1).replace("&amp;", "&"));
    form.put("username", user);
    form.put("password", password);
    HttpResponse<String> signedIn = follow(post(login, form));
    if (signedIn.statusCode() != 200 || !signedIn.uri().getPath().startsWith("/console/")) {
      throw new IllegalStateException("sign-in ended at " + signedIn.uri() + " " + signedIn.statusCode());
    }
  }

  HttpResponse<String> page(String path) throws Exception {
    HttpResponse<String> response = get(base.resolve(path));
    if (response.statusCode() != 200 || !response.body().contains("jakarta.faces.ViewState")) {
      throw new IllegalStateException(path + ": " + response.statusCode());
    }
    return response;
  }

  /** The view's state and its CSP nonce, which PrimeFaces wants back with every AJAX request. */
  String[] viewState(HttpResponse<String> page) {
    Matcher state = VIEW_STATE.matcher(page.body());
    Matcher nonce = NONCE.matcher(page.body());
    if (!state.find() || !nonce.find()) {
      throw new IllegalStateException("no view state or CSP nonce in " + page.uri());
    }
    return new String[] {state.group(1), nonce.group(1)};
  }

  HttpResponse<String> ajax(
      String path, String form, String source, Map<String, String> extra, String[] state)
      throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", source);
    fields.put("jakarta.faces.partial.execute", source);
    fields.put("jakarta.faces.partial.render", source);
    fields.putAll(extra);
    fields.put(form, form);
    fields.put("jakarta.faces.ViewState", state[0]);
    fields.put("primefaces.nonce", state[1]);
    URI uri = base.resolve(path);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200
        || !response.body().contains("<partial-response")
        || response.body().contains("<error>")) {
      throw new IllegalStateException(path + " AJAX: " + response.statusCode() + " " + response.body());
    }
    return response;
  }

  void measure(String name, int requests, Callable<HttpResponse<String>> request) throws Exception {
    for (int i = 0; i < Math.min(20, requests); i++) {
      request.call(); // warm-up
    }
    List<Long> micros = new ArrayList<>(requests);
    for (int i = 0; i < requests; i++) {
      long started = System.nanoTime();
      request.call();
      micros.add((System.nanoTime() - started) / 1000);
    }
    micros.sort(null);
    System.out.printf(
        "%-60s n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
        name, requests, at(micros, 0.50), at(micros, 0.95), at(micros, 0.99), micros.get(micros.size() - 1) / 1000.0);
  }

  private static double at(List<Long> sorted, double quantile) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
  }

  private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
    HttpResponse<String> current = response;
    for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
      URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
      current = get(next);
    }
    return current;
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI uri, Map<String, String> form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
