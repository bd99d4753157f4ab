package org.openrcm.x12.remit;

import io.xlate.edi.schema.Schema;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openrcm.x12.Address;
import org.openrcm.x12.IssueSink;
import org.openrcm.x12.Schemas;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionMapper;
import org.openrcm.x12.X12Parser;
import org.openrcm.x12.X12ReadResult;

/**
 * Reads 835 005010X221A1 files leniently (any delimiters, several interchanges/sets, count errors, a wrong GS08,
 * unknown or misplaced segments and bad code values as deviations); every object carries the segment position it
 * came from. What cannot be posted safely is an ERROR of its set: no BPR or TRN, no N1*PR, an amount that is not a
 * number, a CLP without its patient control number or status. Balancing is checked separately
 * ({@link RemittanceBalance}). Never throws for bad content. Thread-safe.
 */
public final class Remittance835Reader {

  /** GS08 and ST03 of an 835. */
  public static final String VERSION = "005010X221A1";

  private static final Mapper MAPPER = new Mapper(false);

  /** Reads a whole file. */
  public X12ReadResult<Remittance835> read(byte[] content) {
    return X12Parser.read(content, MAPPER);
  }

  /** Reads a stream to its end (the caller closes it). */
  public X12ReadResult<Remittance835> read(InputStream content) {
    return X12Parser.read(content, MAPPER);
  }

  static X12ReadResult<Remittance835> readStrictly(byte[] content) {
    return X12Parser.read(content, new Mapper(true));
  }

  private static final class Mapper implements TransactionMapper<Remittance835> {
    private final boolean strict;

    Mapper(boolean strict) {
      this.strict = strict;
    }

    @Override
    public String transactionSetId() {
      return "835";
    }

    @Override
    public String implementationVersion() {
      return VERSION;
    }

    @Override
    public Schema schema() {
      return Schemas.transaction(Schemas.REMITTANCE_835);
    }

    @Override
    public boolean strict() {
      return strict;
    }

    @Override
    public String loopId(String loopCode, Segment first, String parentLoopId) {
      if ("1000".equals(loopCode) && first.is("N1")) {
        return "PR".equals(first.element(1)) ? "1000A" : "PE".equals(first.element(1)) ? "1000B" : loopCode;
      }
      return loopCode;
    }

    @Override
    public Remittance835 map(List<Segment> segments, IssueSink issues) {
      return new Reading(issues).read(segments);
    }
  }

  private static final class Reading {
    private final IssueSink issues;
    private final String set;
    private PaymentInfo payment;
    private TraceNumber trace;
    private final List<Reference> references = new ArrayList<>();
    private final List<QualifiedDate> dates = new ArrayList<>();
    private PartyBuilder party;
    private RemitParty payer;
    private RemitParty payee;
    private Integer headerNumber;
    private final List<ClaimPayment> claims = new ArrayList<>();
    private final List<ProviderAdjustment> adjustments = new ArrayList<>();
    private ClaimBuilder claim;
    private LineBuilder line;

    Reading(IssueSink issues) {
      this.issues = issues;
      this.set = issues.setControlNumber();
    }

    Remittance835 read(List<Segment> segments) {
      for (Segment s : segments) {
        segment(s);
      }
      finishParty();
      finishClaim();
      if (payment == null) {
        issues.missing(null, "BPR", null, "BPR (the payment) is required");
      }
      if (trace == null) {
        issues.missing(null, "TRN", null, "TRN (the reassociation trace number) is required");
      }
      if (payer == null) {
        issues.missing(null, "N1", "1000A", "N1*PR (the payer) is required");
      }
      if (payee == null) {
        issues.add(org.openrcm.x12.X12Issue.deviation(set, 0, "N1", "1000B", 0, 0, "3",
            "N1*PE (the payee) is missing"));
      }
      return new Remittance835(set, payment, trace, references, dates, payer, payee, claims, adjustments);
    }

