package org.specloop.calculations.transfer;

import org.specloop.contracts.units.Characteristic;
import org.specloop.calculations.regression.FitModel;

/**
 * The motor-result to magnet-property relations the loop fits, with the model form physics
 * gives them (domain.md): flux linkage and so Ke are proportional to Br, so Ke = k Br goes
 * through the origin; demagnetization loss falls as HcJ at the hot test temperature rises past
 * the worst-case field, and efficiency rises with Br through lower current per torque; both are
 * fitted as straight lines with intercept, valid near the data only.
 */
public enum TransferRelation {
    KE_VS_BR("Ke", "V*s/rad", Characteristic.BR, false, FitModel.THROUGH_ORIGIN,
            "Ke = k * Br(20 degC): back-EMF constant proportional to PM flux linkage, which is proportional to Br"),
    DEMAG_LOSS_VS_HCJ("demagnetization loss", "%", Characteristic.HCJ, true, FitModel.WITH_INTERCEPT,
            "loss = a + b * HcJ(T_hot): linearised knee margin near the measured HcJ"),
    EFFICIENCY_VS_BR("efficiency", "%", Characteristic.BR, false, FitModel.WITH_INTERCEPT,
            "efficiency = a + b * Br(20 degC): more flux, less current and copper loss per unit torque, near the data");

    private final String response;
    private final String responseUnit;
    private final Characteristic characteristic;
    private final boolean atHotTestTemperature;
    private final FitModel model;
    private final String physics;

    TransferRelation(String response, String responseUnit, Characteristic characteristic, boolean atHotTestTemperature,
                     FitModel model, String physics) {
        this.response = response;
        this.responseUnit = responseUnit;
        this.characteristic = characteristic;
        this.atHotTestTemperature = atHotTestTemperature;
        this.model = model;
        this.physics = physics;
    }

    public String response() {
        return response;
    }

    public String responseUnit() {
        return responseUnit;
    }

    public Characteristic characteristic() {
        return characteristic;
    }

    /** The magnet property's test temperature: the design's hot test temperature, or 20 degC. */
    public double temperatureC(double hotTestTemperatureC) {
        return atHotTestTemperature ? hotTestTemperatureC : 20.0;
    }

    public FitModel model() {
        return model;
    }

    public String physics() {
        return physics;
    }

    /** Extrapolating a proportional law is physics; extrapolating a local straight line is not. */
    public boolean extrapolates() {
        return model == FitModel.THROUGH_ORIGIN;
    }
}
