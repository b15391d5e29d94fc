package org.specloop.calculations.spc;

/** Tabular CUSUM reference value k and decision interval h, both in sigma units. */
public record CusumParameters(double k, double h) {

    public CusumParameters {
        if (!(k >= 0.0) || !(h > 0.0) || !Double.isFinite(k) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("CUSUM needs k >= 0 and h > 0, got k=" + k + ", h=" + h);
        }
    }

    /** k = 0.5, h = 5: tuned for a one-sigma shift, in-control ARL about 465. */
    public static CusumParameters standard() {
        return new CusumParameters(0.5, 5.0);
    }
}