    private void segment(Segment s) {
      switch (s.id()) {
        case "BPR" -> payment = new PaymentInfo(s.element(1), amount(s, 2, true), s.element(3), s.element(4),
            s.element(5), account(s, 6), account(s, 12), s.element(10), s.date(16), s.position());
        case "TRN" -> {
          if (trace == null) {
            trace = new TraceNumber(s.element(1), s.element(2), s.element(3), s.element(4), s.position());
            if (trace.traceNumber() == null) {
              issues.error(s, 2, 0, "1", "TRN02 trace number is required");
            }
          }
        }
        case "N1" -> {
          finishParty();
          party = new PartyBuilder(s);
        }
        case "N3", "N4" -> {
          if (party != null) {
            party.address(s);
          }
        }
        case "LX" -> {
          finishParty();
          finishClaim();
          headerNumber = s.integer(1);
        }
        case "CLP" -> {
          finishParty();
          finishClaim();
          claim = new ClaimBuilder(s);
        }
        case "CAS" -> cas(s);
        case "NM1" -> {
          if (claim != null) {
            claim.name(s);
          }
        }
        case "MIA" -> remarks(s, new int[] {5, 20, 21, 22, 23});
        case "MOA" -> remarks(s, new int[] {3, 4, 5, 6, 7});
        case "REF" -> {
          Reference reference = new Reference(s.element(1), s.element(2), s.position());
          if (line != null) {
            line.references.add(reference);
          } else if (claim != null) {
            claim.references.add(reference);
          } else if (party != null) {
            party.references.add(reference);
          } else {
            references.add(reference);
          }
        }
        case "DTM" -> {
          QualifiedDate date = new QualifiedDate(s.element(1), s.date(2), s.position());
          if (line != null) {
            line.dates.add(date);
          } else if (claim != null) {
            claim.dates.add(date);
          } else {
            dates.add(date);
          }
        }
        case "AMT" -> {
          QualifiedAmount value = new QualifiedAmount(s.element(1), amount(s, 2, true), s.position());
          if (line != null) {
            line.amounts.add(value);
          } else if (claim != null) {
            claim.amounts.add(value);
          }
        }
        case "SVC" -> {
          if (claim == null) {
            issues.error(s, 0, 0, "2", "SVC outside a claim (CLP)");
            return;
          }
          claim.finishLine();
          line = new LineBuilder(s);
          claim.line = line;
        }
        case "LQ" -> {
          if (line != null && "HE".equals(s.element(1))) {
            line.remarks.add(new RemarkCode(s.element(2), "LQ", s.position()));
          }
        }
        case "PLB" -> {
          finishClaim();
          plb(s);
        }
        default -> {
          // NTE, CUR, PER, RDM, TS3, TS2, QTY are not part of our model
        }
      }
    }

    private void cas(Segment s) {
      List<Adjustment> target = line != null ? line.adjustments : claim != null ? claim.adjustments : null;
      if (target == null) {
        issues.error(s, 0, 0, "2", "CAS outside a claim (CLP) or service line (SVC)");
        return;
      }
      String group = s.element(1);
      for (int t = 0; t < 6; t++) {
        String reason = s.element(2 + 3 * t);
        if (reason == null) {
          if (s.has(3 + 3 * t)) {
            issues.error(s, 2 + 3 * t, 0, "1", "CAS" + pad(2 + 3 * t) + " reason code is required with an amount");
          }
          continue;
        }
        BigDecimal amount = amount(s, 3 + 3 * t, true);
        if (amount != null) {
          target.add(new Adjustment(group, reason, amount, s.decimal(4 + 3 * t), s.position(), t + 1));
        }
      }
    }

    private void remarks(Segment s, int[] positions) {
      if (claim == null) {
        return;
      }
      for (int position : positions) {
        String code = s.element(position);
        if (code != null) {
          claim.remarks.add(new RemarkCode(code, s.id(), s.position()));
        }
      }
    }

    private void plb(Segment s) {
      List<ProviderAdjustment.Item> items = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String reason = s.component(3 + 2 * i, 1);
        if (reason == null) {
          continue;
        }
        BigDecimal amount = amount(s, 4 + 2 * i, true);
        if (amount != null) {
          items.add(new ProviderAdjustment.Item(reason, s.component(3 + 2 * i, 2), amount));
        }
      }
      adjustments.add(new ProviderAdjustment(set, s.element(1), s.date(2), items, s.position()));
    }

    private BigDecimal amount(Segment s, int position, boolean required) {
      String value = s.element(position);
      BigDecimal amount = s.decimal(position);
      if (amount == null && (required || value != null)) {
        issues.error(s, position, 0, value == null ? "1" : "6", s.id() + pad(position)
            + (value == null ? " amount is required" : " is not a number"));
      }
      return amount;
    }

    private static PaymentInfo.BankAccount account(Segment s, int first) {
      if (!s.has(first) && !s.has(first + 1) && !s.has(first + 3)) {
        return null;
      }
      return new PaymentInfo.BankAccount(s.element(first), s.element(first + 1), s.element(first + 2),
          s.element(first + 3));
    }

    private void finishParty() {
      if (party == null) {
        return;
      }
      RemitParty built = party.build();
      party = null;
      if ("PR".equals(built.entityCode())) {
        payer = built;
      } else if ("PE".equals(built.entityCode())) {
        payee = built;
      }
    }

