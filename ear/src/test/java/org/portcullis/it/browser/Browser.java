package org.portcullis.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.portcullis.it.TestFiles;

/**
 * One headless Chromium (Debian's {@code chromium}, driven by its {@code chromium-driver}) pointed
 * at the platform. Usually obtained through {@link BrowserTest}, which starts one per test class,
 * resets it after every test and saves a screenshot when a test fails.
 *
 * <p>The platform listens on {@code 127.0.0.1}; {@link #openOnLocalhost} opens the same page from
 * {@code http://localhost:<port>}, the origin WebAuthn needs (an IP address cannot be an RP id).
 */
public final class Browser implements AutoCloseable {

  /** How long {@link #waitForVisible} waits. */
  public static final Duration WAIT = Duration.ofSeconds(10);

  static final Path CHROMIUM =
      Path.of(System.getProperty("portcullis.it.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("portcullis.it.chromedriver", "/usr/bin/chromedriver"));

  private final ChromeDriver driver;
  private final URI base;
  private final URI localhostBase;
  private final Path artifacts;
  private final Duration startup;
  private final long started;
  private final List<VirtualAuthenticator> authenticators = new ArrayList<>();

  private Browser(ChromeDriver driver, URI base, Path artifacts, Duration startup, long started) {
    this.driver = driver;
    this.base = base;
    this.localhostBase = onLocalhost(base);
    this.artifacts = artifacts;
    this.startup = startup;
    this.started = started;
  }

  /** Why no browser can start here, if Chromium or its driver is missing. */
  static Optional<String> unavailable() {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        return Optional.of(
            binary
                + " is missing: browser tests need Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver; .ci/run installs them)");
      }
    }
    return Optional.empty();
  }

  /**
   * Starts headless Chromium for pages under {@code base}; screenshots go to {@code artifacts},
   * which is emptied first.
   */
  static Browser start(URI base, Path artifacts) throws IOException {
    TestFiles.deleteTree(artifacts);
    Files.createDirectories(artifacts);
    // The driver is named, so Selenium Manager (which would download one) is never consulted.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(artifacts.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // required as root, as in CI containers
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,800");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    long started = System.nanoTime();
    ChromeDriver driver = new ChromeDriver(service, options);
    Duration startup = Duration.ofNanos(System.nanoTime() - started);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    System.out.printf(
        "Chromium %s started in %d ms%n",
        driver.getCapabilities().getBrowserVersion(), startup.toMillis());
    return new Browser(driver, base, artifacts, startup, started);
  }

  /** The underlying driver, for anything these helpers do not cover. */
  public WebDriver driver() {
    return driver;
  }

  /** The platform's base URL, such as {@code http://127.0.0.1:18080}. */
  public URI base() {
    return base;
  }

  /** The same platform as {@code http://localhost:<port>}: the origin for WebAuthn pages. */
  public URI localhostBase() {
    return localhostBase;
  }

  /** How long Chromium and its driver took to start. */
  public Duration startup() {
    return startup;
  }

  /** Opens {@code path} (such as {@code /console/}) on the platform and waits for the load. */
  public Browser open(String path) {
    return open(base.resolve(path));
  }

  /** Opens {@code path} on {@code http://localhost:<port>}, where WebAuthn works. */
  public Browser openOnLocalhost(String path) {
    return open(localhostBase.resolve(path));
  }

  public Browser open(URI url) {
    driver.get(url.toString());
    return this;
  }

  /** The element, once it is displayed; fails after {@link #WAIT}. */
  public WebElement waitForVisible(By locator) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until the element shows {@code text}; fails after {@link #WAIT}. */
  public void waitForText(By locator, String text) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /**
   * Clicks what submits a form and waits until the browser has left the page, so that what is
   * looked for next is on the page that answered, not on the one that was submitted.
   */
  public void submit(By locator) {
    WebElement page = driver.findElement(By.tagName("html"));
    driver.findElement(locator).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(page));
  }

  /** Runs {@code script} in the page; see {@link JavascriptExecutor#executeScript}. */
  public Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /**
   * Runs {@code script}, which ends by calling {@code arguments[arguments.length - 1]} with its
   * result (how to await a promise such as {@code navigator.credentials.create}).
   */
  public Object asyncScript(String script, Object... args) {
    return driver.executeAsyncScript(script, args);
  }

  /**
   * The browser console's entries since the last call (console calls, uncaught exceptions, failed
   * loads, Content-Security-Policy refusals); reading them drains them.
   */
  public List<LogEntry> consoleEntries() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  /**
   * The {@code SEVERE} console entries since the last read, as readable lines. Leaves out the 404
   * of {@code /favicon.ico}, which Chromium asks for by itself (no page links it; the platform
   * serves none), so that it does not mask a page's own errors.
   */
  public List<String> consoleErrors() {
    return consoleEntries().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .filter(e -> !isFaviconRequest(e))
        .map(LogEntry::toString)
        .toList();
  }

  private boolean isFaviconRequest(LogEntry entry) {
    return entry.getMessage().startsWith(base.resolve("/favicon.ico") + " ")
        || entry.getMessage().startsWith(localhostBase.resolve("/favicon.ico") + " ");
  }

