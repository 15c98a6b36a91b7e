package org.portcullis.scim;

import static org.portcullis.scim.Attribute.complex;
import static org.portcullis.scim.Attribute.string;

import jakarta.json.JsonObject;
import java.util.List;
import org.portcullis.platform.JsonFactory;
import org.portcullis.scim.Attribute.Mutability;
import org.portcullis.scim.Attribute.Returned;
import org.portcullis.scim.Attribute.Type;
import org.portcullis.scim.Attribute.Uniqueness;

/**
 * The schemas this service provider implements, exactly as far as it stores them: an attribute is
 * listed only when it is kept and returned. Requests are checked against these definitions, so
 * {@code /Schemas} cannot promise what the server does not do.
 */
public final class ScimSchemas {

  public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";
  public static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
  public static final String SERVICE_PROVIDER_CONFIG =
      "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
  public static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  public static final String SEARCH_REQUEST = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

  /** The most resources one list response holds (ServiceProviderConfig {@code maxResults}). */
  public static final int MAX_RESULTS = 200;

  private static final List<Attribute> COMMON =
      List.of(
          string("id", "Unique identifier of the resource, assigned by the service provider")
              .caseExact()
              .mutability(Mutability.READ_ONLY)
              .returned(Returned.ALWAYS)
              .uniqueness(Uniqueness.SERVER)
              .build(),
          string("externalId", "Identifier of the resource in the provisioning client")
              .caseExact()
              .build(),
          complex(
                  "meta",
                  "Resource metadata",
                  string("resourceType", "The resource type").caseExact(),
                  string("created", "When the resource was added").ofType(Type.DATE_TIME),
                  string("lastModified", "When the resource was last changed")
                      .ofType(Type.DATE_TIME),
                  string("location", "The resource's URI").referenceTypes("uri"),
                  string("version", "The resource's version (ETag)").caseExact())
              .mutability(Mutability.READ_ONLY)
              .build());

  public static final ResourceSchema USERS =
      new ResourceSchema(
          USER,
          "User",
          "User Account",
          "/Users",
          List.of(
              string("userName", "Unique identifier for the user, compared without regard to case")
                  .required()
                  .uniqueness(Uniqueness.SERVER)
                  .build(),
              complex(
                      "name",
                      "The components of the user's name",
                      string("formatted", "The full name"),
                      string("familyName", "The family name"),
                      string("givenName", "The given name"))
                  .build(),
              string("displayName", "The name of the user, suitable for display").build(),
              string("active", "Whether the user may sign in").ofType(Type.BOOLEAN).build(),
              string("password", "The user's password; never returned")
                  .caseExact()
                  .mutability(Mutability.WRITE_ONLY)
                  .returned(Returned.NEVER)
                  .build(),
              complex(
                      "emails",
                      "Email addresses of the user",
                      string("value", "The email address"),
                      string("type", "A label: work, home or other")
                          .canonicalValues("work", "home", "other"),
                      string("primary", "The preferred address").ofType(Type.BOOLEAN))
                  .multiValued()
                  .build(),
              complex(
                      "groups",
                      "The groups the user is a direct member of; changed through Groups",
                      string("value", "The group's id").mutability(Mutability.READ_ONLY),
                      string("$ref", "The group's URI")
                          .referenceTypes("Group")
                          .mutability(Mutability.READ_ONLY),
                      string("display", "The group's displayName").mutability(Mutability.READ_ONLY),
                      string("type", "How the user is a member")
                          .canonicalValues("direct")
                          .mutability(Mutability.READ_ONLY))
                  .multiValued()
                  .mutability(Mutability.READ_ONLY)
                  .build(),
              complex(
                      "roles",
                      "The roles held directly; with the groups' displayNames they are the"
                          + " groups claim of access tokens",
                      string("value", "The role's name").caseExact(),
                      string("display", "The role's name, as value")
                          .caseExact()
                          .mutability(Mutability.READ_ONLY))
                  .multiValued()
                  .build()),
          COMMON);

  public static final ResourceSchema GROUPS =
      new ResourceSchema(
          GROUP,
          "Group",
          "Group",
          "/Groups",
          List.of(
              string("displayName", "The group's name, unique in the tenant without regard to case")
                  .required()
                  .uniqueness(Uniqueness.SERVER)
                  .build(),
              complex(
                      "members",
                      "The users in the group",
                      string("value", "The member's id").mutability(Mutability.IMMUTABLE),
                      string("$ref", "The member's URI")
                          .referenceTypes("User")
                          .mutability(Mutability.IMMUTABLE),
                      string("display", "The member's userName").mutability(Mutability.READ_ONLY),
                      string("type", "The member's resource type")
                          .canonicalValues("User")
                          .mutability(Mutability.IMMUTABLE))
                  .multiValued()
                  .build()),
          COMMON);

  private ScimSchemas() {}

  /** Both resource types. */
  public static List<ResourceSchema> all() {
    return List.of(USERS, GROUPS);
  }

  /** The {@code /ServiceProviderConfig} document (RFC 7643 §5): the truth about this server. */
  public static JsonObject serviceProviderConfig(String location) {
    return JsonFactory.createObjectBuilder()
        .add("schemas", JsonFactory.createArrayBuilder().add(SERVICE_PROVIDER_CONFIG))
        .add("documentationUri", "https://datatracker.ietf.org/doc/html/rfc7644")
        .add("patch", JsonFactory.createObjectBuilder().add("supported", true))
        .add(
            "bulk",
            JsonFactory.createObjectBuilder()
                .add("supported", false)
                .add("maxOperations", 0)
                .add("maxPayloadSize", 0))
        .add(
            "filter",
            JsonFactory.createObjectBuilder().add("supported", true).add("maxResults", MAX_RESULTS))
        .add("changePassword", JsonFactory.createObjectBuilder().add("supported", true))
        .add("sort", JsonFactory.createObjectBuilder().add("supported", true))
        .add("etag", JsonFactory.createObjectBuilder().add("supported", true))
        .add(
            "authenticationSchemes",
            JsonFactory.createArrayBuilder()
                .add(
                    JsonFactory.createObjectBuilder()
                        .add("type", "oauthbearertoken")
                        .add("name", "OAuth Bearer Token")
                        .add(
                            "description",
                            "An access token of the tenant with scope scim or tenant:admin")
                        .add("specUri", "https://datatracker.ietf.org/doc/html/rfc6750")
                        .add("primary", true)))
        .add(
            "meta",
            JsonFactory.createObjectBuilder()
                .add("resourceType", "ServiceProviderConfig")
                .add("location", location + "/ServiceProviderConfig"))
        .build();
  }
}
