package org.openrcm.x12.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.openrcm.x12.Address;
import org.openrcm.x12.Npi;
import org.openrcm.x12.X12Issue;

/**
 * The 837P implementation-guide rules beyond what the schema says (check digits, diagnosis and pointer consistency,
 * CLM02 = Σ SV102, REF*F8 iff frequency 7/8, the patient hierarchy, Medicare secondary, PRV*BI, 2310B), checked on
 * the model before anything is written and by the reader on what it read. Each issue names the loop, segment and
 * element it is about; its code is the IK3/IK4 code a 999 would carry. The list is in {@link #RULES}.
 */
public final class Claim837Rules {

  /** The rules enforced here, one line each (for the README and the report). */
  public static final List<String> RULES = List.of(
      "NPI (2010AA NM109, 2310B NM109): ten digits with a valid Luhn check digit over prefix 80840",
      "Billing provider tax id (2010AA REF*EI): nine digits",
      "Billing provider address (2010AA N3/N4): street, city, state and a nine-digit ZIP; no PO box",
      "Pay-to address (2010AB): sent only when it differs from the billing address; ZIP of 5 or 9 digits",
      "PRV*BI*PXC (2000A): sent when the payer requires the billing taxonomy; taxonomy is 10 characters ending in X",
      "Submitter (1000A): name, id and a contact (PER02) with a phone (10 digits) or an email",
      "Receiver (1000B): name and id",
      "Subscriber (2000B SBR01): P, S or T; SBR02 = 18 only when the subscriber is the patient, empty otherwise",
      "Patient (2000C/PAT): present iff the patient is not the subscriber; PAT01 a relationship code other than 18",
      "Subscriber as patient (2010BA): birth date, sex (M/F/U) and address required",
      "Patient (2010CA): names, birth date, sex (M/F/U) and address required",
      "Member id (2010BA NM109 MI) and payer id (2010BB NM109 PI) required",
      "SBR09 claim filing indicator required and from the code list",
      "SBR05 insurance type code required iff Medicare is secondary (SBR01 S, SBR09 MA/MB); from the code list",
      "CLM01 patient control number: 1 to 20 characters [0-9A-Z]",
      "CLM05-1 place of service: two digits; CLM05-3 frequency 1, 7 or 8",
      "REF*F8 payer claim number (2300): required iff the frequency is 7 (replacement) or 8 (void)",
      "CLM06 Y/N, CLM07 A/B/C, CLM08 Y/N/W, CLM09 I/Y",
      "HI (2300): 1 to 12 ICD-10-CM codes without the dot, the first qualified ABK, the others ABF",
      "2310B rendering provider: sent only when its NPI differs from the billing provider's; last name required",
      "2400: 1 to 50 lines numbered 1..n; SV101 HC procedure code of 5 characters; at most 4 two-character modifiers",
      "SV104 units greater than zero; SV102 charge not negative; SV105 two digits when present",
      "SV107 diagnosis pointers: 1 to 4, distinct, each within 1..number of diagnoses",
      "DTP*472 service date required on every line, not before the patient's birth date",
      "CLM02 total charge equals the sum of the lines' SV102",
      "REF*6R line item control number (when present): 1 to 50 characters",
      "2320/2330A/2330B other payers (when sent): SBR01 differs from the claim's, SBR02 and SBR09 from their code "
          + "lists, AMT*D not negative, other insured's name and member id, other payer's name and id",
      "Values must not contain a delimiter (~ * : ^) or control characters",
      "Envelope: ISA13 = IEA02, GS06 = GE02, ST02 = SE02; SE01 = segments ST..SE; GE01 = sets; IEA01 = groups "
          + "(checked by reading every written file back)");

