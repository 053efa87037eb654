package vn.minhbach.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's description and the bearer-token scheme of {@code /api/v1}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI minhBachOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Minh Bạch API")
				.version("v1")
				.description("API của nền tảng chính quyền điện tử Minh Bạch: danh mục thủ tục hành chính, nộp và tra cứu hồ sơ, "
						+ "thông tin cơ quan, lịch làm việc. Lấy token tại POST /api/v1/auth/token rồi gửi trong tiêu đề "
						+ "Authorization: Bearer <token>. Lỗi trả về theo RFC 9457 (problem details), thông điệp tiếng Việt.")
				.license(new License().name("Mã nguồn mở")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
