/**
 * Dashboards and new-countryside (NTM) reports. Indicators are data, not code (as DHIS2 does): a
 * numerator and a denominator naming figures the other modules publish (their {@code *Figures} read
 * APIs), a factor, a period type, the lowest level, a target and its legal source. A refresher writes
 * the values of open periods into a reporting store ({@code dashboard_value}) by commune, village and
 * province; pages, charts, the PDF self-assessment and the Excel export read only that store.
 * {@link vn.langso.dashboard.Indicators} and {@link vn.langso.dashboard.Dashboards} are its API.
 */
package vn.langso.dashboard;
