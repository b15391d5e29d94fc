package org.specloop.query.change.http;

import org.junit.jupiter.api.Test;
import org.specloop.query.FixedClock;
import org.specloop.query.change.ChangeReadModel;
import org.specloop.query.change.ChangeSummary;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.specloop.query.Fixtures.at;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = ChangeQueryController.class, properties = "spring.mvc.problemdetails.enabled=true")
@Import(FixedClock.class)
class ChangeQueryControllerTest {
    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private ChangeReadModel changes;
    @MockitoBean
    private ObjectHistory history;

    @Test
    void lists_changes_filtered_by_status_and_trigger() throws Exception {
        when(changes.find(eq("PLANNED"), eq("SOURCE_CHANGE"), eq("S-1"), any(PageQuery.class))).thenReturn(new Page<>(
                List.of(new ChangeSummary("EC-1", "SOURCE_CHANGE", "Separator changed", "S-1", "PLANNED", "system", at(0),
                        "2026-03-31", null, null)), 0, 20, 1));

        mvc.perform(get("/api/engineering-changes").param("status", "PLANNED").param("trigger", "source-change")
                        .param("specificationId", "S-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].changeId").value("EC-1"))
                .andExpect(jsonPath("$.items[0].dueDate").value("2026-03-31"));
    }

    @Test
    void an_unknown_trigger_filter_is_a_400() throws Exception {
        mvc.perform(get("/api/engineering-changes").param("trigger", "WHIM"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void an_unknown_change_is_a_404_problem() throws Exception {
        when(changes.one("EC-9")).thenReturn(Optional.empty());

        mvc.perform(get("/api/engineering-changes/EC-9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no engineering change 'EC-9'"));
    }

    @Test
    void a_change_without_a_first_article_record_or_ppap_level_is_a_404_problem_naming_why() throws Exception {
        when(changes.exists("EC-2")).thenReturn(true);
        when(changes.firstArticle("EC-2")).thenReturn(Optional.empty());
        when(changes.ppap("EC-2")).thenReturn(Optional.empty());

        mvc.perform(get("/api/engineering-changes/EC-2/first-article"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("engineering change 'EC-2' has no first article record: only a"
                        + " planned source change has one"));
        mvc.perform(get("/api/engineering-changes/EC-2/ppap"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("engineering change 'EC-2' has no PPAP submission: its plan states"
                        + " no PPAP submission level"));
    }

    @Test
    void the_first_article_record_of_an_unknown_change_is_a_404_problem() throws Exception {
        when(changes.exists("EC-9")).thenReturn(false);

        mvc.perform(get("/api/engineering-changes/EC-9/first-article"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no engineering change 'EC-9'"));
    }
}
