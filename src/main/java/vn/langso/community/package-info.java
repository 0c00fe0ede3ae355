/**
 * The commune's people and digital society: households and residents with their digital-skill
 * indicators, QR house plates, community digital teams with their visits and trainings, and
 * online surveys. {@link vn.langso.community.CommunityIndicators} is the read API other modules
 * (the dashboard) use.
 */
package vn.langso.community;
