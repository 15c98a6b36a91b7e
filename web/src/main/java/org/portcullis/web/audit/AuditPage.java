package org.portcullis.web.audit;

import java.util.List;

/** A page of audit events ({@code {"items": [...], "total": N}}, like every admin list). */
public record AuditPage(List<AuditEventRepresentation> items, long total) {}
