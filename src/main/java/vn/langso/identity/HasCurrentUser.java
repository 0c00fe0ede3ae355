package vn.langso.identity;

/** A security principal that knows which platform account it stands for, however the person signed in. */
public interface HasCurrentUser {

	CurrentUser user();

}
