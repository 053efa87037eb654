package vn.minhbach.identity.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** Keeps a session alive when the person asks to continue working (the warning before it expires). */
@Controller
class SessionController {

	@PostMapping("/session/keepalive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}
}