  private static final Pattern PCN = Pattern.compile("[0-9A-Z]{1,20}");
  private static final Pattern ICD10 = Pattern.compile("[A-TV-Z][0-9][0-9A-Z]{1,5}");
  private static final Pattern TAXONOMY = Pattern.compile("[0-9]{3}[0-9A-Z]{6}X");
  private static final Pattern PROCEDURE = Pattern.compile("[0-9A-Z]{5}");
  private static final Pattern MODIFIER = Pattern.compile("[0-9A-Z]{2}");
  private static final Pattern POS = Pattern.compile("[0-9]{2}");
  private static final Pattern DIGITS9 = Pattern.compile("[0-9]{9}");
  private static final Pattern ZIP = Pattern.compile("[0-9]{5}([0-9]{4})?");
  private static final Pattern PO_BOX = Pattern.compile("(?i).*\\bP\\.?\\s*O\\.?\\s*BOX\\b.*");
  private static final Set<String> FILING = Set.of("11", "12", "13", "14", "15", "16", "17", "AM", "BL", "CH", "CI",
      "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ");
  private static final Set<String> INSURANCE_TYPES = Set.of("12", "13", "14", "15", "16", "41", "42", "43", "47");
  private static final Set<String> RELATIONSHIPS = Set.of("01", "19", "20", "21", "39", "40", "53", "G8");
  private static final Set<String> SEX = Set.of("M", "F", "U");

  /** Where an issue goes: the position of a segment of the claim that was read, 0 when not known. */
  interface Locator {
    Locator NONE = (loop, segment, line) -> 0;

    /** Position of the first {@code segment} in {@code loop} (of service line {@code line}, 0 for claim level). */
    int position(String loop, String segment, int line);
  }

  private Claim837Rules() {
  }

  /** Every guide rule broken by this claim (empty when it can be sent). */
  public static List<X12Issue> check(Claim837 claim) {
    return check(claim, Locator.NONE, null);
  }

  /** Every guide rule broken by the transaction's header loops (submitter, receiver, BHT) and each of its claims. */
  public static List<X12Issue> check(Claim837Transaction transaction) {
    List<X12Issue> issues = new ArrayList<>(checkHeader(transaction, Locator.NONE, null));
    transaction.claims().forEach(claim -> issues.addAll(check(claim)));
    return issues;
  }

  static List<X12Issue> checkHeader(Claim837Transaction transaction, Locator at, String set) {
    Checker c = new Checker(at, set, 0);
    c.require(transaction.originatorTransactionId() != null && !transaction.originatorTransactionId().isBlank(),
        null, "BHT", 3, "1", "BHT03 originator transaction id is required");
    Submitter submitter = transaction.submitter();
    if (c.require(submitter != null, "1000A", "NM1", 0, "3", "the submitter (1000A) is required")) {
      c.require(present(submitter.name()), "1000A", "NM1", 3, "1", "submitter name is required");
      c.require(present(submitter.id()), "1000A", "NM1", 9, "1", "submitter id is required");
      c.require(present(submitter.contactName()), "1000A", "PER", 2, "1", "submitter contact name is required");
      c.require(present(submitter.phone()) || present(submitter.email()), "1000A", "PER", 3, "1",
          "submitter contact needs a phone or an email");
      c.require(!present(submitter.phone()) || submitter.phone().matches("[0-9]{10}"), "1000A", "PER", 4, "I12",
          "submitter phone must have 10 digits");
    }
    Receiver receiver = transaction.receiver();
    if (c.require(receiver != null, "1000B", "NM1", 0, "3", "the receiver (1000B) is required")) {
      c.require(present(receiver.name()), "1000B", "NM1", 3, "1", "receiver name is required");
      c.require(present(receiver.id()), "1000B", "NM1", 9, "1", "receiver id is required");
    }
    c.require(!transaction.claims().isEmpty(), null, "CLM", 0, "3", "the transaction has no claim");
    return c.issues;
  }

