package org.portcullis.console.signin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The page a refused console sign-in or tenant answers with (403): what went wrong and the way back
 * to the console's start page. Written before any Faces view exists, so plain HTML from the
 * console's messages.
 */
final class SignInProblemPage {

  private SignInProblemPage() {}

  static void write(HttpServletResponse response, String problemKey, Object... values) {
    ResourceBundle messages = ResourceBundle.getBundle("org.portcullis.console.messages");
    String problem = MessageFormat.format(messages.getString(problemKey), values);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    try {
      response
          .getWriter()
          .write(
              "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                  + escape(messages.getString("signin.problem.title"))
                  + "</title></head><body><main><h1>"
                  + escape(messages.getString("signin.problem.title"))
                  + "</h1><p role=\"alert\" id=\"problem\">"
                  + escape(problem)
                  + "</p><p><a href=\"/console/\">"
                  + escape(messages.getString("signin.problem.back"))
                  + "</a></p></main></body></html>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
