package org.specloop.query.registry.http;

import org.junit.jupiter.api.Test;
import org.specloop.query.FixedClock;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.registry.CertificateView;
import org.specloop.query.registry.SourceReadModel;
import org.specloop.query.registry.SourceView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = SourceQueryController.class, properties = "spring.mvc.problemdetails.enabled=true")
@Import(FixedClock.class)
class SourceQueryControllerTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-02-01");
    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private SourceReadModel sources;
    @MockitoBean
    private ObjectHistory history;

    @Test
    void a_source_shows_its_expired_certificates_as_of_today() throws Exception {
        when(sources.one("SEP-1", TODAY)).thenReturn(Optional.of(new SourceView("SEP-1", "Sep", "SEPARATOR", "MY", List.of(),
                List.of(new CertificateView("ISO 9001", "Q-1", "TUV", "2023-01-01", "2026-01-31", true)),
                List.of("ISO 9001"), true, List.of(), TODAY)));

        mvc.perform(get("/api/sources/SEP-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expiredCertificates[0]").value("ISO 9001"))
                .andExpect(jsonPath("$.hasExpiredCertificate").value(true));
    }

    @Test
    void lists_sources_by_tier_and_country() throws Exception {
        when(sources.find(eq("SEPARATOR"), eq("MY"), eq(null), eq(TODAY), any(PageQuery.class)))
                .thenReturn(new Page<>(List.of(), 0, 20, 0));

        mvc.perform(get("/api/sources").param("tier", "separator").param("country", "my"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void a_country_that_is_not_an_iso_code_is_a_400() throws Exception {
        mvc.perform(get("/api/sources").param("country", "Malaysia"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void an_unknown_source_is_a_404() throws Exception {
        when(sources.one("X", TODAY)).thenReturn(Optional.empty());

        mvc.perform(get("/api/sources/X"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no source 'X'"));
    }
}
