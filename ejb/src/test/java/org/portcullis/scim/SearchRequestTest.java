package org.portcullis.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchRequestTest {

  @Test
  void pagingValuesOutOfRangeAreBroughtIntoRange() {
    SearchRequest request = SearchRequest.of(null, null, null, -3, 5000);
    assertEquals(1, request.startIndex());
    assertEquals(ScimSchemas.MAX_RESULTS, request.count());
    assertEquals(0, SearchRequest.of(null, null, null, null, -1).count());
    assertEquals(
        SearchRequest.DEFAULT_COUNT, SearchRequest.of(null, null, null, null, null).count());
  }

  @Test
  void sortOrderIsAscendingOrDescendingInAnyCase() {
    assertTrue(SearchRequest.of(null, "userName", "DESCENDING", 1, 1).descending());
    assertEquals(
        "invalidValue",
        assertThrows(ScimException.class, () -> SearchRequest.of(null, null, "up", 1, 1))
            .scimType());
    assertEquals(
        "invalidValue",
        assertThrows(
                ScimException.class,
                () -> SearchRequest.of(null, "emails[type eq \"w\"]", null, 1, 1))
            .scimType());
  }

  @Test
  void aMalformedFilterIsInvalidFilter() {
    assertEquals(
        "invalidFilter",
        assertThrows(ScimException.class, () -> SearchRequest.of("userName eq", null, null, 1, 1))
            .scimType());
  }

  @Test
  void aSearchRequestMessageIsReadLikeTheQueryParameters() {
    SearchRequest request =
        SearchRequest.of(
            PatchTest.json(
                "{'schemas':['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],"
                    + "'filter':'userName pr','startIndex':2,'count':10}"));
    assertTrue(request.filter().isPresent());
    assertEquals(2, request.startIndex());
    assertEquals(10, request.count());
    assertEquals(
        "invalidValue",
        assertThrows(
                ScimException.class,
                () ->
                    SearchRequest.of(
                        PatchTest.json(
                            "{'schemas':['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],"
                                + "'count':'ten'}")))
            .scimType());
  }
}
