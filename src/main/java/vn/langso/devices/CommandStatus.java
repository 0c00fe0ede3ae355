package vn.langso.devices;

/** A command's life: sent (perhaps several times) until the device acknowledges it, or reported failed. */
public enum CommandStatus {

	SENT, ACKNOWLEDGED, REFUSED, FAILED;

	public boolean isFinal() {
		return this != SENT;
	}

}
