package org.specloop.loop.policy;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.units.Characteristic;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The drift watch's settings: the defaults docs/loop.md chose, causes, and typos caught at start. */
class LoopPropertiesTest {

    @Test
    void theDefaultsAreTheOnesTheHarnessChose() {
        LoopProperties.Spc spc = bind(Map.of()).spc();
        assertThat(spc.lotMeanConfig()).isEqualTo(org.specloop.calculations.spc.LotMeanConfig.defaults());
        assertThat(spc.spreadRaisesDrift()).isFalse();
    }

    @Test
    void brAndBhMaxAreOneCauseAndHcjIsItsOwn() {
        LoopProperties.Spc spc = bind(Map.of()).spc();
        assertThat(spc.causeOf(Characteristic.BH_MAX)).containsExactly(Characteristic.BR, Characteristic.BH_MAX);
        assertThat(spc.causeOf(Characteristic.BR)).containsExactly(Characteristic.BR, Characteristic.BH_MAX);
        assertThat(spc.causeOf(Characteristic.HCJ)).containsExactly(Characteristic.HCJ);
        assertThat(bind(Map.of("specloop.loop.spc.same-cause", "HCJ+BR")).spc().causeOf(Characteristic.BR))
                .isEqualTo(List.of(Characteristic.HCJ, Characteristic.BR));
    }

    @Test
    void anUnknownCharacteristicOrRuleStopsTheStart() {
        assertThatThrownBy(() -> bind(Map.of("specloop.loop.spc.same-cause", "BR+BHMAX"))).isInstanceOf(BindException.class)
                .hasStackTraceContaining("unknown characteristic BHMAX");
        assertThatThrownBy(() -> bind(Map.of("specloop.loop.spc.rules", "WESTERN_ELECTRIC_9"))).isInstanceOf(BindException.class)
                .hasStackTraceContaining("unknown rule WESTERN_ELECTRIC_9");
    }

    private static LoopProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("specloop.loop", LoopProperties.class);
    }
}
