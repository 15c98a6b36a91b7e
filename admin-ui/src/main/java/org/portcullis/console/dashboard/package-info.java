/**
 * A tenant's dashboard: counts, sign-ins and refused sign-ins per day (aggregated by the database),
 * recent audit events. Owns no data.
 */
package org.portcullis.console.dashboard;
