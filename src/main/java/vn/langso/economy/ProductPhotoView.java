package vn.langso.economy;

/** A product photo's two public addresses and the large one's size in pixels. */
public record ProductPhotoView(long id, String large, String small, int width, int height) {
}
