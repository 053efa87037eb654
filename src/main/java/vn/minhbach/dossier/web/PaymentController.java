package vn.minhbach.dossier.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import vn.minhbach.dossier.Payment;
import vn.minhbach.dossier.Payments;
import vn.minhbach.dossier.payment.SandboxGateway;

/**
 * The gateway's side of online payment: the IPN (server to server, answered in the gateway's
 * JSON), the browser's return, and the SANDBOX bank page used by the demo and the tests.
 */
@Controller
class PaymentController {

	private final Payments payments;

	private final SandboxGateway sandbox;

	PaymentController(Payments payments, SandboxGateway sandbox) {
		this.payments = payments;
		this.sandbox = sandbox;
	}

	/** VNPAY calls its IPN address with GET and the signed parameters; the answer is JSON. */
	@GetMapping("/payment/ipn/{gateway}")
	@ResponseBody
	Map<String, String> ipn(@PathVariable String gateway, @RequestParam Map<String, String> parameters) {
		Payments.IpnAnswer answer = payments.notification(gateway, parameters);
		return Map.of("RspCode", answer.code(), "Message", answer.message());
	}

	@GetMapping("/payment/return/{gateway}")
	String returned(@PathVariable String gateway, @RequestParam Map<String, String> parameters, Model model) {
		Payment payment = payments.returned(gateway, parameters).orElse(null);
		model.addAttribute("payment", payment);
		model.addAttribute("success", null);
		model.addAttribute("ok", payment != null && payment.status() == Payment.Status.PAID);
		return "dossier/payment-return";
	}

	/** The sandbox "bank": shows the order it was sent, if the request's signature is valid. */
	@GetMapping("/payment/sandbox/pay")
	String sandboxBank(@RequestParam Map<String, String> request, Model model) {
		model.addAttribute("valid", sandbox.validRequest(request));
		model.addAttribute("request", request);
		model.addAttribute("amount", Long.parseLong(request.getOrDefault("vnp_Amount", "0")) / 100);
		return "dossier/sandbox-bank";
	}

	/** The tester pays or cancels: the sandbox bank notifies the IPN, then sends the browser back. */
	@PostMapping("/payment/sandbox/pay")
	ResponseEntity<Void> sandboxDecide(@RequestParam Map<String, String> request, @RequestParam String decision) {
		if (!sandbox.validRequest(withoutDecision(request))) {
			return ResponseEntity.badRequest().build();
		}
		Map<String, String> callback = sandbox.callbackFor(request, "pay".equals(decision),
				String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L)));
		payments.notification(sandbox.id(), callback);
		var back = UriComponentsBuilder.fromUriString(request.get("vnp_ReturnUrl"));
		callback.forEach(back::queryParam);
		URI location = back.encode().build().toUri();
		return ResponseEntity.status(303).location(location).build();
	}

	private static Map<String, String> withoutDecision(Map<String, String> request) {
		var copy = new java.util.LinkedHashMap<>(request);
		copy.remove("decision");
		copy.remove("_csrf");
		return copy;
	}
}
