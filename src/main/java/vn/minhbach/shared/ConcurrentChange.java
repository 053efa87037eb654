package vn.minhbach.shared;

/**
 * Someone else changed the object since the user loaded it (optimistic locking); shown as 409
 * with the current state so the user can decide again.
 */
public class ConcurrentChange extends RuntimeException {

	public ConcurrentChange(String what) {
		super(what);
	}
}
