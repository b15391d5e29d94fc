package org.specloop.notify.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.notify.Events;
import org.specloop.notify.NotifyFixture;
import org.specloop.notify.SharedKafkaBrokers;
import org.specloop.notify.WebhookSignature;
import org.specloop.notify.delivery.KafkaSender;
import org.specloop.notify.subscription.WebhookUrlPolicy;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SubscriptionApiTest {
    private final NotifyFixture notify = new NotifyFixture(List.of(Duration.ofSeconds(5)), null);
    private final MockMvc mvc;
    private final String secret = WebhookSignature.newSecret();

    SubscriptionApiTest() {
        mvc = api(null);
        notify.grant("acme", "P-ACME");
    }

    /** The API as wired with the site's Kafka brokers (null: the application has none). */
    private MockMvc api(SharedKafkaBrokers siteBrokers) {
        var clocks = new StaticListableBeanFactory(Map.of("clock", notify.clock)).getBeanProvider(Clock.class);
        var kafka = KafkaSender.forBrokers(notify.properties.kafka(), siteBrokers);
        var validator = new SubscriptionRequestValidator(new WebhookUrlPolicy(notify.properties), kafka);
        return MockMvcBuilders.standaloneSetup(new SubscriptionController(notify.subscriptions, validator, notify.grants, clocks),
                        new DeliveryController(notify.subscriptions, notify.outbox, clocks), new AsyncApiController(),
                        new GrantController(notify.grants, clocks))
                .setControllerAdvice(new NotifyProblems()).build();
    }

    @AfterEach
    void close() {
        notify.close();
    }

    private String webhook(String url, String... secrets) {
        return """
                {"partNumbers": ["P-ACME"], "minimumSeverity": "WARNING",
                 "channel": {"kind": "WEBHOOK", "url": "%s", "secrets": [%s]}}
                """.formatted(url, String.join(",", List.of(secrets).stream().map(s -> "\"" + s + "\"").toList()));
    }

    private ResultActions create(String oem, String body) throws Exception {
        return mvc.perform(post("/api/subscriptions").header("X-Actor", oem).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String createdId(String oem) throws Exception {
        String location = create(oem, webhook("http://127.0.0.1:9/hook", secret)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void an_oem_creates_and_reads_its_subscription_without_its_secrets_echoed() throws Exception {
        create("acme", webhook("http://127.0.0.1:9/hook", secret))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/subscriptions/")))
                .andExpect(jsonPath("$.oem").value("acme"))
                .andExpect(jsonPath("$.channel.activeSecrets").value(1))
                .andExpect(jsonPath("$.channel.secrets").doesNotExist());

        mvc.perform(get("/api/subscriptions").header("X-Actor", "acme"))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].minimumSeverity").value("WARNING"));
    }

    @Test
    void another_oems_subscription_looks_like_a_missing_one() throws Exception {
        String id = createdId("acme");

        mvc.perform(get("/api/subscriptions/" + id).header("X-Actor", "globex")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:not-found"));
        mvc.perform(delete("/api/subscriptions/" + id).header("X-Actor", "globex")).andExpect(status().isNotFound());
        mvc.perform(get("/api/subscriptions").header("X-Actor", "globex")).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(delete("/api/subscriptions/" + id).header("X-Actor", "acme")).andExpect(status().isNoContent());
    }

    @Test
    void invalid_fields_are_listed_by_path() throws Exception {
        create("acme", """
                {"eventTypes": ["org.specloop.nope.v1"], "minimumSeverity": "LOUD",
                 "channel": {"kind": "WEBHOOK", "url": "ftp://oem.example/hook", "secrets": ["whsec_short", "nope"]}}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("eventTypes[0]")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("minimumSeverity")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("channel.url")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("channel.secrets[0]")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("channel.secrets[1]")));
    }

    @Test
    void webhooks_into_private_or_link_local_networks_are_refused() throws Exception {
        for (String url : List.of("http://10.0.0.7/hook", "https://169.254.169.254/latest", "http://192.168.1.1/",
                "http://[::1]/hook", "http://224.0.0.1/")) {
            create("acme", webhook(url, secret)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("channel.url"));
        }
    }

    @Test
    void kafka_subscriptions_need_a_configured_cluster() throws Exception {
        create("acme", """
                {"partNumbers": ["P-ACME"], "channel": {"kind": "KAFKA", "topic": "oem.acme"}}
                """).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("channel.kind"));
    }

    @Test
    void kafka_subscriptions_use_the_sites_brokers_when_notifications_name_none() throws Exception {
        // the cluster and the demo set only specloop.kafka.bootstrap-servers; notifications go to the same brokers
        api(() -> "127.0.0.1:9092").perform(post("/api/subscriptions").header("X-Actor", "acme")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"partNumbers": ["P-ACME"], "channel": {"kind": "KAFKA"}}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channel.topic").value("specloop.oem.acme.notifications"));
    }

    @Test
    void a_kafka_subscription_may_repeat_its_own_topic_but_name_no_other() throws Exception {
        MockMvc kafkaApi = api(() -> "127.0.0.1:9092");
        for (String topic : List.of("specloop.lots.receipts", "specloop.ingest.dead-letters", "specloop.oem.globex.notifications",
                "specloop.oem.acme.notifications-x")) {
            kafkaApi.perform(post("/api/subscriptions").header("X-Actor", "acme").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"partNumbers\": [\"P-ACME\"], \"channel\": {\"kind\": \"KAFKA\", \"topic\": \"" + topic + "\"}}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:specloop:problem:topic-not-allowed"))
                    .andExpect(jsonPath("$.errors[0].field").value("channel.topic"))
                    .andExpect(jsonPath("$.detail", containsString("specloop.oem.acme.notifications")));
        }
        kafkaApi.perform(post("/api/subscriptions").header("X-Actor", "acme").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"partNumbers": ["P-ACME"], "channel": {"kind": "KAFKA", "topic": "specloop.oem.acme.notifications"}}
                                """))
                .andExpect(status().isCreated());
        kafkaApi.perform(get("/api/subscriptions").header("X-Actor", "acme")).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void a_subscription_naming_a_part_or_specification_not_granted_is_refused() throws Exception {
        create("acme", """
                {"partNumbers": ["P-ACME", "P-GLOBEX"], "specificationIds": ["SPEC-GLOBEX"],
                 "channel": {"kind": "WEBHOOK", "url": "http://127.0.0.1:9/hook", "secrets": ["%s"]}}
                """.formatted(secret))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:not-entitled"))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].message", containsString("P-GLOBEX")))
                .andExpect(jsonPath("$.errors[1].field").value("specificationIds"));
        mvc.perform(get("/api/subscriptions").header("X-Actor", "acme")).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void an_admin_grants_and_revokes_with_reasons_and_the_oem_reads_its_own_grants() throws Exception {
        mvc.perform(post("/api/admin/oem-grants/globex").header("X-Actor", "admin").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"partNumbers\": [\"P-G1\", \"P-G2\"], \"specificationIds\": [\"SPEC-G\"], \"reason\": \"contract 7\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partNumbers", hasSize(2)))
                .andExpect(jsonPath("$.grants[0].grantedBy").value("admin"));
        mvc.perform(post("/api/admin/oem-grants/globex/revocation").header("X-Actor", "admin")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"partNumbers\": [\"P-G2\"], \"reason\": \"contract ended\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.partNumbers", hasSize(1)));

        mvc.perform(get("/api/grants").header("X-Actor", "globex")).andExpect(status().isOk())
                .andExpect(jsonPath("$.oem").value("globex"))
                .andExpect(jsonPath("$.partNumbers[0]").value("P-G1"))
                .andExpect(jsonPath("$.specificationIds[0]").value("SPEC-G"));
        mvc.perform(get("/api/grants").header("X-Actor", "acme")).andExpect(jsonPath("$.partNumbers[0]").value("P-ACME"))
                .andExpect(jsonPath("$.partNumbers", hasSize(1)));
        mvc.perform(get("/api/admin/oem-grants/globex/history")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[3].action").value("REVOKED"))
                .andExpect(jsonPath("$[3].itemId").value("P-G2"))
                .andExpect(jsonPath("$[3].actor").value("admin"))
                .andExpect(jsonPath("$[3].reason").value("contract ended"));
        mvc.perform(get("/api/admin/oem-grants")).andExpect(jsonPath("$[*].oem", hasItem("globex")));
    }

    @Test
    void a_grant_needs_a_reason_and_something_to_grant() throws Exception {
        mvc.perform(post("/api/admin/oem-grants/globex").header("X-Actor", "admin").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"partNumbers\": [\"P-\\u0000\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("partNumbers")));
        mvc.perform(post("/api/admin/oem-grants/globex").header("X-Actor", "admin").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"nothing\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("partNumbers"));
        mvc.perform(get("/api/admin/oem-grants/globex/history")).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void a_request_without_an_actor_is_refused() throws Exception {
        mvc.perform(get("/api/subscriptions")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("header X-Actor"));
    }

    @Test
    void secrets_are_rotated_with_at_most_two_active() throws Exception {
        String id = createdId("acme");
        String newer = WebhookSignature.newSecret();

        mvc.perform(put("/api/subscriptions/" + id + "/secrets").header("X-Actor", "acme").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"secrets\": [\"" + newer + "\", \"" + secret + "\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.channel.activeSecrets").value(2));
        mvc.perform(put("/api/subscriptions/" + id + "/secrets").header("X-Actor", "acme").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"secrets\": [\"" + newer + "\", \"" + secret + "\", \"" + secret + "\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("secrets"));
    }

    @Test
    void deliveries_are_listed_and_only_dead_letters_replay() throws Exception {
        String id = createdId("acme");
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
        notify.publish(Events.lotHeld("LOT-1"));

        String deliveryId = notify.outbox.ofSubscription(id, null, 1).get(0).id();
        mvc.perform(get("/api/subscriptions/" + id + "/deliveries?status=pending").header("X-Actor", "acme"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(deliveryId))
                .andExpect(jsonPath("$[0].type").value("org.specloop.lot.held.v1"))
                .andExpect(jsonPath("$[0].nextAttemptAt").exists());
        mvc.perform(post("/api/subscriptions/" + id + "/deliveries/" + deliveryId + "/replay").header("X-Actor", "acme"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/subscriptions/" + id + "/deliveries?status=SOMETIMES").header("X-Actor", "acme"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_contract_is_served_and_nothing_else_from_the_classpath() throws Exception {
        mvc.perform(get("/api/asyncapi/specloop-notifications")).andExpect(status().isOk())
                .andExpect(content -> org.assertj.core.api.Assertions.assertThat(content.getResponse().getContentAsString())
                        .startsWith("# SpecLoop OEM change notifications"));
        mvc.perform(get("/api/schemas/notifications/org.specloop.lot.held.v1.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Magnet lot held"));
        mvc.perform(get("/api/asyncapi/..%2Fapplication")).andExpect(status().isNotFound());
        mvc.perform(get("/api/schemas/notifications/application.yml")).andExpect(status().isNotFound());
    }
}