  static List<X12Issue> check(Claim837 claim, Locator at, String set) {
    Checker c = new Checker(at, set, 0);
    billingProvider(c, claim.billingProvider());
    Subscriber subscriber = claim.subscriber();
    if (c.require(subscriber != null, "2000B", "SBR", 0, "3", "the subscriber (2000B) is required")) {
      subscriber(c, subscriber, claim.patient());
    }
    Payer payer = claim.payer();
    if (c.require(payer != null, "2010BB", "NM1", 0, "3", "the payer (2010BB) is required")) {
      c.require(present(payer.name()), "2010BB", "NM1", 3, "1", "payer name is required");
      c.require(present(payer.payerId()), "2010BB", "NM1", 9, "1", "payer id is required");
    }
    ClaimDetails details = claim.details();
    if (c.require(details != null, "2300", "CLM", 0, "3", "the claim (2300) is required")) {
      details(c, details, claim);
      lines(c, claim, details);
    }
    otherPayers(c, claim);
    return c.issues;
  }

  private static void billingProvider(Checker c, BillingProvider provider) {
    if (!c.require(provider != null, "2010AA", "NM1", 0, "3", "the billing provider (2010AA) is required")) {
      return;
    }
    c.require(present(provider.organizationName()), "2010AA", "NM1", 3, "1", "billing provider name is required");
    c.require(Npi.isValid(provider.npi()), "2010AA", "NM1", 9, "I12",
        "billing provider NPI is not ten digits with a valid check digit");
    c.require(provider.taxId() != null && DIGITS9.matcher(provider.taxId()).matches(), "2010AA", "REF", 2, "I12",
        "billing provider tax id (REF*EI) must be nine digits");
    if (provider.sendTaxonomy()) {
      c.require(provider.taxonomy() != null && TAXONOMY.matcher(provider.taxonomy()).matches(), "2000A", "PRV", 3,
          "I12", "the payer requires the billing taxonomy (PRV*BI): ten characters ending in X");
    }
    Address address = provider.address();
    if (c.require(address != null, "2010AA", "N3", 0, "3", "billing provider address is required")) {
      c.require(present(address.line1()), "2010AA", "N3", 1, "1", "billing provider street is required");
      c.require(!poBox(address.line1()) && !poBox(address.line2()), "2010AA", "N3", 1, "I12",
          "billing provider address must be a street address, not a PO box");
      c.require(present(address.city()) && present(address.state()), "2010AA", "N4", 1, "1",
          "billing provider city and state are required");
      c.require(address.postalCode() != null && address.postalCode().matches("[0-9]{9}"), "2010AA", "N4", 3, "I12",
          "billing provider ZIP must have nine digits (ZIP+4)");
    }
    Address payTo = provider.payToAddress();
    if (payTo != null) {
      c.require(!payTo.equals(address), "2010AB", "NM1", 0, "I9",
          "pay-to address is sent only when it differs from the billing address");
      c.require(present(payTo.line1()) && present(payTo.city()) && present(payTo.state()), "2010AB", "N3", 1, "1",
          "pay-to street, city and state are required");
      c.require(payTo.postalCode() != null && ZIP.matcher(payTo.postalCode()).matches(), "2010AB", "N4", 3, "I12",
          "pay-to ZIP must have 5 or 9 digits");
    }
  }

