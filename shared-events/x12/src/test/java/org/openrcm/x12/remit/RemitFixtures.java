package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openrcm.x12.Address;

/** A balanced remittance: a paid claim with contractual and patient adjustments, a denied claim, PLB interest. */
public final class RemitFixtures {

  private RemitFixtures() {
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  public static ClaimPayment paidClaim(String pcn) {
    ServicePayment office = new ServicePayment(new ProcedureCode("HC", "99213", List.of("25"), null), d("100.00"),
        d("60.00"), null, d("1"), null, null, List.of(new QualifiedDate("472", LocalDate.of(2026, 11, 30), 0)),
        List.of(new Adjustment("CO", "45", d("20.00"), null, 0, 1), new Adjustment("PR", "2", d("20.00"), null, 0, 2)),
        List.of(new Reference("6R", "1", 0)), List.of(new QualifiedAmount("B6", d("80.00"), 0)), List.of(), 0);
    ServicePayment test = new ServicePayment(new ProcedureCode("HC", "87880", List.of(), null), d("45.50"),
        d("30.00"), null, d("1"), null, null, List.of(new QualifiedDate("472", LocalDate.of(2026, 11, 30), 0)),
        List.of(new Adjustment("CO", "45", d("15.50"), null, 0, 1)), List.of(new Reference("6R", "2", 0)),
        List.of(), List.of(new RemarkCode("N130", "LQ", 0)), 0);
    return new ClaimPayment(null, 1, pcn, "1", d("145.50"), d("90.00"), d("20.00"), "CI", "PAYER" + pcn, "11", "1",
        List.of(), new RemitName("QC", "1", "DOE", "JANE", null, "MI", "MEM123456", 0), null, null,
        new RemitName("82", "1", "SMITH", "ALEX", null, "XX", "9876543213", 0), null,
        List.of(new RemarkCode("MA01", "MOA", 0)), List.of(new QualifiedDate("050", LocalDate.of(2026, 12, 4), 0)),
        List.of(new QualifiedAmount("AU", d("125.00"), 0)), List.of(), List.of(office, test), 0);
  }

  public static ClaimPayment deniedClaim(String pcn) {
    ServicePayment line = new ServicePayment(new ProcedureCode("HC", "99213", List.of(), null), d("100.00"),
        d("0"), null, d("1"), null, null, List.of(new QualifiedDate("472", LocalDate.of(2026, 11, 29), 0)),
        List.of(new Adjustment("CO", "50", d("100.00"), null, 0, 1)), List.of(new Reference("6R", "1", 0)),
        List.of(), List.of(), 0);
    return new ClaimPayment(null, 1, pcn, "4", d("100.00"), d("0"), d("0"), "CI", "PAYER" + pcn, "11", "1",
        List.of(), new RemitName("QC", "1", "ROE", "SAM", null, "MI", "MEM555", 0), null, null, null, null, List.of(),
        List.of(), List.of(), List.of(), List.of(line), 0);
  }

  /** Pays 90.00 + 1.25 interest (PLB L6 -1.25) = 91.25. */
  public static Remittance835 remittance() {
    return new Remittance835(null,
        new PaymentInfo("I", d("91.25"), "C", "ACH", "CCP", new PaymentInfo.BankAccount("01", "999988880", "DA",
            "123456"), new PaymentInfo.BankAccount("01", "111122220", "DA", "654321"), "1512345678",
            LocalDate.of(2026, 12, 5), 0),
        new TraceNumber("1", "EFT20261205001", "1512345678", null, 0), List.of(new Reference("EV", "OPENRCM", 0)),
        List.of(new QualifiedDate("405", LocalDate.of(2026, 12, 4), 0)),
        new RemitParty("PR", "ACME HEALTH", null, null, new Address("1 PAYER WAY", null, "HARTFORD", "CT", "06101"),
            List.of(new Reference("2U", "ACME01", 0)), 0),
        new RemitParty("PE", "RIVERSIDE FAMILY PRACTICE", "XX", "1234567893", null,
            List.of(new Reference("TJ", "123456789", 0)), 0),
        List.of(paidClaim("PCN0"), deniedClaim("PCN1")),
        List.of(new ProviderAdjustment(null, "1234567893", LocalDate.of(2026, 12, 31),
            List.of(new ProviderAdjustment.Item("L6", "PCN0", d("-1.25"))), 0)));
  }
}
