package org.specloop.ui.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.units.Characteristic;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DraftContentReaderTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsTheApiShapeIntoCanonicalUnits() throws Exception {
        DraftContentReader.Preview preview = DraftContentReader.read(json.readTree("""
                {"characteristics": [{"characteristic": "HcJ", "min": {"value": 20, "unit": "kOe"},
                                      "testTemperature": {"value": 293.15, "unit": "K"}, "standard": "IEC 60404-8-1"},
                                     {"characteristic": "Br", "max": {"value": 1350, "unit": "mT"}}],
                 "composition": [{"element": "Dy", "max": 2.5}],
                 "sourcingRules": {"qualifiedSources": [{"tier": "MAGNET_MAKER", "sourceId": "MAG-DE-1"}],
                                   "countryExclusions": [{"tier": "MINE", "country": "xx", "effectiveFrom": "2027-01-01"}],
                                   "minimumCustodyModel": "SEGREGATED", "requalification": {"ppapSubmissionLevel": 3}},
                 "maxWorkingTemperature": {"value": 302, "unit": "degF"}}"""));

        CharacteristicLimit hcj = preview.content().characteristics().get(0);
        assertThat(hcj.characteristic()).isEqualTo(Characteristic.HCJ);
        assertThat(hcj.min()).isEqualTo(1591.54, org.assertj.core.data.Offset.offset(0.01));
        assertThat(hcj.testTemperatureC()).isEqualTo(20.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(preview.content().characteristics().get(1).max()).isEqualTo(1.35, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(preview.content().characteristics().get(1).testTemperatureC()).isEqualTo(20.0);
        assertThat(preview.content().composition().get(0).maxWeightPercent()).isEqualTo(2.5);
        assertThat(preview.content().sourcingRules().qualifiedSources().get(0).tier()).isEqualTo(Tier.MAGNET_MAKER);
        assertThat(preview.content().sourcingRules().countryExclusions())
                .containsExactly(new CountryExclusion(Tier.MINE, "XX", LocalDate.parse("2027-01-01"), null));
        assertThat(preview.content().sourcingRules().minimumCustodyModel()).isEqualTo(CustodyModel.SEGREGATED);
        assertThat(preview.content().sourcingRules().requalification().ppapSubmissionLevel()).isEqualTo(3);
        assertThat(preview.content().maxWorkingTemperatureC()).isEqualTo(150.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(preview.unreadable()).isEmpty();
    }

    @Test
    void leavesOutAndNamesWhatCannotBeReadYet() throws Exception {
        DraftContentReader.Preview preview = DraftContentReader.read(json.readTree("""
                {"characteristics": [{"characteristic": "HcJ", "min": {"value": 1.2, "unit": "T"},
                                      "max": {"value": 2000, "unit": "kA/m"}},
                                     {"characteristic": "nonsense", "min": {"value": 1, "unit": "T"}}],
                 "composition": [{"max": 2}],
                 "sourcingRules": {"qualifiedSources": [{"tier": "SMELTER", "sourceId": "X"}]}}"""));

        assertThat(preview.content().characteristics()).hasSize(1);
        assertThat(preview.content().characteristics().get(0).min()).isNull();
        assertThat(preview.content().characteristics().get(0).max()).isEqualTo(2000.0);
        assertThat(preview.content().composition()).isEmpty();
        assertThat(preview.content().sourcingRules().qualifiedSources()).isEmpty();
        assertThat(preview.unreadable()).hasSize(4).anySatisfy(u -> assertThat(u).startsWith("HcJ: "))
                .anySatisfy(u -> assertThat(u).contains("unknown characteristic 'nonsense'"))
                .anySatisfy(u -> assertThat(u).isEqualTo("composition row 1: element is missing"))
                .anySatisfy(u -> assertThat(u).startsWith("qualified sources row 1: "));
    }
}
