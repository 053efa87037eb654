package vn.minhbach.catalog;

/** How a dossier can be submitted. */
public enum Channel {
	ONLINE, IN_PERSON, POST
}
