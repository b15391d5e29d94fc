package org.specloop.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.specloop.ingest.Refusal;

class SampleScannerTest {

    private static final String RIG_LOAD_SAMPLE = "{\"messageId\":\"BENCH-RUN-007/4711\",\"runId\":\"BENCH-RUN-007\","
            + "\"pointId\":\"P2\",\"sequence\":4711,\"time\":\"2026-11-20T08:01:34.220Z\",\"speedRpm\":1350.1,"
            + "\"torqueNm\":35.02,\"inputPowerW\":5321.7,\"windingTemperatureC\":81.3,\"coolantTemperatureC\":40.0,"
            + "\"vibrationVelocityMmS\":0.83}";

    private final Ids ids = new Ids();
    private final SampleParser parser = new SampleParser();

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSampleAsRigsSendItIsReadWithoutTheFullParserAndMeansTheSame() {
        ParsedSample scanned = SampleScanner.scan(bytes(RIG_LOAD_SAMPLE), ids);
        assertThat(scanned).isNotNull().isEqualTo(parser.parseFully(bytes(RIG_LOAD_SAMPLE)));
        assertThat(scanned.values().speedRpm()).isEqualTo(1350.1);
        assertThat(scanned.values().torqueNm()).isEqualTo(35.02);
        assertThat(scanned.values().input().activePowerW()).isEqualTo(5321.7);
    }

    @Test
    void threePhaseTriplesAndWhitespaceAreOnTheFastPathToo() {
        String json = "{ \"messageId\" : \"m\", \"runId\":\"R\",\"pointId\":\"P\",\"sequence\":0,\n"
                + "\"time\":\"2026-11-20T08:12:41Z\",\"speedRpm\":1500,\"torqueNm\":-0.5,"
                + "\"lineVoltagesV\":[ 400.1 , 399.9,400 ],\"phaseCurrentsA\":[18.25,18.0,17.75],\"powerFactor\":0.91 }\t";
        ParsedSample scanned = SampleScanner.scan(bytes(json), ids);
        assertThat(scanned).isNotNull().isEqualTo(parser.parseFully(bytes(json)));
    }

    @Test
    void whatIsNotThePlainFormIsLeftToTheFullParser() {
        String head = "{\"messageId\":\"m\",\"runId\":\"R\",\"pointId\":\"P\",\"sequence\":1,\"time\":\"2026-11-20T08:12:41Z\",";
        List<String> others = List.of(
                head + "\"speedRpm\":1.5e3,\"torqueNm\":1,\"inputPowerW\":1}",              // exponent
                head + "\"speedRpm\":1500.0000000000001,\"torqueNm\":1,\"inputPowerW\":1}", // 17 digits
                head + "\"speedRpm\":01500,\"torqueNm\":1,\"inputPowerW\":1}",              // leading zero
                head.replace("\"R\"", "\"R\\u0041\"") + "\"speedRpm\":1,\"torqueNm\":1,\"inputPowerW\":1}", // escape
                head.replace("\"R\"", "\"Ré\"") + "\"speedRpm\":1,\"torqueNm\":1,\"inputPowerW\":1}",      // not ASCII
                head + "\"speedRpm\":1,\"torqueNm\":1,\"inputPowerW\":1,\"extra\":{}}",      // unknown field
                head + "\"speedRpm\":\"1\",\"torqueNm\":1,\"inputPowerW\":1}",              // wrong type
                head + "\"speedRpm\":1,\"torqueNm\":1,\"inputPowerW\":1} {}",               // trailing content
                head + "\"speedRpm\":1,\"torqueNm\":1,\"inputPowerW\":1",                   // cut off
                head + "\"speedRpm\":99999999x,\"torqueNm\":1,\"inputPowerW\":1}",           // malformed number
                head.replace("\"sequence\":1", "\"sequence\":1.0") + "\"speedRpm\":1,\"torqueNm\":1,\"inputPowerW\":1}",
                head + "\"speedRpm\":1,\"torqueNm\":1,\"inputPowerW\":1,\"speedRpm\":2}");      // a key twice
        for (String json : others) {
            assertThat(SampleScanner.scan(bytes(json), ids)).as(json).isNull();
        }
    }

    @Test
    void aValueOutOfRangeIsRefusedWithTheFullParsersWords() {
        String json = RIG_LOAD_SAMPLE.replace("\"windingTemperatureC\":81.3", "\"windingTemperatureC\":500");
        assertThatThrownBy(() -> SampleScanner.scan(bytes(json), ids)).isInstanceOf(Refusal.class)
                .hasMessage("windingTemperatureC 500.0 is out of range -60.0 .. 400.0");
        assertThatThrownBy(() -> parser.parseFully(bytes(json))).hasMessage("windingTemperatureC 500.0 is out of range -60.0 .. 400.0");
    }

