/**
 * Browser tests: the platform's pages in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, Selenium WebDriver, no Selenium Manager).
 *
 * <p>Owns the harness ({@link org.portcullis.it.browser.BrowserTest}, {@link
 * org.portcullis.it.browser.Browser}) and the tests of pages as a user sees them. HTTP-level checks
 * of the same pages stay in plain {@code *IT} classes, which are much faster.
 *
 * <p>A new browser test:
 *
 * <pre>{@code
 * @BrowserTest
 * class SignInPageBrowserIT {
 *
 *   @Test
 *   void signsInWithAPasskey(Browser browser) {
 *     browser.addVirtualAuthenticator();             // removed again after the test
 *     browser.openOnLocalhost("/t/acme/login");      // WebAuthn needs localhost, not 127.0.0.1
 *     browser.waitForVisible(By.id("passkey")).click();
 *     ...
 *     assertEquals(List.of(), browser.consoleErrors());
 *     browser.screenshot("signed-in");               // kept under ear/target/browser-artifacts/
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Name the class {@code *BrowserIT}: Failsafe runs it with the other integration tests,
 *       against the same shared platform ({@link org.portcullis.it.Platform}).
 *   <li>One Chromium per class (about a second or two to start), reset after each test (cookies,
 *       storage, virtual authenticators, console log), so tests in a class do not depend on each
 *       other. Group a page's tests in one class.
 *   <li>A failing test leaves {@code <method>-failed.png} and {@code .html} in {@code
 *       ear/target/browser-artifacts/<TestClass>/}, beside {@code chromedriver.log}.
 *   <li>Wait for what the user waits for ({@link
 *       org.portcullis.it.browser.Browser#waitForVisible}); never sleep. Await promises with {@link
 *       org.portcullis.it.browser.Browser#asyncScript}.
 *   <li>Without {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} the class is skipped
 *       with the reason; {@code .ci/run} installs both, so CI runs every browser test.
 * </ul>
 */
package org.portcullis.it.browser;