  private static void subscriber(Checker c, Subscriber subscriber, Patient patient) {
    c.require(subscriber.responsibility() != null, "2000B", "SBR", 1, "1", "SBR01 payer responsibility is required");
    c.require(present(subscriber.claimFilingIndicator()) && FILING.contains(subscriber.claimFilingIndicator()),
        "2000B", "SBR", 9, "7", "SBR09 claim filing indicator is missing or not a valid code");
    boolean medicareSecondary = subscriber.responsibility() == PayerResponsibility.S
        && ("MA".equals(subscriber.claimFilingIndicator()) || "MB".equals(subscriber.claimFilingIndicator()));
    if (medicareSecondary) {
      c.require(present(subscriber.insuranceTypeCode()) && INSURANCE_TYPES.contains(subscriber.insuranceTypeCode()),
          "2000B", "SBR", 5, "I9", "SBR05 insurance type code is required when Medicare is secondary "
              + "(12, 13, 14, 15, 16, 41, 42, 43 or 47)");
    } else {
      c.require(!present(subscriber.insuranceTypeCode()), "2000B", "SBR", 5, "I13",
          "SBR05 is sent only when Medicare is the secondary payer");
    }
    c.require(present(subscriber.memberId()), "2010BA", "NM1", 9, "1", "subscriber member id is required");
    c.require(present(subscriber.lastName()), "2010BA", "NM1", 3, "1", "subscriber last name is required");
    if (subscriber.self()) {
      c.require(patient == null, "2000C", "PAT", 0, "I9",
          "the subscriber is the patient: no patient loop (2000C) is sent");
      c.require(subscriber.birthDate() != null, "2010BA", "DMG", 2, "I9",
          "subscriber birth date is required when the subscriber is the patient");
      c.require(SEX.contains(subscriber.sex()), "2010BA", "DMG", 3, "7",
          "subscriber sex must be M, F or U when the subscriber is the patient");
      c.require(complete(subscriber.address()), "2010BA", "N3", 1, "I6",
          "subscriber address is required when the subscriber is the patient");
    } else if (c.require(patient != null, "2000C", "PAT", 0, "I6",
        "the patient is not the subscriber: the patient loop (2000C, PAT) is required")) {
      c.require(RELATIONSHIPS.contains(patient.relationshipCode()), "2000C", "PAT", 1, "7",
          "PAT01 must be a relationship code other than 18 (01, 19, 20, 21, 39, 40, 53, G8)");
      c.require(present(patient.lastName()) && present(patient.firstName()), "2010CA", "NM1", 3, "1",
          "patient names are required");
      c.require(patient.birthDate() != null, "2010CA", "DMG", 2, "1", "patient birth date is required");
      c.require(SEX.contains(patient.sex()), "2010CA", "DMG", 3, "7", "patient sex must be M, F or U");
      c.require(complete(patient.address()), "2010CA", "N3", 1, "3", "patient address is required");
    }
  }

  private static void otherPayers(Checker c, Claim837 claim) {
    for (OtherPayer other : claim.otherPayers()) {
      c.require(other.responsibility() != null && (claim.subscriber() == null
          || other.responsibility() != claim.subscriber().responsibility()), "2320", "SBR", 1, "7",
          "SBR01 of another payer must be P, S or T and differ from this claim's payer responsibility");
      c.require(other.relationshipCode() != null && (other.relationshipCode().equals("18")
          || RELATIONSHIPS.contains(other.relationshipCode())), "2320", "SBR", 2, "7",
          "SBR02 of another payer must be an individual relationship code");
      c.require(other.claimFilingIndicator() != null && FILING.contains(other.claimFilingIndicator()), "2320", "SBR",
          9, "7", "SBR09 of another payer is missing or not a valid code");
      c.require(other.paidAmount() == null || other.paidAmount().signum() >= 0, "2320", "AMT", 2, "I12",
          "AMT*D other payer paid amount must not be negative");
      c.require(present(other.insuredLastName()) && present(other.insuredMemberId()), "2330A", "NM1", 9, "1",
          "the other insured's last name and member id are required");
      c.require(present(other.payerName()) && present(other.payerId()), "2330B", "NM1", 9, "1",
          "the other payer's name and id are required");
    }
  }

