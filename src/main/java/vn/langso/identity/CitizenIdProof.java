package vn.langso.identity;

/**
 * How an account's CCCD number was proven to belong to the person who holds the account. A number
 * without proof is only what someone typed, so no register data is shown or filled in for it.
 */
public enum CitizenIdProof {

	/** Signed in through the national identity provider (VNeID-level OIDC), whose claim carries the CCCD. */
	OIDC,

	/** An officer of the commune saw the person and their CCCD card at the one-stop desk. */
	DESK

}
