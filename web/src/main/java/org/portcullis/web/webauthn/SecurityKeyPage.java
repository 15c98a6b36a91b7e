package org.portcullis.web.webauthn;

import java.util.List;

/** A page of the passkey inventory ({@code {"items": [...], "total": N}}). */
public record SecurityKeyPage(List<SecurityKeyRepresentation> items, long total) {}
