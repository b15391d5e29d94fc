package org.specloop.ui.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.units.Characteristic;
import org.specloop.contracts.units.Dimension;
import org.specloop.contracts.units.Unit;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the authoring forms offer, from the contracts rather than typed into a template: the
 * characteristics with the units each accepts, tiers, custody models. Templates call it as ${@forms...}.
 */
@Component("forms")
class AuthoringForms {
    private final String unitsJson;

    AuthoringForms(ObjectMapper json) throws JsonProcessingException {
        Map<String, List<String>> units = new LinkedHashMap<>();
        for (Characteristic c : Characteristic.values()) {
            units.put(c.symbol(), unitsOf(c));
        }
        this.unitsJson = json.writeValueAsString(units);
    }

    public List<Characteristic> characteristics() {
        return List.of(Characteristic.values());
    }

    /** The canonical unit first (what a stored revision is written in), then the others the API accepts. */
    public List<String> unitsOf(Characteristic characteristic) {
        List<String> all = Unit.symbolsOf(characteristic.dimension());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(characteristic.unit()),
                all.stream().filter(u -> !u.equals(characteristic.unit()))).toList();
    }

    public List<String> temperatureUnits() {
        return Arrays.stream(Unit.values()).filter(u -> u.dimension() == Dimension.TEMPERATURE).map(Unit::symbol).toList();
    }

    /** Characteristic symbol to its units, for the script that refills a row's unit list when its characteristic changes. */
    public String unitsJson() {
        return unitsJson;
    }

    public List<String> tiers() {
        return Arrays.stream(Tier.values()).map(Enum::name).toList();
    }

    public List<String> custodyModels() {
        return Arrays.stream(CustodyModel.values()).map(Enum::name).toList();
    }

    /**
     * A stored value written back exactly (shortest form that reads as the same double): a form opened and
     * saved unchanged must not change a limit in its last digit, which the diff would then show.
     */
    public String plain(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
