package org.specloop.contracts.ingest;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.schema.ContractJson;
import org.specloop.contracts.schema.ContractSchemas;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.units.Characteristic;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IngestMessagesJsonTest {

    @Test
    void labValuesKeepTheUnitTheLabUsedAndConvertAtTheEdge() {
        LabMeasurementMessage measurement = ContractJson.read("examples/lab-measurement.cgs-units.json", LabMeasurementMessage.class);
        CharacteristicValue hcj = measurement.values().get(1);

        assertThat(hcj).isEqualTo(new CharacteristicValue("HcJ", 20.4, "kOe"));
        assertThat(Characteristic.parse(hcj.characteristic()).orElseThrow().toCanonical(hcj.value(), hcj.unit()))
                .isCloseTo(1623.37, within(0.01));
        assertThat(measurement.testTemperature()).isEqualTo(new TemperatureValue(20, "degC"));
    }

    @Test
    void everyCharacteristicNameInTheExamplesIsKnown() {
        List<CharacteristicValue> values = new java.util.ArrayList<>();
        values.addAll(ContractJson.read("examples/lab-measurement.cgs-units.json", LabMeasurementMessage.class).values());
        values.addAll(ContractJson.read("examples/lab-measurement.hot-si.json", LabMeasurementMessage.class).values());

        assertThat(values).allSatisfy(v -> assertThat(Characteristic.parse(v.characteristic())).isPresent());
    }

    @Test
    void labMeasurementWithoutUnitsRoundTripsAndStaysValid() throws Exception {
        LabMeasurementMessage message = new LabMeasurementMessage("m-1", "LOT-1", "MX-1", "S-1",
                new TemperatureValue(150, null), "Lab", "HG-200", MeasurementMethod.OPEN_CIRCUIT_IEC_60404_18,
                List.of(new CharacteristicValue("Br", 1.12, null)), Instant.parse("2026-11-19T15:00:00Z"));

        var written = ContractJson.toTree(message);

        assertThat(written.at("/testTemperature").has("unit")).isFalse();
        assertThat(ContractSchemas.validate("lab-measurement", written)).isEmpty();
        assertThat(ContractJson.MAPPER.treeToValue(written, LabMeasurementMessage.class)).isEqualTo(message);
    }

    @Test
    void lotReceiptWithoutCompositionRoundTripsAndStaysValid() throws Exception {
        LotReceiptMessage receipt = new LotReceiptMessage("m-2", "LOT-2", "SUP-1", "PN-1", "N42", 500,
                new DeclaredChain(List.of(new ChainLink(Tier.MAGNET_MAKER, "MAG-1", "DE")), CustodyModel.MASS_BALANCE),
                List.of("CoA-1"), null, Instant.parse("2026-11-19T07:10:00Z"));

        var written = ContractJson.toTree(receipt);

        assertThat(written.has("composition")).isFalse();
        assertThat(ContractSchemas.validate("lot-receipt", written)).isEmpty();
        assertThat(ContractJson.MAPPER.treeToValue(written, LotReceiptMessage.class)).isEqualTo(receipt);
    }

    @Test
    void lotReceiptExampleReadsIntoTheDeclaredChainTheLotAggregateChecks() {
        LotReceiptMessage receipt = ContractJson.read("examples/lot-receipt.undeclared-tiers.json", LotReceiptMessage.class);

        assertThat(receipt.declaredChain().missingTiers())
                .containsExactly(Tier.MINE, Tier.CONCENTRATOR, Tier.SEPARATOR, Tier.METAL_MAKER);
        assertThat(receipt.declaredChain().custodyModel()).isNull();
        assertThat(receipt.certificateReferences()).isEmpty();
    }

    @Test
    void topicAndHeaderNamesAreDistinctAndFollowTheNamingScheme() {
        assertThat(new HashSet<>(IngestTopics.ALL)).hasSameSizeAs(IngestTopics.ALL);
        assertThat(IngestTopics.ALL).allMatch(t -> t.matches("specloop(\\.[a-z-]+)+"));
        assertThat(IngestTopics.DEAD_LETTER_HEADERS).allMatch(h -> h.startsWith("specloop-dlq-"));
        assertThat(IngestEndpoints.BY_TOPIC).doesNotContainKey(IngestTopics.DEAD_LETTER).hasSize(IngestTopics.ALL.size() - 1);
    }
}
