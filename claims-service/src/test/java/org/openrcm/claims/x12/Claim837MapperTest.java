package org.openrcm.claims.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.claims.domain.BillingProfileDetails;
import org.openrcm.claims.domain.Claim;
import org.openrcm.claims.domain.ClaimCorrection;
import org.openrcm.claims.domain.ClaimStatus;
import org.openrcm.claims.domain.PayerConfigDetails;
import org.openrcm.claims.domain.PricedLine;
import org.openrcm.claims.domain.Subscriber;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;
import org.openrcm.events.common.ValidationIssue;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.Claim837Rules;
import org.openrcm.x12.claim.FrequencyCode;
import org.openrcm.x12.claim.PayerResponsibility;

class Claim837MapperTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final String BILLING_NPI = "1245319599";
    private static final String RENDERING_NPI = "1234567893";
    private static final Address PRACTICE = new Address("1 Main St", null, "Springfield", "IL", "627011234");
    private static final BillingProfileDetails PROFILE = new BillingProfileDetails("1003000126",
            "Sunrise Family Medicine", "123456789", PRACTICE, "207Q00000X", PRACTICE, null, null);
    private static final PayerConfigDetails COMMERCIAL = new PayerConfigDetails("BCBS01", "BLUE CROSS", "CI", false,
            "default", 180, 30);
    private static final Subscriber SPOUSE = new Subscriber("Bob", "Lee", LocalDate.of(1978, 5, 6), "M",
            new Address("1 Main St", null, "Springfield", "IL", "62701"));

    @Test
    void aPatientWhoIsTheSubscriberIsSentIn2010BAWithoutAPatientLoop() {
        Claim837 mapped = Claim837Mapper.claim(claim("18", RENDERING_NPI), PROFILE, COMMERCIAL);

        assertThat(mapped.patient()).isNull();
        assertThat(mapped.subscriber().self()).isTrue();
        assertThat(mapped.subscriber().lastName()).isEqualTo("Lee");
        assertThat(mapped.subscriber().firstName()).isEqualTo("Ann");
        assertThat(mapped.subscriber().birthDate()).isEqualTo(LocalDate.of(1980, 2, 3));
        assertThat(mapped.subscriber().memberId()).isEqualTo("XYZ123");
        assertThat(mapped.subscriber().responsibility()).isEqualTo(PayerResponsibility.P);
        assertThat(mapped.subscriber().claimFilingIndicator()).isEqualTo("CI");
        assertThat(Claim837Rules.check(mapped)).noneMatch(issue -> issue.isError());
    }

    @Test
    void aPatientWhoIsNotTheSubscriberGetsThe2000CLoopWithTheRelationshipCode() {
        Claim claim = claim("19", RENDERING_NPI);
        correct(claim, new ClaimCorrection(null, null, null, null, null, null, SPOUSE, null, null, null, null, null,
                null, null));

        Claim837 mapped = Claim837Mapper.claim(claim, PROFILE, COMMERCIAL);

        assertThat(mapped.subscriber().self()).isFalse();
        assertThat(mapped.subscriber().lastName()).isEqualTo("Lee");
        assertThat(mapped.subscriber().firstName()).isEqualTo("Bob");
        assertThat(mapped.patient().relationshipCode()).isEqualTo("19");
        assertThat(mapped.patient().firstName()).isEqualTo("Ann");
        assertThat(mapped.patient().birthDate()).isEqualTo(LocalDate.of(1980, 2, 3));
        assertThat(Claim837Rules.check(mapped)).noneMatch(issue -> issue.isError());
    }

    @Test
    void theBillingNpiIsTheOneCapturedOnTheClaimNotTheProfilesAtSendTime() {
        Claim837 mapped = Claim837Mapper.claim(claim("18", RENDERING_NPI), PROFILE, COMMERCIAL);

        assertThat(mapped.billingProvider().npi()).isEqualTo(BILLING_NPI).isNotEqualTo(PROFILE.billingProviderNpi());
        assertThat(mapped.billingProvider().taxId()).isEqualTo("123456789");
        assertThat(mapped.billingProvider().address().postalCode()).isEqualTo("627011234");
    }

    @Test
    void aPayToAddressIsSentOnlyWhenItDiffersFromTheBillingAddress() {
        assertThat(Claim837Mapper.claim(claim("18", RENDERING_NPI), PROFILE, COMMERCIAL).billingProvider()
                .payToAddress()).isNull();
        BillingProfileDetails lockbox = new BillingProfileDetails(BILLING_NPI, "Sunrise", "123456789", PRACTICE,
                null, new Address("PO Box 9", null, "Springfield", "IL", "62702"), null, null);
        assertThat(Claim837Mapper.claim(claim("18", RENDERING_NPI), lockbox, COMMERCIAL).billingProvider()
                .payToAddress().line1()).isEqualTo("PO Box 9");
    }

    @Test
    void theBillingTaxonomyIsSentWhenThePayerRequiresIt() {
        PayerConfigDetails medicaid = new PayerConfigDetails("MCD01", "MEDICAID", "MC", true, "default", 365, 30);
        assertThat(Claim837Mapper.claim(claim("18", RENDERING_NPI), PROFILE, medicaid).billingProvider()
                .sendTaxonomy()).isTrue();
        assertThat(Claim837Mapper.claim(claim("18", RENDERING_NPI), PROFILE, COMMERCIAL).billingProvider()
                .sendTaxonomy()).isFalse();
        BillingProfileDetails noTaxonomy = new BillingProfileDetails(BILLING_NPI, "Sunrise", "123456789", PRACTICE,
                null, null, null, null);
        assertThat(Claim837Rules.check(Claim837Mapper.claim(claim("18", RENDERING_NPI), noTaxonomy, medicaid)))
                .anyMatch(issue -> issue.isError() && "PRV".equals(issue.segmentId()));
    }

    @Test
    void theRenderingProviderIsSentOnlyWhenItDiffersFromTheBillingProvider() {
        Claim837 separate = Claim837Mapper.claim(claim("18", RENDERING_NPI), PROFILE, COMMERCIAL);
        assertThat(separate.details().rendering().npi()).isEqualTo(RENDERING_NPI);
        assertThat(separate.details().rendering().lastName()).isEqualTo("Osler");

        assertThat(Claim837Mapper.claim(claim("18", BILLING_NPI), PROFILE, COMMERCIAL).details().rendering())
                .isNull();
    }

    @Test
    void signaturesOnFileDecideClm07Clm08AndClm09Together() {
        Claim837 signed = Claim837Mapper.claim(claim("18", RENDERING_NPI), PROFILE, COMMERCIAL);
        assertThat(signed.details().assignment()).isEqualTo("A");
        assertThat(signed.details().benefitsAssignment()).isEqualTo("Y");
        assertThat(signed.details().releaseOfInformation()).isEqualTo("Y");

        Claim unsigned = claim("18", RENDERING_NPI);
        correct(unsigned, new ClaimCorrection(null, null, null, null, null, null, null, null, null, null, null, null,
                false, false));
        Claim837 mapped = Claim837Mapper.claim(unsigned, PROFILE, COMMERCIAL);
        assertThat(mapped.details().assignment()).isEqualTo("C");
        assertThat(mapped.details().benefitsAssignment()).isEqualTo("N");
        assertThat(mapped.details().releaseOfInformation()).isEqualTo("I");
        assertThat(Claim837Rules.check(mapped)).noneMatch(issue -> issue.isError());
    }

    @Test
    void sbr05IsSentOnlyWhenMedicareIsSecondary() {
        PayerConfigDetails medicare = new PayerConfigDetails("MCR01", "MEDICARE", "MB", false, "default", 365, 14);
        Claim secondary = claim("18", RENDERING_NPI);
        correct(secondary, new ClaimCorrection(null, null, null, null, null, null, null, null, null, null, "S", "12",
                null, null));

        Claim837 mapped = Claim837Mapper.claim(secondary, PROFILE, medicare);
        assertThat(mapped.subscriber().responsibility()).isEqualTo(PayerResponsibility.S);
        assertThat(mapped.subscriber().insuranceTypeCode()).isEqualTo("12");
        assertThat(Claim837Rules.check(mapped)).noneMatch(issue -> issue.isError());

        assertThat(Claim837Mapper.claim(secondary, PROFILE, COMMERCIAL).subscriber().insuranceTypeCode()).isNull();
        assertThat(Claim837Mapper.claim(claim("18", RENDERING_NPI), PROFILE, medicare).subscriber()
                .insuranceTypeCode()).isNull();
    }

    @Test
    void theSecondaryMedicareClaimWithoutItsInsuranceTypeIsCaughtByThePreCheck() {
        PayerConfigDetails medicare = new PayerConfigDetails("MCR01", "MEDICARE", "MB", false, "default", 365, 14);
        Claim secondary = claim("18", RENDERING_NPI);
        correct(secondary, new ClaimCorrection(null, null, null, null, null, null, null, null, null, null, "S", null,
                null, null));

        assertThat(Claim837Rules.check(Claim837Mapper.claim(secondary, PROFILE, medicare)))
                .anyMatch(issue -> issue.isError() && "SBR".equals(issue.segmentId()) && issue.elementPosition() == 5);
    }

    @Test
    void anOriginalClaimCarriesNoPayerClaimNumberAndAReplacementCarriesIt() {
        Claim claim = claim("18", RENDERING_NPI);
        claim.startSubmission("S-1", NOW);
        claim.submitted(NOW);
        claim.accepted("PAYER-1", "A2/20", NOW);
        claim.adjudicated(ClaimStatus.PAID, "paid", NOW);
        assertThat(Claim837Mapper.claim(claim, PROFILE, COMMERCIAL).details().payerClaimNumber()).isNull();

        claim.replace(null, code -> null, replaced -> List.of(), "default", "units", "bea", NOW);
        Claim837 replacement = Claim837Mapper.claim(claim, PROFILE, COMMERCIAL);

        assertThat(replacement.details().frequency()).isEqualTo(FrequencyCode.REPLACEMENT);
        assertThat(replacement.details().payerClaimNumber()).isEqualTo("PAYER-1");
        assertThat(replacement.patientControlNumber()).isEqualTo("C000000000042");
        assertThat(Claim837Rules.check(replacement)).noneMatch(issue -> issue.isError());
    }

    @Test
    void linesCarryTheirCodesPointersDateOfServiceAndLineItemControlNumber() {
        Claim837 mapped = Claim837Mapper.claim(claim("18", RENDERING_NPI), PROFILE, COMMERCIAL);

        assertThat(mapped.details().diagnoses()).containsExactly("E119", "I10");
        assertThat(mapped.details().totalCharge()).isEqualByComparingTo("250.00");
        assertThat(mapped.serviceLines()).hasSize(2);
        org.openrcm.x12.claim.ServiceLine second = mapped.serviceLines().get(1);
        assertThat(second.procedureCode()).isEqualTo("93000");
        assertThat(second.modifiers()).containsExactly("26");
        assertThat(second.units()).isEqualByComparingTo("2");
        assertThat(second.charge()).isEqualByComparingTo("125.00");
        assertThat(second.diagnosisPointers()).containsExactly(1, 2);
        assertThat(second.serviceDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(second.lineItemControlNumber()).isEqualTo("2");
    }

    private static Claim claim(String relationship, String renderingNpi) {
        List<PricedLine> lines = List.of(
                new PricedLine(1, new ProcedureLine("99213", null, 1, List.of(1)), new BigDecimal("125.00")),
                new PricedLine(2, new ProcedureLine("93000", List.of("26"), 2, List.of(1, 2)),
                        new BigDecimal("62.50")));
        // Built held, so that a test may correct it before it is READY.
        Claim claim = Claim.built("t1", "enc-1", "C000000000042", "default",
                new Patient("P-1", "Ann", "Lee", LocalDate.of(1980, 2, 3), "F",
                        new Address("1 Main St", null, "Springfield", "IL", "62701")),
                new Coverage("BCBS01", "Blue Cross", "XYZ123", "G1", relationship, "CI"), BILLING_NPI,
                new Provider(renderingNpi, "Sam", "Osler"), LocalDate.of(2026, 11, 20), "11",
                List.of("E119", "I10"), lines, List.of(new ValidationIssue("HELD", null, "held for the test")), NOW);
        claim.rescrubbed(List.of(), "default", "test", NOW);
        return claim;
    }

    private static void correct(Claim claim, ClaimCorrection correction) {
        claim.hold(List.of(new ValidationIssue("HELD", null, "held for the test")), NOW);
        claim.correct(correction, code -> null, "test", NOW);
        claim.rescrubbed(List.of(), "default", "test", NOW);
    }
}
