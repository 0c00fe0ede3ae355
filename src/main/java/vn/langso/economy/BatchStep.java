package vn.langso.economy;

/**
 * The steps of a batch's life a producer records on a phone, each mapped to an EPCIS 2.0 event type,
 * action and CBV business step / disposition. CBV has no farming step, so planting and inputs use a
 * LàngSố vocabulary URI (user vocabularies are allowed by CBV 2.0); harvest creates the lot
 * ("commissioning", as GS1's fresh-produce guidance does).
 */
public enum BatchStep {

	PLANTING("ObjectEvent", "OBSERVE", "https://langso.vn/voc/BizStep-planting", "active"),
	HARVEST("ObjectEvent", "ADD", "commissioning", "active"),
	PROCESSING("TransformationEvent", null, "commissioning", "in_progress"),
	PACKING("AggregationEvent", "ADD", "packing", "in_progress"),
	SHIPPING("ObjectEvent", "OBSERVE", "shipping", "in_transit"),
	SALE("ObjectEvent", "OBSERVE", "retail_selling", "retail_sold");

	private final String eventType;

	private final String action;

	private final String bizStep;

	private final String disposition;

	BatchStep(String eventType, String action, String bizStep, String disposition) {
		this.eventType = eventType;
		this.action = action;
		this.bizStep = bizStep;
		this.disposition = disposition;
	}

	public String eventType() {
		return eventType;
	}

	public String action() {
		return action;
	}

	public String bizStep() {
		return bizStep;
	}

	public String disposition() {
		return disposition;
	}

	/** Which step an event stands for, for the trace page; empty for events of other systems. */
	static java.util.Optional<BatchStep> of(String eventType, String bizStep) {
		String web = bizStep == null ? null : Cbv.bizStep(bizStep).orElse(bizStep);
		for (BatchStep step : values()) {
			if (step.eventType.equals(eventType) && Cbv.bizStep(step.bizStep).orElseThrow().equals(web)) {
				return java.util.Optional.of(step);
			}
		}
		return java.util.Optional.empty();
	}

}
