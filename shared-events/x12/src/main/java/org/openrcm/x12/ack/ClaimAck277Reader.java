package org.openrcm.x12.ack;

import io.xlate.edi.schema.Schema;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openrcm.x12.IssueSink;
import org.openrcm.x12.Schemas;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionMapper;
import org.openrcm.x12.X12Parser;
import org.openrcm.x12.X12ReadResult;

/**
 * Reads 277CA 005010X214 files leniently: schema violations are deviations; a claim without a patient control
 * number (TRN02) or without a readable STC is an error. Never throws for bad content. Thread-safe.
 */
public final class ClaimAck277Reader {

  /** GS08 and ST03 of a 277CA. */
  public static final String VERSION = "005010X214";

  private static final Mapper MAPPER = new Mapper(false);

  /** Reads a whole file. */
  public X12ReadResult<ClaimAck277> read(byte[] content) {
    return X12Parser.read(content, MAPPER);
  }

  /** Reads a stream to its end (the caller closes it). */
  public X12ReadResult<ClaimAck277> read(InputStream content) {
    return X12Parser.read(content, MAPPER);
  }

  static X12ReadResult<ClaimAck277> readStrictly(byte[] content) {
    return X12Parser.read(content, new Mapper(true));
  }

  private static final class Mapper implements TransactionMapper<ClaimAck277> {
    private final boolean strict;

    Mapper(boolean strict) {
      this.strict = strict;
    }

    @Override
    public String transactionSetId() {
      return "277";
    }

    @Override
    public String implementationVersion() {
      return VERSION;
    }

    @Override
    public Schema schema() {
      return Schemas.transaction(Schemas.CLAIM_ACK_277CA);
    }

    @Override
    public boolean strict() {
      return strict;
    }

    @Override
    public String loopId(String loopCode, Segment first, String parentLoopId) {
      if ("2000".equals(loopCode) && first.is("HL")) {
        return switch (String.valueOf(first.element(3))) {
          case "20" -> "2000A";
          case "21" -> "2000B";
          case "19" -> "2000C";
          case "PT" -> "2000D";
          default -> loopCode;
        };
      }
      if (parentLoopId != null && parentLoopId.length() == 5 && (loopCode.equals("2100") || loopCode.equals("2200")
          || loopCode.equals("2220"))) {
        return loopCode + parentLoopId.charAt(4);
      }
      return loopCode;
    }

    @Override
    public ClaimAck277 map(List<Segment> segments, IssueSink issues) {
      return new Reading(issues).read(segments);
    }
  }

  private static final class Reading {
    private final IssueSink issues;
    private String referenceId;
    private LocalDate created;
    private String sourceName;
    private String sourceId;
    private String receiverName;
    private String receiverId;
    private final List<StatusInfo> receiverStatuses = new ArrayList<>();
    private final List<ProviderStatus> providers = new ArrayList<>();
    private String level;
    // 2000C
    private String providerName;
    private String providerNpi;
    private List<StatusInfo> providerStatuses;
    private List<ClaimStatus> providerClaims;
    // 2000D
    private ClaimBuilder claim;

    Reading(IssueSink issues) {
      this.issues = issues;
    }

    ClaimAck277 read(List<Segment> segments) {
      for (Segment s : segments) {
        switch (s.id()) {
          case "BHT" -> {
            referenceId = s.element(3);
            created = s.date(4);
          }
          case "HL" -> {
            finishClaim();
            level = s.element(3);
            if ("19".equals(level)) {
              finishProvider();
              providerStatuses = new ArrayList<>();
              providerClaims = new ArrayList<>();
            } else if ("PT".equals(level)) {
              if (providerClaims == null) {
                issues.error(s, 2, 0, "I12", "patient level (PT) without a provider level (19) above it");
                providerStatuses = new ArrayList<>();
                providerClaims = new ArrayList<>();
              }
              claim = new ClaimBuilder();
            }
          }
          case "NM1" -> name(s);
          case "TRN" -> {
            if (claim != null) {
              claim.pcn = s.element(2);
              claim.position = s.position();
              claim.trn = s;
            }
          }
          case "STC" -> status(s);
          case "REF" -> {
            if (claim != null && "1K".equals(s.element(1))) {
              claim.payerClaimNumber = s.element(2);
            }
          }
          case "DTP" -> {
            if (claim != null && "472".equals(s.element(1))) {
              serviceDates(s);
            }
          }
          default -> {
            // QTY/AMT totals and service line (2220D) detail are not part of our model
          }
        }
      }
      finishClaim();
      finishProvider();
      return new ClaimAck277(referenceId, created, sourceName, sourceId, receiverName, receiverId, receiverStatuses,
          providers);
    }

