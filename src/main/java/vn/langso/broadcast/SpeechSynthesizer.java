package vn.langso.broadcast;

/**
 * Text to Vietnamese speech. espeak-ng (Debian) is the default engine; a better engine (a neural
 * Vietnamese voice, a vendor's cloud) is another bean implementing this.
 */
public interface SpeechSynthesizer {

	/** WAV audio of the text read in Vietnamese. */
	byte[] speak(String text);

}
