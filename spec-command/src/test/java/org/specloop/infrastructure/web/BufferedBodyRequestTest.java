package org.specloop.infrastructure.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BufferedBodyRequestTest {

    @Test
    void aBodyWithinTheLimitIsReadWholeAndCanBeReadAgain() throws IOException {
        BufferedBodyRequest body = BufferedBodyRequest.readAtMost(request("0123456789"), 10).orElseThrow();
        assertThat(body.body()).asString(StandardCharsets.UTF_8).isEqualTo("0123456789");
        assertThat(body.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("0123456789");
        assertThat(body.getReader().readLine()).isEqualTo("0123456789");
    }

    @Test
    void aLongerBodyIsRefusedAfterReadingOneBytePastTheLimit() throws IOException {
        MockHttpServletRequest request = request("0123456789ABCDEF");
        assertThat(BufferedBodyRequest.readAtMost(request, 10)).isEmpty();
        assertThat(request.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("BCDEF");
    }

    @Test
    void withoutALimitTheWholeBodyIsRead() throws IOException {
        assertThat(new BufferedBodyRequest(request("0123456789ABCDEF")).body()).hasSize(16);
    }

    private static MockHttpServletRequest request(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/anything");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
