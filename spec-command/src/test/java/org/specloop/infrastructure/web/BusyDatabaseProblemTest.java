package org.specloop.infrastructure.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class BusyDatabaseProblemTest {
    private final ProblemResponses problems = new ProblemResponses();

    @Test
    void no_free_connection_is_a_503_to_retry_not_a_500() {
        ResponseEntity<ProblemDetail> answer = problems.busy(new CannotGetJdbcConnectionException("pool exhausted"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getBody().getType().toString()).isEqualTo("urn:specloop:problem:busy");
        assertThat(answer.getBody().getDetail()).doesNotContain("pool exhausted");
    }

    @Test
    void a_query_cancelled_by_its_timeout_is_busy_too() {
        assertThat(problems.busy(new QueryTimeoutException("statement timeout")).getStatusCode().value()).isEqualTo(503);
    }
}
