package org.openrcm.payments.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openrcm.payments.Fixtures835;
import org.openrcm.payments.posting.RemittanceBalancer;
import org.openrcm.payments.remittance.ClaimRemittance;
import org.openrcm.payments.remittance.Remittance;
import org.openrcm.payments.remittance.RemittanceFingerprint;
import org.openrcm.payments.remittance.RemittanceSource;
import org.openrcm.payments.remittance.ServiceLineRemittance;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.Remittance835Reader;

/** The hand-built 835 fixtures read through the X12 module into the domain form the poster works on. */
class X12RemittanceReaderTest {

    private static final X12RemittanceReader READER = new X12RemittanceReader();

    static List<Remittance> read(String fixture) {
        X12ReadResult<Remittance835> result = new Remittance835Reader().read(Fixtures835.bytes(fixture, "T"));
        List<Remittance> sets = new ArrayList<>();
        int index = 0;
        for (X12ReadResult.Interchange<Remittance835> interchange : result.interchanges()) {
            for (X12ReadResult.FunctionalGroup<Remittance835> group : interchange.groups()) {
                for (X12ReadResult.TransactionSet<Remittance835> set : group.transactionSets()) {
                    sets.add(READER.read(new X12RemittanceSet(interchange.envelope(), group.envelope(), set,
                            ++index, RemittanceSource.DROP)));
                }
            }
        }
        return sets;
    }

    @ParameterizedTest
    @ValueSource(strings = {"835-paid.x12", "835-paid-other-envelope.x12", "835-reversal-and-correction.x12",
            "835-secondary.x12", "835-plb-interest-and-recovery.x12", "835-denials.x12", "835-split-1.x12",
            "835-split-2.x12", "835-unmatched.x12", "835-plb-forward-balance.x12"})
    void wellFormedFixtureReadsWithoutIssuesAndBalances(String fixture) {
        List<Remittance> sets = read(fixture);

        assertThat(sets).isNotEmpty().allSatisfy(set -> {
            assertThat(set.source().deviations()).isEmpty();
            assertThat(RemittanceBalancer.remittanceImbalance(set)).isEmpty();
            assertThat(set.claims()).allSatisfy(claim -> assertThat(RemittanceBalancer.claimImbalance(claim)).isEmpty());
        });
    }

    @Test
    void paidClaimKeepsLinesModifiersLineNumbersRemarksAndSegmentPositions() {
        Remittance set = read("835-paid.x12").get(0);

        assertThat(set.payerId()).isEqualTo("ACME01");
        assertThat(set.payeeId()).isEqualTo("1234567893");
        assertThat(set.traceNumber()).isEqualTo("CHK10001");
        assertThat(set.paymentAmount()).isEqualByComparingTo("160.00");
        assertThat(set.source().transactionSetControlNumber()).isEqualTo("0001");
        assertThat(set.source().interchangeControlNumber()).isEqualTo("000000101");
        ClaimRemittance claim = set.claims().get(0);
        assertThat(claim.patientControlNumber()).isEqualTo("TA");
        assertThat(claim.segmentPosition()).isEqualTo(13);
        assertThat(claim.remarks()).extracting(r -> r.code() + " " + r.description())
                .containsExactly("MA01 Alert: If you do not agree with what we approved for these services, you may"
                        + " appeal our decision");
        ServiceLineRemittance office = claim.lines().get(0);
        assertThat(office.procedureCode()).isEqualTo("99214");
        assertThat(office.modifiers()).containsExactly("59", "25");
        assertThat(office.lineControlNumber()).isNull();
        assertThat(office.segmentPosition()).isEqualTo(17);
        assertThat(office.adjustments()).extracting(cas -> cas.segmentPosition()).containsExactly(19, 20);
        assertThat(office.remarks()).extracting(r -> r.code()).containsExactly("N130");
        assertThat(claim.lines().get(1).lineControlNumber()).isEqualTo("2");
    }

    @Test
    void anInpatientClaimsMiaRemarksAreReadLikeMoaOnes() {
        String paid = Fixtures835.text("835-paid.x12", "T");
        byte[] inpatient = paid.replace("MOA***MA01~", "MIA*0***0*MA01***************N20~")
                .getBytes(StandardCharsets.US_ASCII);
        X12ReadResult<Remittance835> result = new Remittance835Reader().read(inpatient);
        X12ReadResult.Interchange<Remittance835> interchange = result.interchanges().get(0);
        X12ReadResult.FunctionalGroup<Remittance835> group = interchange.groups().get(0);

        Remittance set = READER.read(new X12RemittanceSet(interchange.envelope(), group.envelope(),
                group.transactionSets().get(0), 1, RemittanceSource.DROP));

        assertThat(set.claims().get(0).remarks()).extracting(r -> r.code() + " " + r.source())
                .containsExactly("MA01 MIA", "N20 MIA");
    }

