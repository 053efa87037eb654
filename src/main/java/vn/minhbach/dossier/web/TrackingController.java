package vn.minhbach.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.minhbach.dossier.DossierTracking;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.RateLimited;

/** Tra cứu hồ sơ: anyone looks a dossier up by its code; personal data is masked. */
@Controller
class TrackingController {

	private final DossierTracking tracking;

	TrackingController(DossierTracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping("/track")
	String track(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("code", code == null ? "" : code.trim());
		if (code == null || code.isBlank()) {
			return "dossier/track";
		}
		try {
			model.addAttribute("view", tracking.track(code, request.getRemoteAddr()));
		}
		catch (NotFoundException ex) {
			response.setStatus(404);
			model.addAttribute("notFound", true);
		}
		catch (RateLimited ex) {
			response.setStatus(429);
			model.addAttribute("tooMany", true);
		}
		return "dossier/track";
	}
}
