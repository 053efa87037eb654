package vn.minhbach.dossier;

/** Whether the dossier's fee is paid. */
public enum PaymentStatus {
	/** No fee, or a fee not payable online (unknown amount, paid at the desk). */
	NOT_REQUIRED,
	/** A fee is due and not paid yet. */
	UNPAID,
	/** Paid; a receipt is recorded. */
	PAID
}
