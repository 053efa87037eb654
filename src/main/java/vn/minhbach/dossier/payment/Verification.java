package vn.minhbach.dossier.payment;

/**
 * A gateway callback, once its signature is checked.
 *
 * @param signatureValid whether the signature matches the gateway's secret
 * @param txnRef our reference
 * @param amountVnd the amount the gateway says was paid, in đồng
 * @param success whether the payment went through
 * @param gatewayTransactionNo the gateway's transaction number
 * @param bankCode the paying bank
 * @param responseCode the gateway's response code ("00" success, "24" cancelled …)
 */
public record Verification(boolean signatureValid, String txnRef, long amountVnd, boolean success,
		String gatewayTransactionNo, String bankCode, String responseCode) {
}
