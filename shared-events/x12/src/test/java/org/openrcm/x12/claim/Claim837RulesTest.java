package org.openrcm.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.Address;
import org.openrcm.x12.X12Issue;

/** One test per guide rule of {@link Claim837Rules}: the fixture passes, one change breaks exactly that rule. */
class Claim837RulesTest {

  private static Claim837 valid() {
    return ClaimFixtures.claim("PCN1");
  }

  private static Claim837 withProvider(UnaryOperator<BillingProvider> change) {
    Claim837 c = valid();
    return new Claim837(change.apply(c.billingProvider()), c.subscriber(), c.payer(), c.patient(), c.details(),
        c.serviceLines());
  }

  private static Claim837 withSubscriber(Subscriber subscriber, Patient patient) {
    Claim837 c = valid();
    return new Claim837(c.billingProvider(), subscriber, c.payer(), patient, c.details(), c.serviceLines());
  }

  private static Claim837 withDetails(UnaryOperator<ClaimDetails> change) {
    Claim837 c = valid();
    return new Claim837(c.billingProvider(), c.subscriber(), c.payer(), c.patient(), change.apply(c.details()),
        c.serviceLines());
  }

  private static Claim837 withLine(int index, UnaryOperator<ServiceLine> change) {
    Claim837 c = valid();
    List<ServiceLine> lines = new ArrayList<>(c.serviceLines());
    lines.set(index, change.apply(lines.get(index)));
    return new Claim837(c.billingProvider(), c.subscriber(), c.payer(), c.patient(), c.details(), lines);
  }

  private static ClaimDetails details(ClaimDetails d, FrequencyCode frequency, String payerClaimNumber,
      List<String> diagnoses, RenderingProvider rendering) {
    return new ClaimDetails(d.patientControlNumber(), d.totalCharge(), d.placeOfService(), frequency,
        payerClaimNumber, d.providerSignatureOnFile(), d.assignment(), d.benefitsAssignment(),
        d.releaseOfInformation(), diagnoses, rendering);
  }

  private static ServiceLine line(ServiceLine l, String code, List<String> modifiers, BigDecimal units,
      List<Integer> pointers, LocalDate date) {
    return new ServiceLine(l.lineNumber(), code, modifiers, l.charge(), units, l.placeOfService(), pointers, date,
        l.lineItemControlNumber());
  }

  private static X12Issue only(Claim837 claim) {
    List<X12Issue> issues = Claim837Rules.check(claim);
    assertThat(issues).as("issues of %s", claim).hasSize(1);
    return issues.get(0);
  }

  private static void assertIssue(X12Issue issue, String loop, String segment, int element, String code) {
    assertThat(issue.severity()).isEqualTo(X12Issue.Severity.ERROR);
    assertThat(issue.loopId()).isEqualTo(loop);
    assertThat(issue.segmentId()).isEqualTo(segment);
    assertThat(issue.elementPosition()).isEqualTo(element);
    assertThat(issue.code()).isEqualTo(code);
  }

  @Test
  void theFixturesBreakNoRule() {
    assertThat(Claim837Rules.check(valid())).isEmpty();
    assertThat(Claim837Rules.check(ClaimFixtures.dependentClaim("PCN2"))).isEmpty();
    assertThat(Claim837Rules.check(ClaimFixtures.transaction(ClaimFixtures.claims(3)))).isEmpty();
  }

  @Test
  void aBillingNpiWithAWrongCheckDigitIsRejected() {
    assertIssue(only(withProvider(p -> new BillingProvider(p.organizationName(), "1234567890", p.taxId(),
        p.taxonomy(), p.address(), null, p.sendTaxonomy()))), "2010AA", "NM1", 9, "I12");
  }

  @Test
  void aTaxIdMustHaveNineDigits() {
    assertIssue(only(withProvider(p -> new BillingProvider(p.organizationName(), p.npi(), "12-345678", p.taxonomy(),
        p.address(), null, p.sendTaxonomy()))), "2010AA", "REF", 2, "I12");
  }

