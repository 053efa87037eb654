package vn.minhbach.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the exchange with other installations.
 *
 * @param poll how often the outbox is looked at for packages due (a delivery is also tried right
 * after the transaction that wrote it)
 * @param firstRetry the wait before the first retry; each further retry waits twice as long
 * @param maxRetryDelay the longest wait between two tries
 * @param timeout how long a peer may take to answer one delivery
 * @param unreachableAlert after how long without success a peer is shown as unreachable
 * @param lease how long a package taken for delivery is reserved for the worker that took it (a
 * worker that dies leaves it to be tried again after this)
 */
@ConfigurationProperties("minhbach.exchange")
public record ExchangeProperties(@DefaultValue("PT5S") Duration poll, @DefaultValue("PT5S") Duration firstRetry,
		@DefaultValue("PT10M") Duration maxRetryDelay, @DefaultValue("PT30S") Duration timeout,
		@DefaultValue("PT1H") Duration unreachableAlert, @DefaultValue("PT2M") Duration lease) {
}
