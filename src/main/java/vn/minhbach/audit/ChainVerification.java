package vn.minhbach.audit;

/**
 * The outcome of verifying the audit chain.
 *
 * @param intact whether every entry's hash and link are correct and the chain head matches
 * @param entriesChecked how many entries were read
 * @param firstBrokenId the first entry whose hash or link is wrong, or null
 * @param reason the message key of why it is broken, or null
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenId, String reason) {
}
