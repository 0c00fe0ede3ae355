package vn.langso.economy;

public record PaymentPointView(long id, long villageId, String name, String kind, boolean acceptsVietQr) {
}