    private void finishClaim() {
      if (claim == null) {
        return;
      }
      claim.finishLine();
      line = null;
      ClaimBuilder b = claim;
      claim = null;
      if (b.pcn == null || b.status == null || b.charge == null || b.paid == null) {
        return; // reported when the CLP was read
      }
      claims.add(new ClaimPayment(set, headerNumber, b.pcn, b.status, b.charge, b.paid, b.patientResponsibility,
          b.filing, b.payerClaimNumber, b.facility, b.frequency, b.adjustments, b.patient, b.insured,
          b.correctedInsured, b.rendering, b.crossover, b.remarks, b.dates, b.amounts, b.references, b.lines,
          b.position));
    }

    private final class ClaimBuilder {
      final int position;
      final String pcn;
      final String status;
      final BigDecimal charge;
      final BigDecimal paid;
      final BigDecimal patientResponsibility;
      final String filing;
      final String payerClaimNumber;
      final String facility;
      final String frequency;
      final List<Adjustment> adjustments = new ArrayList<>();
      final List<RemarkCode> remarks = new ArrayList<>();
      final List<QualifiedDate> dates = new ArrayList<>();
      final List<QualifiedAmount> amounts = new ArrayList<>();
      final List<Reference> references = new ArrayList<>();
      final List<ServicePayment> lines = new ArrayList<>();
      RemitName patient;
      RemitName insured;
      RemitName correctedInsured;
      RemitName rendering;
      RemitName crossover;
      LineBuilder line;

      ClaimBuilder(Segment s) {
        position = s.position();
        pcn = s.element(1);
        status = s.element(2);
        charge = amount(s, 3, true);
        paid = amount(s, 4, true);
        patientResponsibility = amount(s, 5, false);
        filing = s.element(6);
        payerClaimNumber = s.element(7);
        facility = s.element(8);
        frequency = s.element(9);
        if (pcn == null) {
          issues.error(s, 1, 0, "1", "CLP01 patient control number is required");
        }
        if (status == null) {
          issues.error(s, 2, 0, "1", "CLP02 claim status code is required");
        }
      }

      void name(Segment s) {
        RemitName name = new RemitName(s.element(1), s.element(2), s.element(3), s.element(4), s.element(5),
            s.element(8), s.element(9), s.position());
        switch (String.valueOf(name.entityCode())) {
          case "QC" -> patient = name;
          case "IL" -> insured = name;
          case "74" -> correctedInsured = name;
          case "82" -> rendering = name;
          case "TT", "PR" -> crossover = name;
          default -> {
            // GB other subscriber and service location names are not part of our model
          }
        }
      }

      void finishLine() {
        if (line != null) {
          lines.add(line.build());
          line = null;
          Reading.this.line = null;
        }
      }
    }

    private final class LineBuilder {
      final int position;
      final ProcedureCode procedure;
      final BigDecimal charge;
      final BigDecimal paid;
      final String revenueCode;
      final BigDecimal units;
      final ProcedureCode original;
      final BigDecimal originalUnits;
      final List<QualifiedDate> dates = new ArrayList<>();
      final List<Adjustment> adjustments = new ArrayList<>();
      final List<Reference> references = new ArrayList<>();
      final List<QualifiedAmount> amounts = new ArrayList<>();
      final List<RemarkCode> remarks = new ArrayList<>();

      LineBuilder(Segment s) {
        position = s.position();
        procedure = procedure(s, 1);
        charge = amount(s, 2, true);
        paid = amount(s, 3, true);
        revenueCode = s.element(4);
        units = s.decimal(5);
        original = procedure(s, 6);
        originalUnits = s.decimal(7);
      }

      ServicePayment build() {
        return new ServicePayment(procedure, charge, paid, revenueCode, units, original, originalUnits, dates,
            adjustments, references, amounts, remarks, position);
      }
    }

    private static ProcedureCode procedure(Segment s, int position) {
      if (!s.has(position)) {
        return null;
      }
      List<String> modifiers = new ArrayList<>();
      for (int c = 3; c <= 6; c++) {
        if (s.component(position, c) != null) {
          modifiers.add(s.component(position, c));
        }
      }
      return new ProcedureCode(s.component(position, 1), s.component(position, 2), modifiers,
          s.component(position, 7));
    }

    private final class PartyBuilder {
      final Segment n1;
      Address address;
      final List<Reference> references = new ArrayList<>();

      PartyBuilder(Segment n1) {
        this.n1 = n1;
      }

      void address(Segment s) {
        Address a = address == null ? new Address(null, null, null, null, null) : address;
        address = s.is("N3") ? new Address(s.element(1), s.element(2), a.city(), a.state(), a.postalCode())
            : new Address(a.line1(), a.line2(), s.element(1), s.element(2), s.element(3));
      }

      RemitParty build() {
        return new RemitParty(n1.element(1), n1.element(2), n1.element(3), n1.element(4), address, references,
            n1.position());
      }
    }
  }

  private static String pad(int element) {
    return element < 10 ? "0" + element : Integer.toString(element);
  }
}
