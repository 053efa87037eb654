package vn.minhbach.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.minhbach.IntegrationTest;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.organization.Position;

/**
 * The leaders' weekly work calendar through the web: the office enters a week, nothing shows
 * publicly until it is published, then the week, one leader's entries, the .ics file and the API
 * show it; a cancellation after publication stays visible; other agencies and roles cannot edit.
 */
@IntegrationTest
class WorkCalendarIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	WorkSchedule schedule;

	UserDetails demo(String username) {
		return users.loadUserByUsername(username);
	}

	List<Position> leaders() {
		return organization.leaders(organization.agencyByCode("000.08.17.H47").orElseThrow().getId());
	}

	long eventId(String content) {
		return jdbc.sql("select id from portal_work_event where content = :c").param("c", content).query(Long.class).single();
	}

	int version(long id) {
		return jdbc.sql("select version from portal_work_event where id = :id").param("id", id).query(Integer.class).single();
	}

	@Test
	void theOfficeEntersAndPublishesAWeekThatThePublicThenSees() throws Exception {
		Position chairman = leaders().get(0);
		Position vice = leaders().get(1);
		String meeting = "Họp triển khai kế hoạch phòng chống lụt bão năm 2030";
		String visit = "Kiểm tra công trình kè chống sạt lở bờ sông Trường Giang";
		mvc.perform(post("/staff/work-calendar/new").with(csrf()).with(user(demo("vanthu.tamanhnam")))
			.param("day", "2030-03-05")
			.param("startsAt", "08:00")
			.param("endsAt", "10:30")
			.param("positionIds", chairman.getId().toString(), vice.getId().toString())
			.param("content", meeting)
			.param("place", "Phòng họp UBND xã, số 1; tầng 2")
			.param("participants", "Ban chỉ huy phòng chống thiên tai xã")
			.param("preparingUnit", "Văn phòng – Thống kê"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/work-calendar/new").with(csrf()).with(user(demo("lanhdao.tamanhnam")))
			.param("day", "2030-03-07")
			.param("startsAt", "14:00")
			.param("positionIds", vice.getId().toString())
			.param("content", visit))
			.andExpect(status().is3xxRedirection());
		// an end before the start is refused next to the form
		mvc.perform(post("/staff/work-calendar/new").with(csrf()).with(user(demo("vanthu.tamanhnam")))
			.param("day", "2030-03-06").param("startsAt", "10:00").param("endsAt", "09:00")
			.param("positionIds", chairman.getId().toString()).param("content", "Giờ kết thúc sai"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Giờ kết thúc phải sau giờ bắt đầu")));

		// the office sees the draft week; the public does not
		mvc.perform(get("/staff/work-calendar").param("week", "2030-W10").with(user(demo("vanthu.tamanhnam"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(meeting)))
			.andExpect(content().string(containsString("Công bố lịch tuần")));
		mvc.perform(get("/lich-cong-tac").param("week", "2030-W10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chưa được công bố")))
			.andExpect(content().string(not(containsString(meeting))));
		mvc.perform(get("/api/v1/portal/work-calendar").param("week", "2030-W10"))
			.andExpect(jsonPath("$.published").value(false))
			.andExpect(content().string(not(containsString(meeting))));
		mvc.perform(get("/lich-cong-tac/lich.ics").param("week", "2030-W10"))
			.andExpect(content().string(not(containsString("BEGIN:VEVENT"))));

		mvc.perform(post("/staff/work-calendar/publish").with(csrf()).with(user(demo("lanhdao.tamanhnam"))).param("week", "2030-W10"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/lich-cong-tac").param("week", "2030-W10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(meeting)))
			.andExpect(content().string(containsString("08:00 – 10:30")))
			.andExpect(content().string(containsString(chairman.getHolderName() + " – " + chairman.getTitle())))
			.andExpect(content().string(containsString("2030-W09")))
			.andExpect(content().string(containsString("2030-W11")));
		// one leader's entries only
		mvc.perform(get("/lich-cong-tac").param("week", "2030-W10").param("leader", chairman.getId().toString()))
			.andExpect(content().string(containsString(meeting)))
			.andExpect(content().string(not(containsString(visit))));
		mvc.perform(get("/api/v1/portal/work-calendar").param("week", "2030-W10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published").value(true))
			.andExpect(jsonPath("$.monday").value("2030-03-04"))
			.andExpect(jsonPath("$.days[1].events[0].content").value(meeting))
			.andExpect(jsonPath("$.days[1].events[0].startsAt").value("08:00:00"))
			.andExpect(jsonPath("$.days[3].events[0].content").value(visit));
		String ics = mvc.perform(get("/lich-cong-tac/lich.ics").param("week", "2030-W10"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String unfolded = ics.replace("\r\n ", "");
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(unfolded).contains("SUMMARY:" + meeting)
			.contains("DTSTART:20300305T010000Z")
			.contains("DTEND:20300305T033000Z")
			.contains("LOCATION:Phòng họp UBND xã\\, số 1\\; tầng 2")
			.contains("STATUS:CONFIRMED");
		assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(75));

		// cancelled after publication: still shown, marked
		long id = eventId(visit);
		mvc.perform(post("/staff/work-calendar/{id}/remove", id).with(csrf()).with(user(demo("vanthu.tamanhnam")))
			.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/lich-cong-tac").param("week", "2030-W10"))
			.andExpect(content().string(containsString(visit)))
			.andExpect(content().string(containsString("Đã hủy")));
		assertThat(mvc.perform(get("/lich-cong-tac/lich.ics").param("week", "2030-W10")).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", "")).contains("STATUS:CANCELLED");
	}

	@Test
	void aDraftEntryIsDeletedAndAChangeIsSaved() throws Exception {
		Position chairman = leaders().get(0);
		String content = "Tiếp công dân định kỳ tháng 4 năm 2030";
		mvc.perform(post("/staff/work-calendar/new").with(csrf()).with(user(demo("vanthu.tamanhnam")))
			.param("day", "2030-04-02").param("startsAt", "07:30").param("positionIds", chairman.getId().toString())
			.param("content", content))
			.andExpect(status().is3xxRedirection());
		long id = eventId(content);
		mvc.perform(get("/staff/work-calendar/{id}", id).with(user(demo("vanthu.tamanhnam"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(org.springframework.web.util.HtmlUtils.htmlEscape(content))));
		mvc.perform(post("/staff/work-calendar/{id}", id).with(csrf()).with(user(demo("vanthu.tamanhnam")))
			.param("day", "2030-04-03").param("startsAt", "08:00").param("positionIds", chairman.getId().toString())
			.param("content", content).param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select day::text from portal_work_event where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("2030-04-03");
		mvc.perform(post("/staff/work-calendar/{id}/remove", id).with(csrf()).with(user(demo("vanthu.tamanhnam")))
			.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from portal_work_event where id = :id").param("id", id).query(Long.class).single())
			.isZero();
	}

	@Test
	void onlyTheAgencysOfficeKeepsItsCalendar() throws Exception {
		Position chairman = leaders().get(0);
		String content = "Làm việc với Hội Nông dân xã năm 2030";
		mvc.perform(post("/staff/work-calendar/new").with(csrf()).with(user(demo("bientap.tamanhnam")))
			.param("day", "2030-05-06").param("startsAt", "09:00").param("positionIds", chairman.getId().toString())
			.param("content", content))
			.andExpect(status().is3xxRedirection());
		long id = eventId(content);
		mvc.perform(get("/staff/work-calendar/{id}", id).with(user(demo("vanthu.nuithanh")))).andExpect(status().isForbidden());
		mvc.perform(post("/staff/work-calendar/{id}/remove", id).with(csrf()).with(user(demo("lanhdao.nuithanh")))
			.param("version", String.valueOf(version(id))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/work-calendar").with(user(demo("motcua.tamanhnam")))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/work-calendar").with(user(demo("congdan.demo")))).andExpect(status().isForbidden());
		// a leader of another agency cannot be put on this calendar
		Long districtLeader = organization.leaders(organization.agencyByCode("000.00.17.H47").orElseThrow().getId()).get(0).getId();
		mvc.perform(post("/staff/work-calendar/new").with(csrf()).with(user(demo("vanthu.tamanhnam")))
			.param("day", "2030-05-07").param("startsAt", "09:00").param("positionIds", districtLeader.toString())
			.param("content", "Lãnh đạo cơ quan khác"))
			.andExpect(status().is(422));
		assertThat(jdbc.sql("select count(*) from portal_work_event where id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theDemoWeekIsPublishedAndTheCompactBoxRendersIt() throws Exception {
		mvc.perform(get("/lich-cong-tac"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giao ban lãnh đạo UBND xã đầu tuần")))
			.andExpect(content().string(containsString("Đã hủy")));
		mvc.perform(get("/lich-cong-tac").param("week", schedule.currentWeek().next().iso()))
			.andExpect(content().string(containsString("Họp giao ban cuối tuần, đánh giá kết quả công tác tuần")));
		mvc.perform(get("/lich-cong-tac").param("week", "2030-W99")).andExpect(status().is(422));
		assertThat(schedule.thisWeek()).isNotEmpty();
	}
}
