package org.specloop.query.specification.http;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.query.FixedClock;
import org.specloop.query.shared.EventStreamReader;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.TimedEvent;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.specloop.query.specification.SpecificationSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.specloop.query.Fixtures.content42SH;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = SpecificationQueryController.class, properties = "spring.mvc.problemdetails.enabled=true")
@Import(FixedClock.class)
class SpecificationQueryControllerTest {
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private SpecificationReadModel specifications;
    @MockitoBean
    private ObjectHistory history;
    @MockitoBean
    private EventStreamReader events;

    @Test
    void lists_specifications_as_a_page() throws Exception {
        when(specifications.find(eq("P-100"), eq(null), any(PageQuery.class))).thenReturn(new Page<>(List.of(
                new SpecificationSummary("S-1", "P-100", "42SH", "Rotor", 1, "rev 1 effective", "ann", JAN)), 0, 20, 1));

        mvc.perform(get("/api/specifications").param("partNumber", "P-100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].specificationId").value("S-1"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.size").value(20));
    }

    @Test
    void an_unknown_specification_is_a_404_problem() throws Exception {
        when(specifications.summary("S-9")).thenReturn(Optional.empty());

        mvc.perform(get("/api/specifications/S-9"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no specification 'S-9'"));
    }

    @Test
    void a_page_size_above_the_maximum_is_a_400_problem() throws Exception {
        mvc.perform(get("/api/specifications").param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("size must be between 1 and 200, got 500"));
    }

    @Test
    void the_diff_compares_two_revisions_field_by_field() throws Exception {
        when(specifications.revision("S-1", 1)).thenReturn(Optional.of(revision(1, 1592)));
        when(specifications.revision("S-1", 2)).thenReturn(Optional.of(revision(2, 1650)));

        mvc.perform(get("/api/specifications/S-1/diff").param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[0].path").value("characteristics/HCJ@20degC/min"))
                .andExpect(jsonPath("$.changes[0].before").value(1592.0))
                .andExpect(jsonPath("$.changes[0].after").value(1650.0))
                .andExpect(jsonPath("$.changes[0].change").value("CHANGED"))
                .andExpect(jsonPath("$.changes[0].unit").value("kA/m"));
    }

    @Test
    void a_diff_against_a_missing_revision_is_a_404() throws Exception {
        when(specifications.revision("S-1", 1)).thenReturn(Optional.of(revision(1, 1592)));
        when(specifications.revision("S-1", 7)).thenReturn(Optional.empty());
        when(specifications.summary("S-1")).thenReturn(Optional.of(
                new SpecificationSummary("S-1", "P-100", "42SH", "Rotor", 1, "", "ann", JAN)));

        mvc.perform(get("/api/specifications/S-1/diff").param("from", "1").param("to", "7"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("specification 'S-1' has no revision 7"));
    }

    @Test
    void the_effective_revision_is_folded_from_the_event_stream() throws Exception {
        when(events.read("S-1")).thenReturn(stream());

        mvc.perform(get("/api/specifications/S-1/effective").param("asOf", "2026-01-15T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.content.characteristics[1].min").value(1592.0));
    }

    @Test
    void no_effective_revision_at_the_instant_is_a_404_problem() throws Exception {
        when(events.read("S-1")).thenReturn(stream());

        mvc.perform(get("/api/specifications/S-1/effective").param("asOf", "2025-06-01T00:00:00Z"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void an_as_of_that_is_not_an_instant_is_a_400() throws Exception {
        mvc.perform(get("/api/specifications/S-1/effective").param("asOf", "last tuesday"))
                .andExpect(status().isBadRequest());
    }

    private static List<TimedEvent> stream() {
        return List.of(new TimedEvent(JAN, new SpecificationCreated("S-1", "P-100", "42SH", "Rotor", "ann")),
                new TimedEvent(JAN, new RevisionDrafted("S-1", "P-100", 1, content42SH(1592), "first", "ann")),
                new TimedEvent(JAN, new RevisionApproved("S-1", 1, "bob", "ok", SignatureMeaning.APPROVED, JAN, JAN)));
    }

    private static RevisionView revision(int revision, double hcjMin) {
        return new RevisionView("S-1", revision, "APPROVED", content42SH(hcjMin), "ann", null, JAN, null, null, "bob",
                null, null, null, null, null, null, null, null, null, null);
    }
}
