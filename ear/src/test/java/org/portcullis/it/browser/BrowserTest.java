package org.portcullis.it.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives the platform's pages in headless Chromium: one {@link Browser} per
 * class, given to constructors, lifecycle and test methods that declare a {@code Browser}
 * parameter. See {@link BrowserExtension} for the lifecycle and the package documentation for an
 * example.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
