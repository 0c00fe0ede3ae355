package vn.langso.identity;

/**
 * A read-only administrative unit. {@code slug} names a commune in public URLs ({@code /xa/binh-hoa}).
 */
public record AreaView(long id, String code, String name, AreaLevel level, Long parentId, String slug) {
}
