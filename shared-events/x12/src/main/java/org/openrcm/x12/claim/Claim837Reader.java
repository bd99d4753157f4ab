package org.openrcm.x12.claim;

import io.xlate.edi.schema.Schema;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openrcm.x12.Address;
import org.openrcm.x12.IssueSink;
import org.openrcm.x12.Schemas;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionMapper;
import org.openrcm.x12.X12Parser;
import org.openrcm.x12.X12ReadResult;

/**
 * Reads 837P 005010X222A1 files into the same model the writer takes, validating against our schema (strictly: an
 * 837 we receive is judged the way a clearinghouse judges it) and the {@link Claim837Rules}; every problem is an
 * issue with its location. Never throws for bad content. Thread-safe.
 */
public final class Claim837Reader {

  private static final Mapper MAPPER = new Mapper();

  /** Reads a whole file. */
  public X12ReadResult<Claim837Transaction> read(byte[] content) {
    return X12Parser.read(content, MAPPER);
  }

  /** Reads a stream to its end (the caller closes it). */
  public X12ReadResult<Claim837Transaction> read(InputStream content) {
    return X12Parser.read(content, MAPPER);
  }

  private static final class Mapper implements TransactionMapper<Claim837Transaction> {

    @Override
    public String transactionSetId() {
      return "837";
    }

    @Override
    public String implementationVersion() {
      return Claim837Writer.VERSION;
    }

    @Override
    public Schema schema() {
      return Schemas.transaction(Schemas.CLAIM_837P);
    }

    @Override
    public boolean strict() {
      return true;
    }

    @Override
    public String loopId(String loopCode, Segment first, String parentLoopId) {
      return switch (loopCode) {
        case "1000" -> first.is("NM1") ? switch (String.valueOf(first.element(1))) {
          case "41" -> "1000A";
          case "40" -> "1000B";
          default -> loopCode;
        } : loopCode;
        case "2000" -> first.is("HL") ? switch (String.valueOf(first.element(3))) {
          case "20" -> "2000A";
          case "22" -> "2000B";
          case "23" -> "2000C";
          default -> loopCode;
        } : loopCode;
        case "2010" -> first.is("NM1") ? switch (String.valueOf(first.element(1))) {
          case "85" -> "2010AA";
          case "87" -> "2010AB";
          case "PE" -> "2010AC";
          case "IL" -> "2010BA";
          case "PR" -> "2010BB";
          case "QC" -> "2010CA";
          default -> loopCode;
        } : loopCode;
        case "2310" -> first.is("NM1") ? switch (String.valueOf(first.element(1))) {
          case "DN", "P3" -> "2310A";
          case "82" -> "2310B";
          case "77" -> "2310C";
          case "DQ" -> "2310D";
          case "PW" -> "2310E";
          case "45" -> "2310F";
          default -> loopCode;
        } : loopCode;
        case "2330" -> first.is("NM1") ? switch (String.valueOf(first.element(1))) {
          case "IL" -> "2330A";
          case "PR" -> "2330B";
          default -> loopCode;
        } : loopCode;
        case "2420" -> first.is("NM1") ? switch (String.valueOf(first.element(1))) {
          case "82" -> "2420A";
          case "QB" -> "2420B";
          case "77" -> "2420C";
          case "DQ" -> "2420D";
          case "DK" -> "2420E";
          case "DN", "P3" -> "2420F";
          default -> loopCode;
        } : loopCode;
        default -> loopCode;
      };
    }

    @Override
    public Claim837Transaction map(List<Segment> segments, IssueSink issues) {
      return new Reading(issues).read(segments);
    }
  }

  /** One pass over a transaction set's segments, keeping the current hierarchy. */
  private static final class Reading {
    private final IssueSink issues;
    private String bht03;
    private LocalDateTime created;
    private Submitter submitter;
    private Receiver receiver;
    private final List<Claim837> claims = new ArrayList<>();

