/**
 * Citizen feedback (phản ánh kiến nghị): residents report problems with photos and a map position,
 * staff triage, assign with a deadline in working days, answer publicly and close; overdue reports
 * are escalated to the commune leader; reporters follow and rate the handling. The same reports are
 * served through the standard Open311 GeoReport v2 API at {@code /open311/v2/}.
 */
package vn.langso.feedback;
