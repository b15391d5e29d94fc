package org.specloop.app.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromQlTest {

    @Test
    void findsTheMetricsAndNothingElse() {
        assertThat(PromQl.metricNames("histogram_quantile(0.95, sum by (le, channel) "
                + "(rate(notify_delivery_latency_seconds_bucket{channel=\"webhook\"}[$__rate_interval])))"))
                .containsExactly("notify_delivery_latency_seconds_bucket");
        assertThat(PromQl.metricNames("sum by (uri) (rate(a_sum[5m])) / sum by (uri) (rate(a_count[5m])) > 0 and up == 0"))
                .containsExactly("a_count", "a_sum", "up");
        assertThat(PromQl.metricNames("max by (processor) (min_over_time(specloop_processor_lag[15m])) > 1e3"))
                .containsExactly("specloop_processor_lag");
    }
}
