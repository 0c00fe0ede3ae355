/**
 * What holds the pages together: security (sign-in, throttling, headers, CSRF), the layout and staff
 * navigation, language switching, error pages and problem-details for the API, and the portal's home
 * pages. Nobody depends on it; it draws on identity and on what modules contribute through shared types.
 */
package vn.langso.platform;
