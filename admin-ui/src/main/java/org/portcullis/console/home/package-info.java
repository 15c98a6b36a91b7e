/** The console's landing page: what the platform is and whether it is ready. */
package org.portcullis.console.home;