  @Test
  void theBillingAddressNeedsZipPlusFourAndNoPoBox() {
    Address poBox = new Address("PO BOX 12", null, "SPRINGFIELD", "IL", "627011234");
    assertIssue(only(withProvider(p -> new BillingProvider(p.organizationName(), p.npi(), p.taxId(), p.taxonomy(),
        poBox, null, p.sendTaxonomy()))), "2010AA", "N3", 1, "I12");
    Address zip5 = new Address("100 MAIN ST", null, "SPRINGFIELD", "IL", "62701");
    assertIssue(only(withProvider(p -> new BillingProvider(p.organizationName(), p.npi(), p.taxId(), p.taxonomy(),
        zip5, null, p.sendTaxonomy()))), "2010AA", "N4", 3, "I12");
  }

  @Test
  void aPayToAddressIsSentOnlyWhenItDiffers() {
    assertIssue(only(withProvider(p -> new BillingProvider(p.organizationName(), p.npi(), p.taxId(), p.taxonomy(),
        p.address(), p.address(), p.sendTaxonomy()))), "2010AB", "NM1", 0, "I9");
  }

  @Test
  void aPayerThatRequiresTheTaxonomyGetsAValidPrvBi() {
    assertIssue(only(withProvider(p -> new BillingProvider(p.organizationName(), p.npi(), p.taxId(), null,
        p.address(), null, true))), "2000A", "PRV", 3, "I12");
    assertThat(Claim837Rules.check(withProvider(p -> new BillingProvider(p.organizationName(), p.npi(), p.taxId(),
        null, p.address(), null, false)))).isEmpty();
  }

  @Test
  void theSubmitterNeedsAContactWithAPhoneOrEmail() {
    Claim837Transaction t = ClaimFixtures.transaction(valid());
    Claim837Transaction noContact = new Claim837Transaction(t.originatorTransactionId(), t.created(),
        new Submitter("OPENRCM", "OPENRCM", "DESK", null, null), t.receiver(), t.claims());
    assertThat(Claim837Rules.check(noContact)).singleElement()
        .satisfies(issue -> assertIssue(issue, "1000A", "PER", 3, "1"));
  }

  @Test
  void theReceiverNeedsAnId() {
    Claim837Transaction t = ClaimFixtures.transaction(valid());
    Claim837Transaction noReceiverId = new Claim837Transaction(t.originatorTransactionId(), t.created(),
        t.submitter(), new Receiver("CLEARHOUSE", null), t.claims());
    assertThat(Claim837Rules.check(noReceiverId)).singleElement()
        .satisfies(issue -> assertIssue(issue, "1000B", "NM1", 9, "1"));
  }

  @Test
  void aPatientWhoIsNotTheSubscriberNeedsThePatientLoop() {
    Subscriber parent = ClaimFixtures.dependentClaim("X").subscriber();
    assertIssue(only(withSubscriber(parent, null)), "2000C", "PAT", 0, "I6");
  }

  @Test
  void aSubscriberWhoIsThePatientHasNoPatientLoop() {
    Patient child = ClaimFixtures.dependentClaim("X").patient();
    assertIssue(only(withSubscriber(ClaimFixtures.selfSubscriber(), child)), "2000C", "PAT", 0, "I9");
  }

  @Test
  void thePatientRelationshipIsACodeOtherThanSelf() {
    Claim837 d = ClaimFixtures.dependentClaim("X");
    Patient self = new Patient("18", "ROE", "SAM", d.patient().birthDate(), "M", d.patient().address());
    assertIssue(only(withSubscriber(d.subscriber(), self)), "2000C", "PAT", 1, "7");
  }

