package org.specloop.app.export;

import org.junit.jupiter.api.Test;
import org.specloop.app.Eventually;
import org.specloop.app.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The workspace's lists offer their rows as a CSV file: the link carries the page's filters, and
 * following it as a browser does (asking for HTML, not CSV) downloads exactly the filtered rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CsvExportPageTest {
    @Autowired
    MockMvc mvc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String part = "PN-CSV-UI-" + suffix;

    @Test
    void theLotsPageExportsTheHeldLotsItShows() throws Exception {
        String held = receive("LOT-CSV-UI-H-" + suffix);
        receive("LOT-CSV-UI-A-" + suffix);
        mvc.perform(post("/api/lots/" + held + "/hold").with(TestUsers.ALICE.as()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"certificate missing\"}"));
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () ->
                assertThat(page("/ui/lots?partNumber=" + part + "&disposition=HELD")).contains(held));

        String link = exportLink(page("/ui/lots?partNumber=" + part + "&disposition=HELD"), "lot-export");
        assertThat(link).startsWith("/api/lots?").contains("partNumber=" + part).contains("disposition=HELD")
                .contains("format=csv");
        MockHttpServletResponse file = follow(link);
        assertThat(file.getHeader("Content-Disposition")).contains("attachment").contains("lots.csv");
        String[] rows = file.getContentAsString().split("\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith(held + ",");

        assertThat(exportLink(page("/ui/lots/" + held), "measurements-export"))
                .isEqualTo("/api/lots/" + held + "/measurements?format=csv");
    }

    @Test
    void theChangesPageFiltersAndExportsWhatItShows() throws Exception {
        String spec = "SPEC-CSV-UI-" + suffix;
        mvc.perform(post("/api/engineering-changes").with(TestUsers.ALICE.as()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"trigger":"MANUAL","title":"Export from the page","description":"d","specificationId":"%s"}"""
                        .formatted(spec)));
        Eventually.eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () ->
                assertThat(page("/ui/engineering-changes?specificationId=" + spec)).contains("Export from the page"));
        String filtered = page("/ui/engineering-changes?specificationId=" + spec + "&trigger=MANUAL");
        assertThat(filtered).contains("<span id=\"change-total\">1</span>");
        String link = exportLink(filtered, "change-export");
        assertThat(link).startsWith("/api/engineering-changes?").contains("trigger=MANUAL")
                .contains("specificationId=" + spec).contains("format=csv");
        String[] rows = follow(link).getContentAsString().split("\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).contains("Export from the page");
        assertThat(page("/ui/engineering-changes?specificationId=" + spec + "&status=CLOSED"))
                .contains("<span id=\"change-total\">0</span>").contains("No engineering change matches.");
    }

    private String receive(String lot) throws Exception {
        mvc.perform(post("/api/lots").with(TestUsers.ALICE.as()).contentType(MediaType.APPLICATION_JSON).content("""
                {"lotId": "%s", "supplierId": "SUP-UI", "partNumber": "%s", "grade": "42SH", "quantity": 10,
                 "receivedAt": "%s"}""".formatted(lot, part, Instant.now())));
        return lot;
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(TestUsers.ALICE.as()).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse follow(String link) throws Exception {
        MockHttpServletResponse file = mvc.perform(get(link).with(TestUsers.ALICE.as())
                .accept(MediaType.TEXT_HTML, MediaType.ALL)).andReturn().getResponse();
        assertThat(file.getStatus()).as(file.getContentAsString()).isEqualTo(200);
        assertThat(file.getContentType()).startsWith("text/csv");
        return file;
    }

    private static String exportLink(String html, String id) {
        Matcher link = Pattern.compile("id=\"" + id + "\"[^>]*href=\"([^\"]+)\"").matcher(html);
        assertThat(link.find()).as(id + " in the page").isTrue();
        return HtmlUtils.htmlUnescape(link.group(1));
    }
}