  private static void details(Checker c, ClaimDetails details, Claim837 claim) {
    c.require(details.patientControlNumber() != null && PCN.matcher(details.patientControlNumber()).matches(),
        "2300", "CLM", 1, "I12", "CLM01 patient control number must be 1 to 20 characters [0-9A-Z]");
    c.require(details.placeOfService() != null && POS.matcher(details.placeOfService()).matches(), "2300", "CLM", 5,
        1, "7", "CLM05-1 place of service must be two digits");
    c.require(details.frequency() != null, "2300", "CLM", 5, 3, "1", "CLM05-3 frequency code is required");
    if (details.frequency() != null && details.frequency().refersToPriorClaim()) {
      c.require(present(details.payerClaimNumber()), "2300", "REF", 2, "I6",
          "REF*F8 payer claim number is required for a replacement (7) or void (8) claim");
    } else {
      c.require(!present(details.payerClaimNumber()), "2300", "REF", 0, "I9",
          "REF*F8 is sent only for a replacement (7) or void (8) claim");
    }
    c.require(Set.of("A", "B", "C").contains(details.assignment()), "2300", "CLM", 7, "7",
        "CLM07 assignment must be A, B or C");
    c.require(Set.of("Y", "N", "W").contains(details.benefitsAssignment()), "2300", "CLM", 8, "7",
        "CLM08 benefits assignment must be Y, N or W");
    c.require(Set.of("I", "Y").contains(details.releaseOfInformation()), "2300", "CLM", 9, "7",
        "CLM09 release of information must be I or Y");
    List<String> diagnoses = details.diagnoses();
    c.require(!diagnoses.isEmpty(), "2300", "HI", 0, "3", "at least one diagnosis (HI ABK) is required");
    c.require(diagnoses.size() <= 12, "2300", "HI", 13, "3", "at most 12 diagnoses (HI01..HI12)");
    for (int i = 0; i < diagnoses.size(); i++) {
      String code = diagnoses.get(i);
      c.require(code != null && ICD10.matcher(code).matches(), "2300", "HI", Math.min(i + 1, 12), 2, "I12",
          "diagnosis " + (i + 1) + " is not an ICD-10-CM code without the dot");
    }
    RenderingProvider rendering = details.rendering();
    if (rendering != null) {
      c.require(Npi.isValid(rendering.npi()), "2310B", "NM1", 9, "I12",
          "rendering provider NPI is not ten digits with a valid check digit");
      c.require(claim.billingProvider() == null || !rendering.npi().equals(claim.billingProvider().npi()),
          "2310B", "NM1", 0, "I9", "2310B is sent only when the rendering provider differs from the billing provider");
      c.require(present(rendering.lastName()), "2310B", "NM1", 3, "1", "rendering provider last name is required");
      c.require(rendering.taxonomy() == null || TAXONOMY.matcher(rendering.taxonomy()).matches(), "2310B", "PRV", 3,
          "I12", "rendering taxonomy must be ten characters ending in X");
    }
  }

