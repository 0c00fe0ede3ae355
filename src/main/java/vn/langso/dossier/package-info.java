/**
 * Online dossiers end to end: submission from the procedure's form with checked attachments, the
 * one-stop workflow with working-day deadlines over the holiday calendar, signed e-results that anyone
 * can verify, tracking, notifications, fees through the payment module and satisfaction ratings.
 */
package vn.langso.dossier;
