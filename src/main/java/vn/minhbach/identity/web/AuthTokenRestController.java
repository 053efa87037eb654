package vn.minhbach.identity.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.minhbach.identity.AccountPrincipal;
import vn.minhbach.identity.ApiTokens;

/** {@code POST /api/v1/auth/token}: a bearer token for API clients, by user name and password. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Xác thực", description = "Cấp và thu hồi token cho ứng dụng gọi API")
class AuthTokenRestController {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final MessageSource messages;

	AuthTokenRestController(AuthenticationManager authentication, ApiTokens tokens, MessageSource messages) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.messages = messages;
	}

	record TokenRequest(@NotBlank String username, @NotBlank String password) {
	}

	record TokenResponse(String access_token, String token_type, long expires_in) {
	}

	@PostMapping("/token")
	@Operation(summary = "Cấp token Bearer", description = "Đăng nhập bằng tên đăng nhập (hoặc số CCCD, email) và mật khẩu; "
			+ "token dùng trong tiêu đề Authorization: Bearer … cho mọi API dưới /api/v1.")
	ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request, Locale locale) {
		try {
			var result = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
			var issued = tokens.issue((AccountPrincipal) result.getPrincipal());
			return ResponseEntity.ok(new TokenResponse(issued.token(), "Bearer", issued.validity().toSeconds()));
		}
		catch (LockedException ex) {
			return refused("login.locked", locale);
		}
		catch (DisabledException ex) {
			return refused("login.disabled", locale);
		}
		catch (AuthenticationException ex) {
			return refused("login.error", locale);
		}
	}

	@DeleteMapping("/token")
	@Operation(summary = "Thu hồi token đang dùng")
	ResponseEntity<Void> revoke(@RequestHeader("Authorization") String authorization) {
		String token = authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : authorization;
		tokens.revoke(token);
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<ProblemDetail> refused(String key, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				messages.getMessage(key, null, locale));
		problem.setTitle(messages.getMessage("error.401.title", null, locale));
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
	}
}
