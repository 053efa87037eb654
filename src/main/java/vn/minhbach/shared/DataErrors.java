package vn.minhbach.shared;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Recognises database failures that mean something to the user, wherever the persistence
 * framework wrapped them (Spring Data JDBC wraps them in its own action exceptions).
 */
public final class DataErrors {

	private DataErrors() {
	}

	public static boolean isDuplicateKey(Throwable error) {
		return causedBy(error, DuplicateKeyException.class);
	}

	public static boolean isConcurrentChange(Throwable error) {
		return causedBy(error, OptimisticLockingFailureException.class) || causedBy(error, ConcurrentChange.class);
	}

	private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
		for (Throwable current = error; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}
}
