package org.specloop.query.sourcing;

import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.motor.MotorRunCompleted;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.query.QueryDatabase;
import org.specloop.query.registry.RegisteredSources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.specloop.query.Fixtures.at;

/**
 * Two chains: A (Australia, Malaysia separator, ... Germany) qualified for SPEC-A, and B (United
 * States ... Japan) qualified for SPEC-B, which also qualifies a second separator SEP-C in Malaysia.
 */
final class SupplyWorld {
    static final String[] CHAIN_A = {"MINE-A:AU", "CONC-A:AU", "SEP-A:MY", "METAL-A:VN", "ALLOY-A:EE", "MAG-A:DE"};
    static final String[] CHAIN_B = {"MINE-B:US", "CONC-B:US", "SEP-B:US", "METAL-B:JP", "ALLOY-B:JP", "MAG-B:JP"};
    final QueryDatabase db = new QueryDatabase();
    final SourcingProjection projection = new SourcingProjection(db.jdbc);
    final RegisteredSources sources = new RegisteredSources(db);
    final SupplyBase base = new SupplyBase(db.jdbc);

    SupplyWorld() {
        int n = 0;
        for (String[] chain : List.of(CHAIN_A, CHAIN_B)) {
            for (int i = 0; i < chain.length; i++) {
                register(chain[i].split(":")[0], Tier.values()[i], chain[i].split(":")[1], n++);
            }
        }
        register("SEP-C", Tier.SEPARATOR, "MY", n);
        effective("SPEC-A", "PART-A", qualified(CHAIN_A));
        List<QualifiedSource> b = new ArrayList<>(qualified(CHAIN_B));
        b.add(new QualifiedSource(Tier.SEPARATOR, "SEP-C"));
        effective("SPEC-B", "PART-B", b);
    }

    private void register(String id, Tier tier, String country, int n) {
        LocalDate expiry = id.equals("SEP-A") ? LocalDate.parse("2025-06-01") : LocalDate.parse("2028-01-01");
        sources.registered(new SupplySourceRegistered(id, id + " Ltd", tier, country, List.of(), List.of(
                new Certificate("RMI RMAP", id + "-R", "RMI", LocalDate.parse("2023-01-01"), expiry))), at(n), "reg-" + id);
    }

    void effective(String spec, String part, List<QualifiedSource> qualified) {
        projection.on(new RevisionBecameEffective(spec, part, "42SH", 1, at(100), null, new RevisionContent(List.of(), List.of(),
                new SourcingRules(qualified, List.of(), CustodyModel.SEGREGATED), 150.0)));
    }

    static List<QualifiedSource> qualified(String[] chain) {
        List<QualifiedSource> result = new ArrayList<>();
        for (int i = 0; i < chain.length; i++) {
            result.add(new QualifiedSource(Tier.values()[i], chain[i].split(":")[0]));
        }
        return result;
    }

    static DeclaredChain chain(String... links) {
        List<ChainLink> result = new ArrayList<>();
        for (int i = 0; i < links.length; i++) {
            result.add(new ChainLink(Tier.values()[i], links[i].split(":")[0], links[i].split(":")[1]));
        }
        return new DeclaredChain(result, CustodyModel.SEGREGATED);
    }

    void lot(String lotId, String part, DeclaredChain chain) {
        projection.on(new MagnetLotReceived(lotId, "SUP", part, "42SH", 100, chain, List.of(), at(200)));
    }

    void rejected(String lotId) {
        projection.on(new LotRejected(lotId, "cracked", "qe.anna", at(300)));
    }

    void motor(String design, String... lots) {
        projection.on(new MotorRunCompleted("RUN-" + design, "SN-1", design, List.of(lots), 7, at(400)));
    }
}
