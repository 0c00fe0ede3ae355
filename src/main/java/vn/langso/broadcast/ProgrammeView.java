package vn.langso.broadcast;

import java.time.Instant;

/** A programme of the library. */
public record ProgrammeView(long id, String title, String audioFile, Integer durationSeconds, Instant createdAt) {
}
