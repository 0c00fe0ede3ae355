-- A playback report is checked against earlier reports of the same command (replays) and a batch of
-- reports is read by message id; the playback log is read newest first per commune.
create index devices_playback_message on devices_playback (message_id, device_id);
create index devices_playback_started on devices_playback (commune_id, started_at);
