/**
 * Announcements written once and sent to every channel (portal, in-app, e-mail, SMS/Zalo, LED boards,
 * loudspeakers), Vietnamese text-to-speech, the loudspeaker programme library and schedules, emergency
 * alerts as OASIS CAP 1.2, and the measured reach of each announcement. Devices are driven through the devices module.
 */
package vn.langso.broadcast;
