package org.portcullis.console.signin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A signed-in console session belongs to one tenant: a request that names another tenant ({@code
 * tenant} parameter) is refused, unless a platform admin makes it.
 */
@WebFilter("/*")
public class TenantGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleIdentity identity;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String named = request.getParameter("tenant");
    if (identity.isSignedIn() && !identity.mayEnter(named)) {
      SignInProblemPage.write(response, "signin.problem.otherTenant", named);
      return;
    }
    chain.doFilter(request, response);
  }
}