  /**
   * Attaches a CDP virtual authenticator: a platform authenticator (CTAP2, internal transport) with
   * resident keys and user verification that always verifies. It is removed after the test.
   */
  public VirtualAuthenticator addVirtualAuthenticator() {
    return addVirtualAuthenticator(
        new VirtualAuthenticatorOptions()
            .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
            .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
            .setHasResidentKey(true)
            .setHasUserVerification(true)
            .setIsUserVerified(true));
  }

  /**
   * Attaches a synced passkey provider: a platform authenticator like {@link
   * #addVirtualAuthenticator()} whose credentials are backup eligible and backed up (the BE and BS
   * flags, WebAuthn Level 3 §6.1). It is removed after the test.
   */
  public VirtualAuthenticator addSyncedPasskeyAuthenticator() {
    return addVirtualAuthenticator(
        new WithBackupFlags(true, true)
            .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
            .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
            .setHasResidentKey(true)
            .setHasUserVerification(true)
            .setIsUserVerified(true));
  }

  /** Attaches a virtual authenticator with other {@code options}; removed after the test. */
  public VirtualAuthenticator addVirtualAuthenticator(VirtualAuthenticatorOptions options) {
    VirtualAuthenticator authenticator = driver.addVirtualAuthenticator(options);
    authenticators.add(authenticator);
    return authenticator;
  }

  /** Detaches a virtual authenticator before the test ends (another one takes over). */
  public void removeVirtualAuthenticator(VirtualAuthenticator authenticator) {
    driver.removeVirtualAuthenticator(authenticator);
    authenticators.remove(authenticator);
  }

  /**
   * Virtual authenticator options with the backup flags of WebAuthn Level 3's authenticator
   * configuration ({@code defaultBackupEligibility}, {@code defaultBackupState}, §11.2), which
   * ChromeDriver passes to the DevTools WebAuthn domain and Selenium's options do not carry.
   */
  static final class WithBackupFlags extends VirtualAuthenticatorOptions {

    private final boolean eligible;
    private final boolean backedUp;

    WithBackupFlags(boolean eligible, boolean backedUp) {
      this.eligible = eligible;
      this.backedUp = backedUp;
    }

    @Override
    public Map<String, Object> toMap() {
      Map<String, Object> map = new java.util.HashMap<>(super.toMap());
      map.put("defaultBackupEligibility", eligible);
      map.put("defaultBackupState", backedUp);
      return map;
    }
  }

  /**
   * Saves the current page as {@code <name>.png} and {@code <name>.html} in this test class's
   * artifact folder ({@code ear/target/browser-artifacts/<TestClass>/}); an existing name gets a
   * numbered suffix. Returns the screenshot's path.
   */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(artifacts);
      String stem = name.replaceAll("[^A-Za-z0-9._-]", "_");
      Path png = artifacts.resolve(stem + ".png");
      for (int n = 2; Files.exists(png); n++) {
        png = artifacts.resolve(stem + "-" + n + ".png");
      }
      Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
      String html = png.getFileName().toString().replaceFirst("\\.png$", ".html");
      Files.writeString(artifacts.resolve(html), pageSource(), StandardCharsets.UTF_8);
      System.out.println("Browser screenshot: " + png.toAbsolutePath());
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String pageSource() {
    return "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
  }

  /**
   * Leaves no state for the next test: virtual authenticators removed, every cookie and the
   * platform origins' storage cleared, a blank page, the console log drained.
   */
  void reset() {
    authenticators.forEach(driver::removeVirtualAuthenticator);
    authenticators.clear();
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    for (URI origin : List.of(base, localhostBase)) {
      driver.executeCdpCommand(
          "Storage.clearDataForOrigin", Map.of("origin", origin.toString(), "storageTypes", "all"));
    }
    consoleEntries();
  }

  @Override
  public void close() {
    long quitting = System.nanoTime();
    driver.quit();
    System.out.printf(
        "Chromium quit in %d ms, after a session of %d ms%n",
        Duration.ofNanos(System.nanoTime() - quitting).toMillis(),
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }

  private static URI onLocalhost(URI base) {
    try {
      return new URI(base.getScheme(), null, "localhost", base.getPort(), null, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(base.toString(), e);
    }
  }

  /** Where screenshots go: {@code portcullis.it.browserArtifacts}, set by the build. */
  static Path artifactsRoot() {
    return Path.of(
        System.getProperty("portcullis.it.browserArtifacts", "target/browser-artifacts"));
  }

  /** Types the user name and password into the hosted sign-in page and submits it. */
  public void signIn(String userName, String password) {
    waitForVisible(By.id("username")).sendKeys(userName);
    driver().findElement(By.id("password")).sendKeys(password);
    driver().findElement(By.id("sign-in")).click();
  }

  /** Forgets every cookie of every site, the platform's SSO session among them. */
  public void clearCookies() {
    ((org.openqa.selenium.chromium.HasCdp) driver())
        .executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }
}
