package vn.langso.dossier;

/** A file as it arrived, for one document of the procedure. */
public record Upload(String documentKey, String fileName, byte[] content) {
}
