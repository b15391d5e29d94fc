package org.specloop.command.sourcing.firstarticle;

import org.junit.jupiter.api.Test;
import org.specloop.command.sourcing.QualifiedChain;
import org.specloop.command.sourcing.RegisteredSource;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.qualification.FirstArticleRecord;
import org.specloop.contracts.qualification.FirstArticleVerdict;
import org.specloop.contracts.qualification.ProductAccountability;
import org.specloop.contracts.qualification.ProductAccountabilityKind;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.units.Characteristic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FirstArticleAssemblerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final DeclaredChain CHAIN = new DeclaredChain(List.of(
            new ChainLink(Tier.SEPARATOR, "SEP-MY-1", "MY"), new ChainLink(Tier.ALLOY_MAKER, "ALLOY-B", "JP"),
            new ChainLink(Tier.MAGNET_MAKER, "MAG-1", "DE")), CustodyModel.SEGREGATED);
    private static final FirstArticleAssembler.Spec SPEC = new FirstArticleAssembler.Spec("SPEC-1", "PN-4711",
            "Rotor magnet 42SH", 2, List.of(new CharacteristicLimit(Characteristic.BR, 1.28, 1.32, null, 20, null)),
            new QualifiedChain(List.of(new QualifiedSource(Tier.ALLOY_MAKER, "ALLOY-A"),
                    new QualifiedSource(Tier.MAGNET_MAKER, "MAG-1")), List.of()));

    private static FirstArticleRecord record(double br) {
        return FirstArticleAssembler.assemble("EC-1", List.of(new SourceSwap(Tier.ALLOY_MAKER, "ALLOY-A", "ALLOY-B")), SPEC,
                List.of(new FirstArticleAssembler.Lot("LOT-2", "SUP-9", "42SH", CHAIN),
                        new FirstArticleAssembler.Lot("LOT-1", "SUP-9", "42SH", CHAIN)),
                Map.of("ALLOY-B", new RegisteredSource("ALLOY-B", Tier.ALLOY_MAKER, "JP", List.of(
                        new Certificate("RMI RMAP", "R-7", "RMI", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 6, 1)),
                        new Certificate("ISO 14001", "E-1", "TUV", LocalDate.of(2022, 1, 1), TODAY)))),
                List.of(new MeasuredSample("LOT-1", "S1", 20, List.of(new PropertyValue(Characteristic.BR, br)), "Lab")),
                List.of(new FirstArticleAssembler.FunctionalTest("RUN-1", false, null),
                        new FirstArticleAssembler.FunctionalTest("RUN-1", true, 1.2)), TODAY);
    }

    @Test
    void formOneNamesThePartTheLotsAndWhyTheFirstArticleIsDone() {
        FirstArticleRecord record = record(1.30);
        assertThat(record.reportNumber()).isEqualTo("FAI-EC-1");
        assertThat(record.part().partNumber()).isEqualTo("PN-4711");
        assertThat(record.part().partName()).isEqualTo("Rotor magnet 42SH");
        assertThat(record.part().lots()).containsExactly("LOT-1", "LOT-2");
        assertThat(record.part().organisation()).isEqualTo("MAG-1");
        assertThat(record.part().supplierCode()).isEqualTo("SUP-9");
        assertThat(record.part().reason()).isEqualTo("change of manufacturing source: ALLOY_MAKER ALLOY-A -> ALLOY-B");
        assertThat(record.part().complete()).isTrue();
        assertThat(record.part().nonconformances()).isFalse();
        assertThat(record.verdict()).isEqualTo(FirstArticleVerdict.ACCEPTED);
    }

    @Test
    void formTwoListsMaterialsWithApprovalAndCertificatesTheSpecialProcessAndFunctionalTests() {
        List<ProductAccountability> product = record(1.30).product();
        assertThat(product).extracting(ProductAccountability::kind).containsExactly(ProductAccountabilityKind.MATERIAL,
                ProductAccountabilityKind.MATERIAL, ProductAccountabilityKind.SPECIAL_PROCESS,
                ProductAccountabilityKind.FUNCTIONAL_TEST, ProductAccountabilityKind.FUNCTIONAL_TEST);
        ProductAccountability separator = product.get(0);
        assertThat(separator.supplierCode()).isEqualTo("SEP-MY-1");
        assertThat(separator.customerApproval()).isEqualTo("N/A");
        assertThat(separator.certificate()).isEqualTo("source not registered");
        ProductAccountability alloy = product.get(1);
        assertThat(alloy.name()).isEqualTo("NdFeB alloy");
        assertThat(alloy.customerApproval()).isEqualTo("NO");
        // the ISO 14001 expires today, so it no longer counts
        assertThat(alloy.certificate()).isEqualTo("RMI RMAP R-7 (to 2027-06-01)");
        assertThat(product.get(2).customerApproval()).isEqualTo("YES");
        assertThat(product.get(2).name()).endsWith("grade 42SH");
        assertThat(product.get(3).acceptanceReport()).isEqualTo("motor-run:RUN-1");
        assertThat(product.get(4).acceptanceReport()).isEqualTo("demag-test:RUN-1");
    }

    @Test
    void aRejectedCharacteristicIsADocumentedNonconformance() {
        FirstArticleRecord record = record(1.40);
        assertThat(record.verdict()).isEqualTo(FirstArticleVerdict.REJECTED);
        assertThat(record.part().nonconformances()).isTrue();
    }

    @Test
    void theSameInputsGiveAnEqualRecord() {
        assertThat(record(1.30)).isEqualTo(record(1.30)).isNotEqualTo(record(1.31));
    }
}
