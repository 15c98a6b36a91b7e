package org.portcullis.web.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.portcullis.platform.Page;

/** The paging links of the admin API's lists (contract: {@code Link: <...>; rel="next"}). */
public final class PageLinks {

  private PageLinks() {}

  /**
   * Adds {@code rel="next"} while items remain: the request's own URI, filters included, with the
   * offset moved past this page.
   */
  public static Response.ResponseBuilder withNext(
      Response.ResponseBuilder response, Page<?> page, UriInfo uriInfo) {
    if (page.hasNext()) {
      var next =
          uriInfo
              .getRequestUriBuilder()
              .replaceQueryParam("offset", page.offset() + page.items().size())
              .replaceQueryParam("limit", page.limit())
              .build();
      response.link(next, "next");
    }
    return response;
  }
}
