package org.specloop.app;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The demo users of application.yml with their demo passwords (README.md), for tests that call the
 * API as a real client would: MockMvc through {@link #as}, real HTTP through {@link #basic}.
 */
public enum TestUsers {
    ALICE("qe.alice", "alice-demo"),
    BOB("qe.bob", "bob-demo"),
    CAROL("qe.carol", "carol-demo"),
    OEM("oem.acme", "acme-demo"),
    /** A second OEM, defined only in the test profile. */
    OTHER_OEM("oem.globex", "globex-test"),
    ADMIN("admin", "admin-demo");

    /** The demo rig's key; send it as X-Api-Key. */
    public static final String RIG_KEY = "rig1-demo-key-7c41e9b2d05a";
    public static final String RIG_NAME = "rig.1";

    public final String username;
    public final String password;

    TestUsers(String username, String password) {
        this.username = username;
        this.password = password;
    }

    public RequestPostProcessor as() {
        return httpBasic(username, password);
    }

    public HttpHeaders basic() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