    @Test
    void aSetWithAClaimAmountThatIsNotANumberIsRefusedWholeNamingTheSegmentAndElement() {
        List<String> reasons = new ArrayList<>();
        X12ReadResult<Remittance835> result = new Remittance835Reader().read(
                Fixtures835.bytes("835-one-set-malformed.x12", "T"));
        X12ReadResult.Interchange<Remittance835> interchange = result.interchanges().get(0);
        X12ReadResult.FunctionalGroup<Remittance835> group = interchange.groups().get(0);
        for (X12ReadResult.TransactionSet<Remittance835> set : group.transactionSets()) {
            try {
                READER.read(new X12RemittanceSet(interchange.envelope(), group.envelope(), set, reasons.size() + 1,
                        RemittanceSource.DROP));
                reasons.add("readable");
            } catch (X12RemittanceReader.UnpostableSetException e) {
                reasons.add(e.getMessage());
            }
        }

        assertThat(reasons).hasSize(2);
        assertThat(reasons.get(0)).isEqualTo("readable");
        assertThat(reasons.get(1)).startsWith("ST 0002: it cannot be posted safely: ")
                .contains("ST 0002, segment 13 CLP04").contains("CLP04 is not a number");
    }

    @Test
    void theSameSetInAnotherEnvelopeWithOtherDelimitersHasTheSameFingerprint() {
        Remittance first = read("835-paid.x12").get(0);
        Remittance again = read("835-paid-other-envelope.x12").get(0);

        assertThat(again.source().transactionSetControlNumber()).isEqualTo("4711");
        assertThat(RemittanceFingerprint.of(again).hash()).isEqualTo(RemittanceFingerprint.of(first).hash());
        assertThat(RemittanceFingerprint.of(read("835-paid-same-trace-other-content.x12").get(0))
                .differences(RemittanceFingerprint.of(first)))
                .containsExactly("amount: 160.00 -> 150.00", "claim 1 (TA) paid: 160.00 -> 150.00",
                        "claim 1 (TA) line 1 paid: 130.00 -> 120.00", "claim 1 (TA) line 1 adjustment 1: CO-45 40.00"
                                + " -> CO-45 50.00", "claim 1 (TA) line 1 remarks: [N130] -> []");
    }

    @Test
    void offGuideFileIsReadWithItsDeviationsRecorded() {
        Remittance set = read("835-off-guide.x12").get(0);

        assertThat(set.paymentAmount()).isEqualByComparingTo("100.00");
        assertThat(set.source().deviations()).isNotEmpty();
    }

    @Test
    void unbalancedSetIsReadAndTheBalancerGivesTheExactDiscrepancy() {
        List<Remittance> sets = read("835-three-sets-one-unbalanced.x12");

        assertThat(sets).hasSize(3);
        assertThat(RemittanceBalancer.remittanceImbalance(sets.get(1))).hasValue(
                "payment amount 90.00 is not the sum of the claims' paid amounts 80.00 (difference 10.00)");
        assertThat(sets.get(2).payeeId()).isEqualTo("1497758544");
    }

    @Test
    void providerAdjustmentsAreReadOnePerReason() {
        Remittance set = read("835-plb-interest-and-recovery.x12").get(0);

        assertThat(set.providerAdjustments()).extracting(p -> p.reasonCode() + " " + p.reference() + " " + p.amount())
                .containsExactly("L6 null -2.50", "WO PAYEROLD9 20.00");
    }

    @Test
    void fileThatIsNotX12HasNoInterchange() {
        X12ReadResult<Remittance835> result = new Remittance835Reader().read(Fixtures835.bytes("835-malformed.x12",
                "T"));

        assertThat(result.readable()).isFalse();
        assertThat(result.issues()).isNotEmpty();
        assertThatThrownBy(() -> READER.read(new X12RemittanceSet(null, null,
                new X12ReadResult.TransactionSet<>("835", "0009", null, 2, null, List.of()), 1, "DROP")))
                .isInstanceOf(X12RemittanceReader.UnpostableSetException.class).hasMessageContaining("ST 0009");
    }
}
