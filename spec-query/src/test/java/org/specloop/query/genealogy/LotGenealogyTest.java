package org.specloop.query.genealogy;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.query.QueryDatabase;
import org.specloop.query.registry.CertificateView;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LotGenealogyTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final QueryDatabase db = new QueryDatabase();
    private final LotGenealogy genealogy = new LotGenealogy(db.jdbc);

    @Test
    void everyTierFromMineToMagnetMakerWithItsSourceCertificatesAndQualification() {
        source("MINE-AU-1", "Yilgarn Rare Earths", "MINE", "AU");
        certificate("MINE-AU-1", "ISO 9001", "Q-1", "2027-03-01", null);
        certificate("MINE-AU-1", "ISO 14001", "E-1", "2025-06-01", null);
        certificate("MINE-AU-1", "RMI RMAP", "R-1", "2027-01-05", 30);
        source("MAG-DE-1", "Hanau Magnetics", "MAGNET_MAKER", "PL");
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_sourcing_spec (specification_id, part_number) VALUES ('SPEC-1', 'PN-1')");
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_sourcing_spec (specification_id, part_number) VALUES ('SPEC-9', 'PN-9')");
        qualification("SPEC-1", "MINE", "MINE-AU-1", "QUALIFIED", "revision 1");
        qualification("SPEC-9", "MINE", "MINE-AU-1", "QUALIFIED", "revision 4");
        qualification("SPEC-1", "ALLOY_MAKER", "MAG-DE-1", "QUALIFIED", "revision 1");
        DeclaredChain chain = new DeclaredChain(List.of(new ChainLink(Tier.MAGNET_MAKER, "MAG-DE-1", "DE"),
                new ChainLink(Tier.MINE, "MINE-AU-1", "AU", CustodyModel.MASS_BALANCE),
                new ChainLink(Tier.SEPARATOR, "SEP-UNKNOWN", "MY")), CustodyModel.SEGREGATED);

        List<GenealogyLink> links = genealogy.of(chain, "PN-1", TODAY);

        assertThat(links).extracting(GenealogyLink::tier, GenealogyLink::sourceId, GenealogyLink::custodyModel,
                GenealogyLink::registered).containsExactly(
                tuple("MINE", "MINE-AU-1", "MASS_BALANCE", true), tuple("CONCENTRATOR", null, null, false),
                tuple("SEPARATOR", "SEP-UNKNOWN", "SEGREGATED", false), tuple("METAL_MAKER", null, null, false),
                tuple("ALLOY_MAKER", null, null, false), tuple("MAGNET_MAKER", "MAG-DE-1", "SEGREGATED", true));
        GenealogyLink mine = links.get(0);
        assertThat(mine.name()).isEqualTo("Yilgarn Rare Earths");
        assertThat(mine.certificates()).extracting(CertificateView::type, CertificateView::expired, CertificateView::expiring)
                .containsExactly(tuple("ISO 14001", true, false), tuple("ISO 9001", false, false),
                        tuple("RMI RMAP", false, true));
        // only the specifications of the lot's part, at the link's tier
        assertThat(mine.qualifications()).extracting(GenealogyLink.Qualification::specificationId).containsExactly("SPEC-1");
        GenealogyLink maker = links.get(5);
        assertThat(maker.qualifications()).isEmpty();
        assertThat(maker.countryDiffers()).as("registered in PL, declared DE").isTrue();
        assertThat(maker.certificates()).isEmpty();
    }

    @Test
    void aLotWithoutADeclaredChainHasNoGenealogyUpstream() {
        assertThat(genealogy.of(null, "PN-1", TODAY)).isEmpty();
    }

    private void source(String id, String name, String tier, String country) {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_source (source_id, name, tier, country) VALUES (?, ?, ?, ?)",
                id, name, tier, country);
    }

    private void certificate(String source, String type, String number, String expiresOn, Integer warnedDays) {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_source_certificate (source_id, cert_type, cert_number, expires_on,"
                + " warned_days) VALUES (?, ?, ?, ?, ?)", source, type, number, expiresOn, warnedDays);
    }

    private void qualification(String spec, String tier, String source, String status, String basis) {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_sourcing_qualification (specification_id, tier, source_id, status,"
                + " basis) VALUES (?, ?, ?, ?, ?)", spec, tier, source, status, basis);
    }
}
