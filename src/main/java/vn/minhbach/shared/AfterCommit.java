package vn.minhbach.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work tied to the commit of the current transaction: nudging a worker once what it must send is
 * visible to it, or emptying an in-memory cache so that no reader keeps what the transaction
 * replaced.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	/** Runs the work once the current transaction commits, or now when there is none. */
	public static void run(Runnable work) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					work.run();
				}
			});
		}
		else {
			work.run();
		}
	}

	/**
	 * Runs the work now and again once the current transaction commits: for emptying a cache, so
	 * that neither this transaction nor a reader who filled it in between keeps the old value.
	 */
	public static void nowAndAfterCommit(Runnable work) {
		work.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			run(work);
		}
	}
}
