package vn.minhbach.shared;

/** Too many requests from one client in a short time (e.g. guessing dossier codes); shown as 429. */
public class RateLimited extends RuntimeException {

	public RateLimited(String what) {
		super(what);
	}
}