    // 2000A
    private BillingProvider provider;
    private final Map<String, Integer> providerPositions = new HashMap<>();
    // 2000B/2000C
    private Subscriber subscriber;
    private Payer payer;
    private Patient patient;
    private final Map<String, Integer> subscriberPositions = new HashMap<>();
    // 2300
    private ClaimBuilder claim;

    private String entity; // NM101 of the last NM1: N3/N4/DMG/REF/PER belong to it
    private String hlLevel;

    Reading(IssueSink issues) {
      this.issues = issues;
    }

    Claim837Transaction read(List<Segment> segments) {
      for (Segment segment : segments) {
        try {
          segment(segment);
        } catch (RuntimeException e) {
          issues.error(segment, 0, 0, "8", segment.id() + " could not be read: " + e.getMessage());
        }
      }
      finishClaim();
      Claim837Transaction transaction = new Claim837Transaction(bht03, created, submitter, receiver, claims);
      Claim837Rules.checkHeader(transaction, (loop, seg, line) -> 0, issues.setControlNumber())
          .forEach(issues::add);
      return transaction;
    }

    private void segment(Segment s) {
      switch (s.id()) {
        case "BHT" -> {
          bht03 = s.element(3);
          if (s.date(4) != null) {
            String time = s.element(5);
            int hh = time != null && time.length() >= 4 ? Integer.parseInt(time.substring(0, 2)) : 0;
            int mm = time != null && time.length() >= 4 ? Integer.parseInt(time.substring(2, 4)) : 0;
            created = s.date(4).atTime(hh, mm);
          }
        }
        case "HL" -> hierarchy(s);
        case "NM1" -> name(s);
        case "PER" -> {
          if ("41".equals(entity) && submitter != null && submitter.contactName() == null) {
            String phone = null;
            String email = null;
            for (int i = 3; i <= 7; i += 2) {
              if ("TE".equals(s.element(i))) {
                phone = s.element(i + 1);
              } else if ("EM".equals(s.element(i))) {
                email = s.element(i + 1);
              }
            }
            submitter = new Submitter(submitter.name(), submitter.id(), s.element(2), phone, email);
          }
        }
        case "PRV" -> {
          if ("BI".equals(s.element(1)) && provider != null) {
            provider = withTaxonomy(provider, s.element(3));
          } else if ("PE".equals(s.element(1)) && claim != null && claim.rendering != null) {
            RenderingProvider r = claim.rendering;
            claim.rendering = new RenderingProvider(r.npi(), r.lastName(), r.firstName(), s.element(3));
          }
          remember(s);
        }
        case "N3", "N4" -> address(s);
        case "REF" -> reference(s);
        case "DMG" -> demographics(s);
        case "SBR" -> {
          if (claim != null && "2320".equals(s.loopId())) {
            claim.others.add(new OtherPayerBuilder(s));
            claim.remember(s, 0);
            return;
          }
          String responsibility = s.element(1);
          PayerResponsibility r = "P".equals(responsibility) ? PayerResponsibility.P
              : "S".equals(responsibility) ? PayerResponsibility.S
              : "T".equals(responsibility) ? PayerResponsibility.T : null;
          subscriber = new Subscriber(r, "18".equals(s.element(2)), s.element(3), s.element(9), s.element(5), null,
              null, null, null, null, null);
          remember(s);
        }
        case "PAT" -> {
          patient = new Patient(s.element(1), null, null, null, null, null);
          remember(s);
        }
        case "CLM" -> {
          finishClaim();
          claim = new ClaimBuilder(s);
        }
        case "HI" -> {
          if (claim != null) {
            for (int i = 1; i <= s.elementCount(); i++) {
              String qualifier = s.component(i, 1);
              String code = s.component(i, 2);
              String expected = claim.diagnoses.isEmpty() ? "ABK" : "ABF";
              if (!expected.equals(qualifier)) {
                issues.error(s, i, 1, "7", "HI" + String.format("%02d", i) + "-1 must be " + expected + " (the "
                    + (expected.equals("ABK") ? "principal" : "other") + " ICD-10-CM diagnosis qualifier)");
              }
              claim.diagnoses.add(code == null ? "" : code);
            }
            claim.remember(s, 0);
          }
        }
        case "AMT" -> {
          if (claim != null && "2320".equals(s.loopId()) && "D".equals(s.element(1)) && !claim.others.isEmpty()) {
            claim.others.get(claim.others.size() - 1).paid = s.decimal(2);
          }
        }
        case "LX" -> {
          if (claim != null) {
            claim.startLine(s);
          }
        }
        case "SV1" -> {
          if (claim != null && claim.line != null) {
            claim.line.sv1(s);
            claim.remember(s, claim.lines.size());
          }
        }
        case "DTP" -> {
          if (claim != null && claim.line != null && "472".equals(s.element(1))) {
            claim.line.serviceDate = s.date(3);
            claim.remember(s, claim.lines.size());
          }
        }
        default -> {
          // other segments of the guide are accepted but not part of our model
        }
      }
    }

