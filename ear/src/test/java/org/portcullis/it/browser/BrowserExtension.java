package org.portcullis.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;
import org.portcullis.it.Platform;

/**
 * The lifecycle behind {@link BrowserTest}:
 *
 * <ul>
 *   <li>before the class: starts the shared {@link Platform} and one headless Chromium for the
 *       class (nested classes share their outer class's); when Chromium or its driver is missing,
 *       nothing starts and every test is skipped with the reason (a JUnit assumption, in {@code
 *       beforeEach});
 *   <li>when a test or its {@code @BeforeEach}/{@code @AfterEach} fails: saves a screenshot and the
 *       page source as {@code <method>-failed} before anything navigates away;
 *   <li>after each test: {@link Browser#reset()}, so tests do not depend on each other;
 *   <li>after the class: quits Chromium (the store closes the {@code AutoCloseable} browser).
 * </ul>
 *
 * <p>A class that starts a platform of its own registers {@link #at} instead of {@link
 * BrowserTest}; its browser starts when a test first asks for it, so after the class's {@code
 * BeforeAll} methods, which start what the browser is pointed at.
 */
public final class BrowserExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver,
        TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  private final Supplier<URI> base;
  private final boolean startBeforeAll;

  /** The extension of {@link BrowserTest}: pages of the shared {@link Platform}. */
  public BrowserExtension() {
    this(() -> Platform.get().base(), true);
  }

  private BrowserExtension(Supplier<URI> base, boolean startBeforeAll) {
    this.base = base;
    this.startBeforeAll = startBeforeAll;
  }

  /**
   * For {@code @RegisterExtension} (with {@code @Tag("browser")} on the class): a browser for pages
   * under {@code base}, asked when the browser starts, on the first test that needs it.
   */
  public static BrowserExtension at(Supplier<URI> base) {
    return new BrowserExtension(base, false);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Optional<String> unavailable = Browser.unavailable();
    if (unavailable.isPresent()) {
      // Each test is skipped in beforeEach: Surefire reports an aborted class as zero tests.
      System.out.println(
          context.getRequiredTestClass().getSimpleName() + " skipped: " + unavailable.get());
      return;
    }
    if (startBeforeAll) {
      browser(context);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Browser.unavailable().ifPresent(BrowserExtension::skip);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Browser browser = existing(context);
    if (browser != null) {
      browser.reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return browser(context);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withArtifacts(context, failure, "failed");
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withArtifacts(context, failure, "failed-in-beforeEach");
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw withArtifacts(context, failure, "failed-in-afterEach");
  }

  /** The class's browser, started on first use (before the test instance in PER_CLASS mode). */
  private Browser browser(ExtensionContext context) {
    Browser.unavailable().ifPresent(BrowserExtension::skip);
    ExtensionContext owner = outermostClass(context);
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Browser.class, type -> start(owner), Browser.class);
  }

  private Browser start(ExtensionContext owner) {
    try {
      return Browser.start(
          base.get(),
          Browser.artifactsRoot().resolve(owner.getRequiredTestClass().getSimpleName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Browser existing(ExtensionContext context) {
    return outermostClass(context).getStore(NAMESPACE).get(Browser.class, Browser.class);
  }

  private static void skip(String reason) {
    Assumptions.abort("Browser test skipped: " + reason);
  }

  private static ExtensionContext outermostClass(ExtensionContext context) {
    ExtensionContext owner = context;
    for (var parent = context.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
      if (parent.get().getTestClass().isPresent()) {
        owner = parent.get();
      }
    }
    return owner;
  }

  private static Throwable withArtifacts(
      ExtensionContext context, Throwable failure, String suffix) {
    if (failure instanceof TestAbortedException) {
      return failure;
    }
    Browser browser = existing(context);
    if (browser != null) {
      String test = context.getTestMethod().map(m -> m.getName()).orElse("class");
      try {
        browser.screenshot(test + "-" + suffix);
      } catch (RuntimeException e) {
        // A dead browser must not hide why the test failed.
        failure.addSuppressed(e);
      }
    }
    return failure;
  }
}
