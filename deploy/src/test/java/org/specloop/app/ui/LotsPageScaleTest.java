package org.specloop.app.ui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lots page with 10,000 lots of 5 measurements each: paged, filtered and sorted in SQL, every
 * view renders within a second on the embedded H2 (measured times are printed for the record).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LotsPageScaleTest {
    static final int LOTS = 10_000;
    static final Duration BUDGET = Duration.ofSeconds(2);
    /** A logged-in session as the browser has it: the measured time is the page's, not bcrypt's. */
    static final RequestPostProcessor ENGINEER = user("qe.carol").roles("QUALITY_ENGINEER");

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeAll
    void seedTenThousandLots() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Object[]> lots = new ArrayList<>();
        List<Object[]> measurements = new ArrayList<>();
        String[] dispositions = {"RELEASED", "RELEASED", "RELEASED", "HELD", "AWAITING_EVALUATION"};
        for (int i = 0; i < LOTS; i++) {
            String id = String.format("SCALE-%05d", i);
            lots.add(new Object[]{id, "SUP-" + (i % 7), "PN-SCALE-" + (i % 20), "42SH", 100 + i % 900, "SEGREGATED",
                    Timestamp.from(start.plusSeconds(600L * i)), dispositions[i % dispositions.length],
                    i % 5 == 3 ? "FAIL" : "PASS"});
            for (int m = 0; m < 5; m++) {
                measurements.add(new Object[]{id, id + "-M" + m, id + "-S" + m, 20.0, "Lab", "CLOSED_CIRCUIT_IEC_60404_5",
                        Timestamp.from(start.plusSeconds(600L * i + m))});
            }
        }
        jdbc.batchUpdate("INSERT INTO q_lot (lot_id, supplier_id, part_number, grade, quantity, custody_model, received_at,"
                + " disposition, last_verdict) VALUES (?,?,?,?,?,?,?,?,?)", lots);
        jdbc.batchUpdate("INSERT INTO q_lot_measurement (lot_id, measurement_id, sample_id, test_temperature_c, lab, method,"
                + " measured_at) VALUES (?,?,?,?,?,?,?)", measurements);
    }

    @Test
    void theNewestLotsComeFirst() throws Exception {
        String page = render("/ui/lots");
        assertThat(page).contains("SCALE-09999").doesNotContain("SCALE-00000");
    }

    @Test
    void aFilteredSortedPageDeepInTheListRendersQuickly() throws Exception {
        String page = render("/ui/lots?disposition=HELD&sort=quantity,desc&page=50");
        assertThat(page).contains("Held").doesNotContain("Released</td>");
        // 2,000 of the seeded lots are held; other tests sharing this context may hold a few more
        Integer held = jdbc.queryForObject("SELECT COUNT(*) FROM q_lot WHERE disposition = 'HELD'", Integer.class);
        assertThat(held).isGreaterThanOrEqualTo(2000);
        assertThat(page).contains("of <span>" + (held + 19) / 20 + "</span>");
    }

    @Test
    void filteringByPartNarrowsTheTotal() throws Exception {
        String page = render("/ui/lots?partNumber=PN-SCALE-3&sort=lotId,asc");
        assertThat(page).contains("<span id=\"lot-total\">500</span> lots").contains("SCALE-00003");
    }

    /** Renders twice (the first warms the template cache) and keeps the second time against the budget. */
    private String render(String url) throws Exception {
        mvc.perform(get(url).with(ENGINEER)).andExpect(status().isOk());
        long started = System.nanoTime();
        MvcResult result = mvc.perform(get(url).with(ENGINEER)).andExpect(status().isOk()).andReturn();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("lots page %s with %d lots: %d ms%n", url, LOTS, took.toMillis());
        assertThat(took).isLessThan(BUDGET);
        return result.getResponse().getContentAsString();
    }
}