    private void hierarchy(Segment s) {
      finishClaim();
      hlLevel = s.element(3);
      entity = null;
      switch (String.valueOf(hlLevel)) {
        case "20" -> {
          finishClaim();
          provider = new BillingProvider(null, null, null, null, null, null, false);
          providerPositions.clear();
          subscriber = null;
        }
        case "22" -> {
          finishClaim();
          subscriber = null;
          payer = null;
          patient = null;
          subscriberPositions.clear();
        }
        case "23" -> {
          finishClaim();
          patient = null;
        }
        default -> issues.error(s, 3, 0, "7", "HL03 must be 20, 22 or 23");
      }
      remember(s);
    }

    private void name(Segment s) {
      entity = s.element(1);
      String id = s.element(9);
      if (claim != null && !claim.others.isEmpty() && s.loopId() != null && s.loopId().startsWith("2330")) {
        OtherPayerBuilder other = claim.others.get(claim.others.size() - 1);
        if ("IL".equals(entity)) {
          other.lastName = s.element(3);
          other.firstName = s.element(4);
          other.memberId = id;
        } else if ("PR".equals(entity)) {
          other.payerName = s.element(3);
          other.payerId = id;
        }
        entity = "2330" + entity;
        claim.remember(s, 0);
        return;
      }
      switch (String.valueOf(entity)) {
        case "41" -> submitter = new Submitter(s.element(3), id, null, null, null);
        case "40" -> receiver = new Receiver(s.element(3), id);
        case "85" -> {
          if (provider != null) {
            provider = new BillingProvider(s.element(3), id, provider.taxId(), provider.taxonomy(),
                provider.address(), provider.payToAddress(), provider.sendTaxonomy());
          }
        }
        case "IL" -> {
          if (subscriber != null) {
            Subscriber b = subscriber;
            subscriber = new Subscriber(b.responsibility(), b.self(), b.groupNumber(), b.claimFilingIndicator(),
                b.insuranceTypeCode(), id, s.element(3), s.element(4), null, null, null);
          }
        }
        case "PR" -> payer = new Payer(s.element(3), id);
        case "QC" -> {
          if (patient != null) {
            patient = new Patient(patient.relationshipCode(), s.element(3), s.element(4), null, null, null);
          }
        }
        case "82" -> {
          if (claim != null) {
            claim.rendering = new RenderingProvider(id, s.element(3), s.element(4), null);
          }
        }
        default -> {
          // referring, facility and other names are not part of our model
        }
      }
      remember(s);
    }

    private void address(Segment s) {
      remember(s);
      boolean n3 = s.is("N3");
      switch (String.valueOf(entity)) {
        case "85" -> provider = withAddress(provider, merge(provider.address(), s, n3), false);
        case "87" -> provider = withAddress(provider, merge(provider.payToAddress(), s, n3), true);
        case "IL" -> {
          if (subscriber != null) {
            Subscriber b = subscriber;
            subscriber = new Subscriber(b.responsibility(), b.self(), b.groupNumber(), b.claimFilingIndicator(),
                b.insuranceTypeCode(), b.memberId(), b.lastName(), b.firstName(), b.birthDate(), b.sex(),
                merge(b.address(), s, n3));
          }
        }
        case "QC" -> {
          if (patient != null) {
            Patient p = patient;
            patient = new Patient(p.relationshipCode(), p.lastName(), p.firstName(), p.birthDate(), p.sex(),
                merge(p.address(), s, n3));
          }
        }
        default -> {
          // addresses of names outside our model
        }
      }
    }

