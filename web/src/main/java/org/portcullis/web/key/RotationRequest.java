package org.portcullis.web.key;

/**
 * The body of {@code POST .../admin/keys/rotation}, every member optional: {@code alg} (default
 * ES256) and {@code immediate} (default false).
 */
public record RotationRequest(String alg, Boolean immediate) {}
