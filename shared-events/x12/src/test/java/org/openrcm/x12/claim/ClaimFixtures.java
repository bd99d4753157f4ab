package org.openrcm.x12.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.openrcm.x12.Address;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.UsageIndicator;

/** Valid claims to start from; tests change one thing at a time. */
public final class ClaimFixtures {

  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T23:41:00Z"), ZoneOffset.UTC);
  public static final String BILLING_NPI = "1234567893";
  public static final String RENDERING_NPI = "9876543213";
  public static final OutboundEnvelope ENVELOPE = new OutboundEnvelope("ZZ", "OPENRCM", "ZZ", "CLEARHOUSE",
      "OPENRCM", "CLEARHOUSE", UsageIndicator.T);

  private ClaimFixtures() {
  }

  public static BillingProvider billingProvider() {
    return new BillingProvider("RIVERSIDE FAMILY PRACTICE", BILLING_NPI, "123456789", "207Q00000X",
        new Address("100 MAIN ST", "SUITE 2", "SPRINGFIELD", "IL", "627011234"), null, true);
  }

  public static Subscriber selfSubscriber() {
    return new Subscriber(PayerResponsibility.P, true, "GRP100", "CI", null, "MEM123456", "DOE", "JANE",
        LocalDate.of(1980, 5, 17), "F", new Address("12 OAK AVE", null, "SPRINGFIELD", "IL", "62702"));
  }

  public static Payer payer() {
    return new Payer("ACME HEALTH", "ACME01");
  }

  public static ClaimDetails details(String pcn, BigDecimal total) {
    return new ClaimDetails(pcn, total, "11", FrequencyCode.ORIGINAL, null, true, "A", "Y", "Y",
        List.of("J0190", "E119"), null);
  }

  public static ServiceLine line(int number, String code, String charge, List<Integer> pointers) {
    return new ServiceLine(number, code, List.of(), new BigDecimal(charge), BigDecimal.ONE, null, pointers,
        LocalDate.of(2026, 11, 30), Integer.toString(number));
  }

  /** A self-subscribed claim with two lines (100.00 + 45.50). */
  public static Claim837 claim(String pcn) {
    return new Claim837(billingProvider(), selfSubscriber(), payer(), null, details(pcn, new BigDecimal("145.50")),
        List.of(line(1, "99213", "100.00", List.of(1, 2)), line(2, "87880", "45.50", List.of(1))));
  }

  /** A claim for a child on a parent's policy (2000C). */
  public static Claim837 dependentClaim(String pcn) {
    Subscriber parent = new Subscriber(PayerResponsibility.P, false, "GRP100", "CI", null, "MEM555", "ROE",
        "RICHARD", null, null, null);
    Patient child = new Patient("19", "ROE", "SAM", LocalDate.of(2015, 2, 1), "M",
        new Address("9 ELM ST", null, "SPRINGFIELD", "IL", "62704"));
    return new Claim837(billingProvider(), parent, payer(), child, details(pcn, new BigDecimal("100.00")),
        List.of(line(1, "99213", "100.00", List.of(1))));
  }

  public static Claim837Transaction transaction(List<Claim837> claims) {
    return new Claim837Transaction("SUB0001", LocalDateTime.of(2026, 12, 3, 23, 41),
        new Submitter("OPENRCM BILLING", "OPENRCM", "BILLING DESK", "5555551212", null),
        new Receiver("CLEARHOUSE", "CLEARHOUSE"), claims);
  }

  public static Claim837Transaction transaction(Claim837... claims) {
    return transaction(List.of(claims));
  }

  /** {@code count} claims alternating self and dependent. */
  public static List<Claim837> claims(int count) {
    List<Claim837> claims = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      claims.add(i % 2 == 0 ? claim("PCN" + i) : dependentClaim("PCN" + i));
    }
    return claims;
  }
}