    private void demographics(Segment s) {
      remember(s);
      if ("IL".equals(entity) && subscriber != null) {
        Subscriber b = subscriber;
        subscriber = new Subscriber(b.responsibility(), b.self(), b.groupNumber(), b.claimFilingIndicator(),
            b.insuranceTypeCode(), b.memberId(), b.lastName(), b.firstName(), s.date(2), s.element(3), b.address());
      } else if ("QC".equals(entity) && patient != null) {
        Patient p = patient;
        patient = new Patient(p.relationshipCode(), p.lastName(), p.firstName(), s.date(2), s.element(3),
            p.address());
      }
    }

    private void reference(Segment s) {
      String qualifier = s.element(1);
      if (claim != null && "F8".equals(qualifier)) {
        claim.payerClaimNumber = s.element(2);
        claim.remember(s, 0);
      } else if (claim != null && claim.line != null && "6R".equals(qualifier)) {
        claim.line.lineItemControlNumber = s.element(2);
        claim.remember(s, claim.lines.size());
      } else if ("85".equals(entity) && "EI".equals(qualifier) && provider != null) {
        provider = new BillingProvider(provider.organizationName(), provider.npi(), s.element(2),
            provider.taxonomy(), provider.address(), provider.payToAddress(), provider.sendTaxonomy());
        remember(s);
      } else {
        remember(s);
      }
    }

    /** Records where a segment of the current provider/subscriber scope is, for placing rule issues. */
    private void remember(Segment s) {
      String key = s.loopId() + "/" + s.id();
      if (claim != null && s.loopId() != null && s.loopId().startsWith("23")) {
        claim.remember(s, 0);
      } else if ("20".equals(hlLevel)) {
        providerPositions.putIfAbsent(key, s.position());
      } else {
        subscriberPositions.putIfAbsent(key, s.position());
      }
    }

    private void finishClaim() {
      if (claim == null) {
        return;
      }
      ClaimBuilder b = claim;
      claim = null;
      b.finishLine();
      ClaimDetails details = new ClaimDetails(b.pcn, b.total, b.pos, b.frequency, b.payerClaimNumber,
          "Y".equals(b.signature), b.assignment, b.benefits, b.release, b.diagnoses, b.rendering);
      Patient claimPatient = "23".equals(hlLevel) ? patient : null;
      List<OtherPayer> others = b.others.stream().map(OtherPayerBuilder::build).toList();
      Claim837 read = new Claim837(provider, subscriber, payer, claimPatient, details, b.lines, b.position, others);
      claims.add(read);
      Map<String, Integer> positions = new HashMap<>(providerPositions);
      positions.putAll(subscriberPositions);
      Claim837Rules.check(read, (loop, seg, line) -> {
        Integer at = line > 0 ? b.linePositions.get(line + "/" + loop + "/" + seg) : null;
        if (at == null) {
          at = b.positions.get(loop + "/" + seg);
        }
        if (at == null) {
          at = positions.get(loop + "/" + seg);
        }
        return at == null ? b.position : at;
      }, issues.setControlNumber()).forEach(issues::add);
    }

    private static BillingProvider withTaxonomy(BillingProvider p, String taxonomy) {
      return new BillingProvider(p.organizationName(), p.npi(), p.taxId(), taxonomy, p.address(), p.payToAddress(),
          true);
    }

    private static BillingProvider withAddress(BillingProvider p, Address address, boolean payTo) {
      return new BillingProvider(p.organizationName(), p.npi(), p.taxId(), p.taxonomy(),
          payTo ? p.address() : address, payTo ? address : p.payToAddress(), p.sendTaxonomy());
    }

