package vn.langso.devices;

/** How the commands of one reference (an announcement, a schedule slot) fared, and how many devices reported playing it. */
public record CommandSummary(long sent, long acknowledged, long refused, long failed, long pending, long devicesPlayed) {
}
