package org.portcullis.web.key;

import java.util.List;

/** A tenant's keys ({@code {"items": [...], "total": N}}, like the admin API's pages). */
public record KeyList(List<KeyRepresentation> items, long total) {}