  @Test
  void aSubscriberWhoIsThePatientNeedsBirthDateSexAndAddress() {
    Subscriber s = ClaimFixtures.selfSubscriber();
    Subscriber noDob = new Subscriber(s.responsibility(), true, s.groupNumber(), s.claimFilingIndicator(), null,
        s.memberId(), s.lastName(), s.firstName(), null, "X", null);
    assertThat(Claim837Rules.check(withSubscriber(noDob, null)))
        .extracting(X12Issue::segmentId, X12Issue::elementPosition)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("DMG", 2),
            org.assertj.core.groups.Tuple.tuple("DMG", 3), org.assertj.core.groups.Tuple.tuple("N3", 1));
  }

  @Test
  void thePatientNeedsBirthDateSexAndAddress() {
    Claim837 d = ClaimFixtures.dependentClaim("X");
    Patient incomplete = new Patient("19", "ROE", "SAM", null, "M", d.patient().address());
    assertIssue(only(withSubscriber(d.subscriber(), incomplete)), "2010CA", "DMG", 2, "1");
  }

  @Test
  void memberIdAndPayerIdAreRequired() {
    Subscriber s = ClaimFixtures.selfSubscriber();
    Subscriber noMember = new Subscriber(s.responsibility(), true, s.groupNumber(), s.claimFilingIndicator(), null,
        null, s.lastName(), s.firstName(), s.birthDate(), s.sex(), s.address());
    assertIssue(only(withSubscriber(noMember, null)), "2010BA", "NM1", 9, "1");
    Claim837 c = valid();
    assertIssue(only(new Claim837(c.billingProvider(), c.subscriber(), new Payer("ACME", " "), null, c.details(),
        c.serviceLines())), "2010BB", "NM1", 9, "1");
  }

  @Test
  void theClaimFilingIndicatorComesFromTheCodeList() {
    Subscriber s = ClaimFixtures.selfSubscriber();
    Subscriber bad = new Subscriber(s.responsibility(), true, s.groupNumber(), "XX", null, s.memberId(),
        s.lastName(), s.firstName(), s.birthDate(), s.sex(), s.address());
    assertIssue(only(withSubscriber(bad, null)), "2000B", "SBR", 9, "7");
  }

  @Test
  void medicareAsSecondaryNeedsTheInsuranceTypeCodeAndOnlyThen() {
    Subscriber s = ClaimFixtures.selfSubscriber();
    Subscriber medicareSecondary = new Subscriber(PayerResponsibility.S, true, null, "MB", null, s.memberId(),
        s.lastName(), s.firstName(), s.birthDate(), s.sex(), s.address());
    assertIssue(only(withSubscriber(medicareSecondary, null)), "2000B", "SBR", 5, "I9");
    Subscriber withType = new Subscriber(PayerResponsibility.S, true, null, "MB", "12", s.memberId(),
        s.lastName(), s.firstName(), s.birthDate(), s.sex(), s.address());
    assertThat(Claim837Rules.check(withSubscriber(withType, null))).isEmpty();
    Subscriber commercialWithType = new Subscriber(PayerResponsibility.P, true, null, "CI", "12", s.memberId(),
        s.lastName(), s.firstName(), s.birthDate(), s.sex(), s.address());
    assertIssue(only(withSubscriber(commercialWithType, null)), "2000B", "SBR", 5, "I13");
  }

  @Test
  void thePatientControlNumberHasAtMostTwentyUpperCaseCharacters() {
    assertIssue(only(withDetails(d -> new ClaimDetails("PCN-0001-LOWERcase", d.totalCharge(), d.placeOfService(),
        d.frequency(), null, true, "A", "Y", "Y", d.diagnoses(), null))), "2300", "CLM", 1, "I12");
    assertIssue(only(withDetails(d -> new ClaimDetails("A".repeat(21), d.totalCharge(), d.placeOfService(),
        d.frequency(), null, true, "A", "Y", "Y", d.diagnoses(), null))), "2300", "CLM", 1, "I12");
  }

  @Test
  void thePlaceOfServiceIsTwoDigits() {
    X12Issue issue = only(withDetails(d -> new ClaimDetails(d.patientControlNumber(), d.totalCharge(), "1",
        d.frequency(), null, true, "A", "Y", "Y", d.diagnoses(), null)));
    assertIssue(issue, "2300", "CLM", 5, "7");
    assertThat(issue.componentPosition()).isEqualTo(1);
  }

  @Test
  void replacementAndVoidClaimsCarryThePayerClaimNumberAndOriginalsDoNot() {
    assertIssue(only(withDetails(d -> details(d, FrequencyCode.REPLACEMENT, null, d.diagnoses(), null))), "2300",
        "REF", 2, "I6");
    assertIssue(only(withDetails(d -> details(d, FrequencyCode.VOID, " ", d.diagnoses(), null))), "2300", "REF", 2,
        "I6");
    assertIssue(only(withDetails(d -> details(d, FrequencyCode.ORIGINAL, "PAYER1", d.diagnoses(), null))), "2300",
        "REF", 0, "I9");
    assertThat(Claim837Rules.check(withDetails(d -> details(d, FrequencyCode.VOID, "PAYER1", d.diagnoses(), null))))
        .isEmpty();
  }

  @Test
  void claimIndicatorsComeFromTheirCodeLists() {
    assertIssue(only(withDetails(d -> new ClaimDetails(d.patientControlNumber(), d.totalCharge(), "11",
        d.frequency(), null, true, "Z", "Y", "Y", d.diagnoses(), null))), "2300", "CLM", 7, "7");
    assertIssue(only(withDetails(d -> new ClaimDetails(d.patientControlNumber(), d.totalCharge(), "11",
        d.frequency(), null, true, "A", "Q", "Y", d.diagnoses(), null))), "2300", "CLM", 8, "7");
    assertIssue(only(withDetails(d -> new ClaimDetails(d.patientControlNumber(), d.totalCharge(), "11",
        d.frequency(), null, true, "A", "Y", "N", d.diagnoses(), null))), "2300", "CLM", 9, "7");
  }

  @Test
  void diagnosesAreOneToTwelveIcd10CodesWithoutTheDot() {
    List<String> thirteen = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      thirteen.add("J0" + (10 + i));
    }
    assertIssue(only(withDetails(d -> details(d, d.frequency(), null, thirteen, null))), "2300", "HI", 13, "3");
    assertIssue(only(withDetails(d -> details(d, d.frequency(), null, List.of("J01.90", "E119"), null))), "2300",
        "HI", 1, "I12");
    assertThat(Claim837Rules.check(withDetails(d -> details(d, d.frequency(), null, List.of(), null))))
        .extracting(X12Issue::segmentId).contains("HI");
  }

  @Test
  void theRenderingProviderIsSentOnlyWhenItDiffersFromTheBillingProvider() {
    RenderingProvider same = new RenderingProvider(ClaimFixtures.BILLING_NPI, "SMITH", "ALEX", null);
    assertIssue(only(withDetails(d -> details(d, d.frequency(), null, d.diagnoses(), same))), "2310B", "NM1", 0,
        "I9");
    RenderingProvider badNpi = new RenderingProvider("9876543210", "SMITH", "ALEX", null);
    assertIssue(only(withDetails(d -> details(d, d.frequency(), null, d.diagnoses(), badNpi))), "2310B", "NM1", 9,
        "I12");
  }

  @Test
  void linesAreNumberedInOrder() {
    assertIssue(only(withLine(1, l -> new ServiceLine(5, l.procedureCode(), l.modifiers(), l.charge(), l.units(),
        null, l.diagnosisPointers(), l.serviceDate(), l.lineItemControlNumber()))), "2400", "LX", 1, "I12");
  }

  @Test
  void procedureCodesAndModifiersHaveTheirShape() {
    assertIssue(only(withLine(0, l -> line(l, "9921", l.modifiers(), l.units(), l.diagnosisPointers(),
        l.serviceDate()))), "2400", "SV1", 1, "I12");
    assertIssue(only(withLine(0, l -> line(l, l.procedureCode(), List.of("25", "59", "76", "77", "91"), l.units(),
        l.diagnosisPointers(), l.serviceDate()))), "2400", "SV1", 1, "13");
    assertIssue(only(withLine(0, l -> line(l, l.procedureCode(), List.of("2"), l.units(), l.diagnosisPointers(),
        l.serviceDate()))), "2400", "SV1", 1, "I12");
  }

  @Test
  void unitsArePositive() {
    assertIssue(only(withLine(0, l -> line(l, l.procedureCode(), l.modifiers(), BigDecimal.ZERO,
        l.diagnosisPointers(), l.serviceDate()))), "2400", "SV1", 4, "I12");
  }

  @Test
  void diagnosisPointersAreOneToFourDistinctAndWithinTheDiagnoses() {
    assertIssue(only(withLine(0, l -> line(l, l.procedureCode(), l.modifiers(), l.units(), List.of(1, 3),
        l.serviceDate()))), "2400", "SV1", 7, "I12");
    assertIssue(only(withLine(0, l -> line(l, l.procedureCode(), l.modifiers(), l.units(), List.of(1, 1),
        l.serviceDate()))), "2400", "SV1", 7, "I12");
    assertIssue(only(withLine(0, l -> line(l, l.procedureCode(), l.modifiers(), l.units(), List.of(),
        l.serviceDate()))), "2400", "SV1", 7, "I12");
  }

  @Test
  void everyLineHasAServiceDateNotBeforeBirth() {
    assertIssue(only(withLine(0, l -> line(l, l.procedureCode(), l.modifiers(), l.units(), l.diagnosisPointers(),
        null))), "2400", "DTP", 3, "I6");
    assertIssue(only(withLine(0, l -> line(l, l.procedureCode(), l.modifiers(), l.units(), l.diagnosisPointers(),
        LocalDate.of(1970, 1, 1)))), "2400", "DTP", 3, "I12");
  }

  @Test
  void theTotalChargeIsTheSumOfTheLineCharges() {
    X12Issue issue = only(withDetails(d -> new ClaimDetails(d.patientControlNumber(), new BigDecimal("145.51"),
        "11", d.frequency(), null, true, "A", "Y", "Y", d.diagnoses(), null)));
    assertIssue(issue, "2300", "CLM", 2, "I12");
    assertThat(issue.message()).contains("145.51").contains("145.50");
    assertThat(Claim837Rules.check(withDetails(d -> new ClaimDetails(d.patientControlNumber(),
        new BigDecimal("145.5"), "11", d.frequency(), null, true, "A", "Y", "Y", d.diagnoses(), null)))).isEmpty();
  }

  @Test
  void anotherPayerHasADifferentResponsibilityAndItsIdentifiers() {
    OtherPayer primary = new OtherPayer(PayerResponsibility.P, "18", null, "CI", new BigDecimal("90.00"), "DOE",
        "JANE", "MEM1", "ACME", "ACME01");
    assertIssue(only(valid().withOtherPayers(List.of(primary))), "2320", "SBR", 1, "7");
    Subscriber s = ClaimFixtures.selfSubscriber();
    Claim837 secondary = withSubscriber(new Subscriber(PayerResponsibility.S, true, null, "CI", null, s.memberId(),
        s.lastName(), s.firstName(), s.birthDate(), s.sex(), s.address()), null);
    assertThat(Claim837Rules.check(secondary.withOtherPayers(List.of(primary)))).isEmpty();
    OtherPayer noId = new OtherPayer(PayerResponsibility.P, "18", null, "CI", null, "DOE", "JANE", "MEM1", "ACME",
        null);
    assertIssue(only(secondary.withOtherPayers(List.of(noId))), "2330B", "NM1", 9, "1");
  }

  @Test
  void theRulesAreListedForTheReadme() {
    assertThat(Claim837Rules.RULES).hasSizeGreaterThanOrEqualTo(25);
  }
}