    private static Address merge(Address address, Segment s, boolean n3) {
      Address a = address == null ? new Address(null, null, null, null, null) : address;
      return n3 ? new Address(s.element(1), s.element(2), a.city(), a.state(), a.postalCode())
          : new Address(a.line1(), a.line2(), s.element(1), s.element(2), s.element(3));
    }
  }

  private static final class ClaimBuilder {
    final int position;
    final String pcn;
    final BigDecimal total;
    final String pos;
    final FrequencyCode frequency;
    final String signature;
    final String assignment;
    final String benefits;
    final String release;
    String payerClaimNumber;
    RenderingProvider rendering;
    final List<String> diagnoses = new ArrayList<>();
    final List<ServiceLine> lines = new ArrayList<>();
    final List<OtherPayerBuilder> others = new ArrayList<>();
    final Map<String, Integer> positions = new HashMap<>();
    final Map<String, Integer> linePositions = new HashMap<>();
    LineBuilder line;

    ClaimBuilder(Segment s) {
      position = s.position();
      pcn = s.element(1);
      total = s.decimal(2);
      pos = s.component(5, 1);
      frequency = FrequencyCode.ofCode(s.component(5, 3));
      signature = s.element(6);
      assignment = s.element(7);
      benefits = s.element(8);
      release = s.element(9);
      remember(s, 0);
    }

    void remember(Segment s, int lineNumber) {
      if (lineNumber > 0) {
        linePositions.putIfAbsent(lineNumber + "/" + s.loopId() + "/" + s.id(), s.position());
      } else {
        positions.putIfAbsent(s.loopId() + "/" + s.id(), s.position());
      }
    }

    void startLine(Segment s) {
      finishLine();
      line = new LineBuilder(s.integer(1) == null ? 0 : s.integer(1));
      remember(s, lines.size() + 1);
    }

    void finishLine() {
      if (line != null) {
        lines.add(line.build());
        line = null;
      }
    }
  }

  private static final class OtherPayerBuilder {
    final PayerResponsibility responsibility;
    final String relationship;
    final String group;
    final String filing;
    BigDecimal paid;
    String lastName;
    String firstName;
    String memberId;
    String payerName;
    String payerId;

    OtherPayerBuilder(Segment sbr) {
      String code = sbr.element(1);
      responsibility = "P".equals(code) ? PayerResponsibility.P : "S".equals(code) ? PayerResponsibility.S
          : "T".equals(code) ? PayerResponsibility.T : null;
      relationship = sbr.element(2);
      group = sbr.element(3);
      filing = sbr.element(9);
    }

    OtherPayer build() {
      return new OtherPayer(responsibility, relationship, group, filing, paid, lastName, firstName, memberId,
          payerName, payerId);
    }
  }

  private static final class LineBuilder {
    final int number;
    String procedure;
    final List<String> modifiers = new ArrayList<>();
    BigDecimal charge;
    BigDecimal units;
    String pos;
    final List<Integer> pointers = new ArrayList<>();
    java.time.LocalDate serviceDate;
    String lineItemControlNumber;

    LineBuilder(int number) {
      this.number = number;
    }

    void sv1(Segment s) {
      procedure = s.component(1, 2);
      for (int c = 3; c <= 6; c++) {
        if (s.component(1, c) != null) {
          modifiers.add(s.component(1, c));
        }
      }
      charge = s.decimal(2);
      units = s.decimal(4);
      pos = s.element(5);
      for (int c = 1; c <= 4; c++) {
        String pointer = s.component(7, c);
        if (pointer != null) {
          try {
            pointers.add(Integer.valueOf(pointer));
          } catch (NumberFormatException e) {
            pointers.add(0); // out of range on purpose: the rules report it
          }
        }
      }
    }

    ServiceLine build() {
      return new ServiceLine(number, procedure, modifiers, charge, units, pos, pointers, serviceDate,
          lineItemControlNumber);
    }
  }
}
