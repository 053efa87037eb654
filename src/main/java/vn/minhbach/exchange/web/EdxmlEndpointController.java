package vn.minhbach.exchange.web;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.minhbach.exchange.ExchangeReceiver;
import vn.minhbach.exchange.PackageRefused;
import vn.minhbach.exchange.Receipt;

/**
 * Where other installations deliver packages: {@code POST /exchange/edxml} with the edXML as the
 * body and the sender, recipient, kind and detached CMS signature in headers. The answer is the
 * acknowledgement (200, also for a package already received) or the refusal (4xx, with the
 * cause); the sender retries only when it got neither.
 */
@RestController
class EdxmlEndpointController {

	/** The largest package accepted: a 5 MB attachment is about 7 MB once base64-encoded, with room to spare. */
	static final int MAX_BYTES = 64 * 1024 * 1024;

	private final ExchangeReceiver receiver;

	EdxmlEndpointController(ExchangeReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping(value = "/exchange/edxml", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> receive(@RequestHeader(value = "X-Edxml-Sender", required = false) String sender,
			@RequestHeader(value = "X-Edxml-Recipient", required = false) String recipient,
			@RequestHeader(value = "X-Edxml-Kind", defaultValue = "DOCUMENT") String kind,
			@RequestHeader(value = "X-Edxml-Signature", required = false) String signature, HttpServletRequest request)
			throws IOException {
		try {
			if (request.getContentLengthLong() > MAX_BYTES) {
				throw new PackageRefused("too-large", "Package larger than " + MAX_BYTES + " bytes");
			}
			byte[] payload = request.getInputStream().readNBytes(MAX_BYTES + 1);
			if (payload.length > MAX_BYTES) {
				throw new PackageRefused("too-large", "Package larger than " + MAX_BYTES + " bytes");
			}
			if (sender == null || recipient == null || signature == null) {
				throw new PackageRefused("missing-header", "X-Edxml-Sender, X-Edxml-Recipient and X-Edxml-Signature are required");
			}
			byte[] cms;
			try {
				cms = Base64.getDecoder().decode(signature);
			}
			catch (IllegalArgumentException ex) {
				throw new PackageRefused("bad-signature", "The signature header is not base64");
			}
			Receipt receipt = receiver.receive(sender, recipient, kind, payload, cms);
			return ResponseEntity.ok(Map.of("status", receipt.duplicate() ? "DUPLICATE" : "ACCEPTED", "packageId",
					receipt.packageId()));
		}
		catch (PackageRefused ex) {
			HttpStatus status = switch (ex.code()) {
				case "unknown-sender", "bad-signature" -> HttpStatus.FORBIDDEN;
				case "too-large" -> HttpStatus.CONTENT_TOO_LARGE;
				default -> HttpStatus.UNPROCESSABLE_CONTENT;
			};
			return ResponseEntity.status(status).body(Map.of("status", "REFUSED", "code", ex.code(), "reason", ex.getMessage()));
		}
	}
}
