package org.portcullis.console.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /console/callback}: once {@link ConsoleSignIn} has signed the caller in, back to the page
 * that asked for it (a path of the console, never a URL from the request).
 */
@WebServlet(ConsoleSignIn.CALLBACK)
public class CallbackServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String RETURN_TO = CallbackServlet.class.getName() + ".returnTo";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object returnTo = request.getAttribute(RETURN_TO);
    String target =
        returnTo instanceof String path && path.startsWith(request.getContextPath() + "/")
            ? path
            : request.getContextPath() + "/";
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(target);
  }
}