  private static void lines(Checker c, Claim837 claim, ClaimDetails details) {
    List<ServiceLine> lines = claim.serviceLines();
    c.require(!lines.isEmpty(), "2400", "LX", 0, "3", "at least one service line (2400) is required");
    c.require(lines.size() <= 50, "2400", "LX", 0, "4", "at most 50 service lines per claim");
    BigDecimal sum = BigDecimal.ZERO;
    int diagnosisCount = details.diagnoses().size();
    for (int i = 0; i < lines.size(); i++) {
      ServiceLine line = lines.get(i);
      Checker l = c.atLine(i + 1);
      l.require(line.lineNumber() == i + 1, "2400", "LX", 1, "I12",
          "line " + (i + 1) + ": LX01 must be " + (i + 1) + " (lines are numbered in order)");
      l.require(line.procedureCode() != null && PROCEDURE.matcher(line.procedureCode()).matches(), "2400", "SV1", 1,
          2, "I12", "line " + (i + 1) + ": SV101-2 procedure code must be 5 characters");
      l.require(line.modifiers().size() <= 4, "2400", "SV1", 1, 7, "13", "line " + (i + 1) + ": at most 4 modifiers");
      for (int m = 0; m < line.modifiers().size(); m++) {
        String modifier = line.modifiers().get(m);
        l.require(modifier != null && MODIFIER.matcher(modifier).matches(), "2400", "SV1", 1, Math.min(m + 3, 6),
            "I12", "line " + (i + 1) + ": modifier " + (m + 1) + " must be two characters");
      }
      l.require(line.charge() != null && line.charge().signum() >= 0, "2400", "SV1", 2, "I12",
          "line " + (i + 1) + ": SV102 charge is required and not negative");
      l.require(line.units() != null && line.units().signum() > 0, "2400", "SV1", 4, "I12",
          "line " + (i + 1) + ": SV104 units must be greater than zero");
      l.require(line.placeOfService() == null || POS.matcher(line.placeOfService()).matches(), "2400", "SV1", 5,
          "7", "line " + (i + 1) + ": SV105 place of service must be two digits");
      List<Integer> pointers = line.diagnosisPointers();
      l.require(!pointers.isEmpty() && pointers.size() <= 4, "2400", "SV1", 7, 1, "I12",
          "line " + (i + 1) + ": SV107 needs 1 to 4 diagnosis pointers");
      Set<Integer> seen = new HashSet<>();
      for (int p = 0; p < Math.min(pointers.size(), 4); p++) {
        Integer pointer = pointers.get(p);
        l.require(pointer != null && pointer >= 1 && pointer <= diagnosisCount && seen.add(pointer), "2400", "SV1",
            7, p + 1, "I12", "line " + (i + 1) + ": diagnosis pointer " + pointer + " must be distinct and within 1.."
                + diagnosisCount);
      }
      l.require(line.serviceDate() != null, "2400", "DTP", 3, "I6",
          "line " + (i + 1) + ": DTP*472 service date is required");
      java.time.LocalDate birth = claim.patient() != null ? claim.patient().birthDate()
          : claim.subscriber() != null ? claim.subscriber().birthDate() : null;
      l.require(line.serviceDate() == null || birth == null || !line.serviceDate().isBefore(birth), "2400", "DTP", 3,
          "I12", "line " + (i + 1) + ": the service date is before the patient's birth date");
      l.require(line.lineItemControlNumber() == null || (!line.lineItemControlNumber().isEmpty()
          && line.lineItemControlNumber().length() <= 50), "2400", "REF", 2, "5",
          "line " + (i + 1) + ": REF*6R line item control number must have 1 to 50 characters");
      if (line.charge() != null) {
        sum = sum.add(line.charge());
      }
    }
    c.require(details.totalCharge() != null && details.totalCharge().compareTo(sum) == 0, "2300", "CLM", 2, "I12",
        "CLM02 total charge " + (details.totalCharge() == null ? "is missing" : details.totalCharge().toPlainString())
            + " must equal the sum of the lines' charges " + sum.toPlainString());
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static boolean complete(Address address) {
    return address != null && present(address.line1()) && present(address.city()) && present(address.state())
        && present(address.postalCode());
  }

  private static boolean poBox(String line) {
    return line != null && PO_BOX.matcher(line).matches();
  }

  /** Collects issues of one claim (or header), placing them with the locator. */
  private static final class Checker {
    final Locator at;
    final String set;
    final int line;
    final List<X12Issue> issues;

    Checker(Locator at, String set, int line) {
      this(at, set, line, new ArrayList<>());
    }

    private Checker(Locator at, String set, int line, List<X12Issue> issues) {
      this.at = at;
      this.set = set;
      this.line = line;
      this.issues = issues;
    }

    Checker atLine(int number) {
      return new Checker(at, set, number, issues);
    }

    boolean require(boolean ok, String loop, String segment, int element, String code, String message) {
      return require(ok, loop, segment, element, 0, code, message);
    }

    boolean require(boolean ok, String loop, String segment, int element, int component, String code,
        String message) {
      if (!ok) {
        issues.add(X12Issue.error(set, at.position(loop, segment, line), segment, loop, element, component, code,
            message));
      }
      return ok;
    }
  }
}