    private void name(Segment s) {
      switch (String.valueOf(level)) {
        case "20" -> {
          sourceName = s.element(3);
          sourceId = s.element(9);
        }
        case "21" -> {
          receiverName = s.element(3);
          receiverId = s.element(9);
        }
        case "19" -> {
          providerName = s.element(3);
          providerNpi = s.element(9);
        }
        case "PT" -> {
          if (claim != null) {
            claim.lastName = s.element(3);
            claim.firstName = s.element(4);
            claim.memberId = s.element(9);
          }
        }
        default -> {
          // a name outside the hierarchy we know
        }
      }
    }

    /** STC01 and, when present, the further statuses of STC10 and STC11 (same date, action, amount and text). */
    private void status(Segment s) {
      if (s.component(1, 1) == null) {
        issues.error(s, 1, 1, "1", "STC01-1 status category code is required");
        return;
      }
      List<StatusInfo> target = switch (String.valueOf(level)) {
        case "21" -> receiverStatuses;
        case "19" -> providerStatuses;
        case "PT" -> claim == null ? null : claim.statuses;
        default -> null;
      };
      if (target == null) {
        issues.deviation(s, 0, 0, "2", "STC outside the receiver, provider and claim levels (ignored)");
        return;
      }
      for (int composite : new int[] {1, 10, 11}) {
        String category = s.component(composite, 1);
        if (category != null) {
          target.add(new StatusInfo(category, s.component(composite, 2), s.component(composite, 3), s.date(2),
              s.element(3), s.decimal(4), s.element(12), s.position()));
        }
      }
    }

    private void serviceDates(Segment s) {
      String format = s.element(2);
      String value = s.element(3);
      if ("RD8".equals(format) && value != null && value.length() == 17) {
        claim.from = Segment.parseDate(value.substring(0, 8));
        claim.to = Segment.parseDate(value.substring(9));
      } else {
        claim.from = s.date(3);
        claim.to = claim.from;
      }
    }

    private void finishClaim() {
      if (claim == null) {
        return;
      }
      ClaimBuilder b = claim;
      claim = null;
      if (b.pcn == null) {
        issues.error(b.trn, 2, 0, "1", "claim level without TRN02 patient control number");
        return;
      }
      if (b.statuses.isEmpty()) {
        issues.error(b.trn, 0, 0, "3", "claim " + b.pcn + " has no STC status");
      }
      BigDecimal billed = b.statuses.isEmpty() ? null : b.statuses.get(0).amount();
      providerClaims.add(new ClaimStatus(b.lastName, b.firstName, b.memberId, b.pcn, b.statuses, b.payerClaimNumber,
          billed, b.from, b.to, b.position));
    }

    private void finishProvider() {
      if (providerClaims != null) {
        providers.add(new ProviderStatus(providerName, providerNpi, providerStatuses, providerClaims));
      }
      providerName = null;
      providerNpi = null;
      providerStatuses = null;
      providerClaims = null;
    }
  }

  private static final class ClaimBuilder {
    Segment trn;
    int position;
    String pcn;
    String lastName;
    String firstName;
    String memberId;
    String payerClaimNumber;
    LocalDate from;
    LocalDate to;
    final List<StatusInfo> statuses = new ArrayList<>();
  }
}