    /**
     * Random samples, many of them damaged byte by byte or with numbers of every length: whatever the
     * scanner accepts or refuses must be what Jackson's parser makes of the same bytes.
     */
    @Test
    void onRandomAndDamagedSamplesTheScannerAndTheFullParserAgree() {
        Random random = new Random(20261123);
        int scanned = 0;
        for (int n = 0; n < 20_000; n++) {
            String json = randomSample(random);
            if (random.nextInt(3) == 0) {
                json = damage(json, random);
            }
            byte[] b = bytes(json);
            Object fast = outcome(() -> parser.parse(b));
            Object full = outcome(() -> parser.parseFully(b));
            assertThat(fast).as(json).isEqualTo(full);
            if (outcome(() -> SampleScanner.scan(b, new Ids())) != null) {
                scanned++;
            }
        }
        assertThat(scanned).as("samples the fast path decided").isGreaterThan(5_000);
    }

    private interface Parse {
        ParsedSample run();
    }

    private static Object outcome(Parse parse) {
        try {
            return parse.run();
        } catch (Refusal e) {
            return "refused: " + e.reason();
        }
    }

    private static String randomSample(Random r) {
        List<String> fields = new ArrayList<>();
        fields.add("\"messageId\":\"M-" + r.nextInt(1000) + "\"");
        fields.add("\"runId\":\"RUN-" + r.nextInt(5) + "\"");
        fields.add("\"pointId\":\"P" + r.nextInt(5) + "\"");
        fields.add("\"sequence\":" + (r.nextInt(20) == 0 ? -r.nextInt(5) : r.nextInt(1_000_000)));
        fields.add("\"time\":\"2026-11-20T08:" + String.format(Locale.ROOT, "%02d:%02d.%03dZ", r.nextInt(60), r.nextInt(60),
                r.nextInt(1000)) + "\"");
        fields.add("\"speedRpm\":" + number(r, 2000));
        fields.add("\"torqueNm\":" + number(r, 200));
        if (r.nextBoolean()) {
            fields.add("\"inputPowerW\":" + number(r, 20000));
        } else {
            fields.add("\"lineVoltagesV\":[" + number(r, 400) + "," + number(r, 400) + "," + number(r, 400) + "]");
            fields.add("\"phaseCurrentsA\":[" + number(r, 20) + "," + number(r, 20) + "," + number(r, 20) + "]");
            fields.add("\"powerFactor\":" + number(r, 1.2));
        }
        String[] optional = {"windingTemperatureC", "coolantTemperatureC", "magnetTemperatureC", "vibrationVelocityMmS"};
        for (String name : optional) {
            if (r.nextBoolean()) {
                fields.add("\"" + name + "\":" + number(r, 450));
            }
        }
        if (r.nextInt(10) == 0) {
            fields.remove(r.nextInt(fields.size()));
        }
        if (r.nextInt(20) == 0) {
            fields.add(fields.get(r.nextInt(fields.size())));
        }
        java.util.Collections.shuffle(fields, r);
        String separator = r.nextInt(4) == 0 ? " , " : ",";
        return "{" + String.join(separator, fields) + "}";
    }

    /** Mostly short decimals as rigs send them; now and then 20 digits, an exponent or an integer; sometimes negative. */
    private static String number(Random r, double scale) {
        double v = r.nextDouble() * scale * (r.nextInt(10) == 0 ? -1 : 1);
        return switch (r.nextInt(40)) {
            case 0 -> String.format(Locale.ROOT, "%." + r.nextInt(20) + "f", v);
            case 1 -> String.format(Locale.ROOT, "%.3e", v);
            case 2 -> Double.toString(v);
            case 3 -> Long.toString(Math.round(v));
            default -> String.format(Locale.ROOT, "%." + r.nextInt(5) + "f", v);
        };
    }

    private static String damage(String json, Random r) {
        char[] c = json.toCharArray();
        String replacements = "{}[]\":,.-+eE0123456789 \\xé\u0000";
        int changes = 1 + r.nextInt(3);
        for (int k = 0; k < changes; k++) {
            c[r.nextInt(c.length)] = replacements.charAt(r.nextInt(replacements.length()));
        }
        return new String(c);
    }
}
