/**
 * The commune's connected devices (loudspeaker clusters, LED boards, cameras, Wi-Fi points, street
 * lights): their registry and map, the MQTT protocol they speak (docs/mqtt-protocol.md), health from
 * heartbeats, and commands tracked until acknowledged. Other modules send commands through {@link vn.langso.devices.Devices}.
 */
package vn.langso.devices;
