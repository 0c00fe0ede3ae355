package vn.langso.economy;

/** A producer as staff see it in the commune's registry: with the contact phone the public never sees. */
public record ProducerRegistryView(ProducerView producer, String contactPhone, long products, long growingAreas,
		boolean hasAccount) {
}
