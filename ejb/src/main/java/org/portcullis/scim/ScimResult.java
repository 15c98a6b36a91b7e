package org.portcullis.scim;

import jakarta.json.JsonObject;

/**
 * A resource as a response carries it: its representation, its ETag ({@code meta.version}) and its
 * URI ({@code meta.location}).
 */
public record ScimResult(JsonObject resource, String etag, String location) {}
