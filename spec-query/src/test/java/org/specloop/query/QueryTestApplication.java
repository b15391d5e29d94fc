package org.specloop.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The boot configuration that web slice tests start from; the real application lives in deploy. */
@SpringBootApplication
public class QueryTestApplication {
}
