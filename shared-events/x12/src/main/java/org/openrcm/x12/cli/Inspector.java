package org.openrcm.x12.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.X12Probe;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.ack.Ack999;
import org.openrcm.x12.ack.Ack999Reader;
import org.openrcm.x12.ack.ClaimAck277;
import org.openrcm.x12.ack.ClaimAck277Reader;
import org.openrcm.x12.ack.ClaimStatus;
import org.openrcm.x12.ack.StatusInfo;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.Claim837Reader;
import org.openrcm.x12.claim.Claim837Transaction;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.Remittance835Reader;
import org.openrcm.x12.remit.RemittanceBalance;

/** {@code x12 inspect}: prints what each file holds and every issue with its location; never a stack trace. */
final class Inspector {

  private final PrintStream out;

  Inspector(PrintStream out) {
    this.out = out;
  }

  /** Returns 0 when every file could be read (issues or not), 1 when one could not be read at all. */
  int inspect(String[] files) {
    int exit = 0;
    for (String file : files) {
      if (!inspect(Path.of(file))) {
        exit = 1;
      }
    }
    return exit;
  }

  private boolean inspect(Path file) {
    out.println("== " + file);
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      out.println("  cannot be read: no such file");
      return false;
    } catch (IOException | RuntimeException e) {
      out.println("  cannot be read: " + e.getMessage());
      return false;
    }
    try {
      X12Probe.Result probe = X12Probe.probe(content);
      if (probe.problem() != null) {
        out.println("  cannot be read: " + probe.problem());
        return false;
      }
      String type = probe.transactionSetId() == null ? "" : probe.transactionSetId();
      return switch (type) {
        case "837" -> report("837P", new Claim837Reader().read(content), this::summary837);
        case "999" -> report("999", new Ack999Reader().read(content), this::summary999);
        case "277" -> report("277CA", new ClaimAck277Reader().read(content), this::summary277);
        case "835" -> report("835", new Remittance835Reader().read(content), this::summary835);
        default -> {
          out.println("  cannot be read: transaction set '" + type + "' (GS08 " + probe.version()
              + ") is not one of 837P, 999, 277CA, 835");
          yield false;
        }
      };
    } catch (RuntimeException e) {
      out.println("  cannot be read: " + e);
      return false;
    }
  }

  private <T> boolean report(String kind, X12ReadResult<T> result, Function<T, List<String>> summary) {
    for (X12ReadResult.Interchange<T> interchange : result.interchanges()) {
      var isa = interchange.envelope();
      out.printf("  ISA %s  %s/%s -> %s/%s  %s %s  usage %s  delimiters %s%n", isa.controlNumber(),
          isa.senderQualifier(), isa.senderId(), isa.receiverQualifier(), isa.receiverId(), isa.date(), isa.time(),
          isa.usage(), delimiters(isa));
      for (X12ReadResult.FunctionalGroup<T> group : interchange.groups()) {
        var gs = group.envelope();
        out.printf("    GS %s %s  %s -> %s  %s%n", gs.functionalIdCode(), gs.controlNumber(),
            gs.applicationSenderCode(), gs.applicationReceiverCode(), gs.version());
        for (X12ReadResult.TransactionSet<T> set : group.transactionSets()) {
          out.printf("      ST %s %s  %s  %d segments  %s: %s%n", set.transactionSetId(), set.controlNumber(),
              set.implementationReference(), set.segmentCount(), kind,
              set.content() == null ? "not readable" : set.accepted() ? "valid" : "with errors");
          if (set.content() != null) {
            summary.apply(set.content()).forEach(line -> out.println("        " + line));
          }
        }
      }
    }
    List<X12Issue> issues = result.allIssues();
    long errors = issues.stream().filter(X12Issue::isError).count();
    out.printf("  %s; %d error(s), %d deviation(s)%n", kind, errors, issues.size() - errors);
    issues.forEach(issue -> out.println("    " + issue));
    return result.readable();
  }

  private List<String> summary837(Claim837Transaction t) {
    BigDecimal total = t.claims().stream().map(c -> c.details() == null || c.details().totalCharge() == null
        ? BigDecimal.ZERO : c.details().totalCharge()).reduce(BigDecimal.ZERO, BigDecimal::add);
    String frequencies = t.claims().stream().filter(c -> c.details() != null && c.details().frequency() != null)
        .collect(Collectors.groupingBy(c -> c.details().frequency().code(), Collectors.counting())).toString();
    return List.of("submission " + t.originatorTransactionId() + ": " + t.claims().size() + " claim(s), total charge "
        + total.toPlainString() + ", by frequency " + frequencies + ", CLM01 " + t.claims().stream()
        .map(Claim837::patientControlNumber).limit(10).collect(Collectors.joining(" "))
        + (t.claims().size() > 10 ? " ..." : ""));
  }

  private List<String> summary999(Ack999 ack) {
    long accepted = ack.setResponses().stream().filter(Ack999.SetResponse::accepted).count();
    String rejected = ack.setResponses().stream().filter(r -> !r.accepted())
        .map(r -> r.controlNumber() + " (" + r.acknowledgmentCode() + ", " + r.segmentErrors().size()
            + " segment error(s))").collect(Collectors.joining(", "));
    return List.of("acknowledges group " + ack.groupControlNumber() + " (" + ack.functionalIdCode() + " "
        + ack.version() + "): " + accepted + " of " + ack.setResponses().size() + " set(s) accepted, AK9 "
        + ack.groupResponse().acknowledgmentCode() + (rejected.isEmpty() ? "" : "; rejected: " + rejected));
  }

  private List<String> summary277(ClaimAck277 ack) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("reference " + ack.referenceId() + ": " + ack.claims().size() + " claim(s), receiver status "
        + ack.receiverStatuses().stream().map(Inspector::status).collect(Collectors.joining(" ")));
    for (ClaimStatus claim : ack.claims()) {
      lines.add(claim.patientControlNumber() + "  " + (claim.accepted() ? "accepted" : claim.rejected() ? "REJECTED"
          : "pending") + "  " + claim.statuses().stream().map(Inspector::status).collect(Collectors.joining(" "))
          + (claim.payerClaimNumber() == null ? "" : "  payer claim " + claim.payerClaimNumber()));
    }
    return lines;
  }

  private static String status(StatusInfo s) {
    return s.categoryCode() + ":" + s.statusCode() + (s.entityIdentifierCode() == null ? ""
        : ":" + s.entityIdentifierCode()) + (s.freeText() == null ? "" : " \"" + s.freeText() + "\"");
  }

  private List<String> summary835(Remittance835 r) {
    List<X12Issue> imbalances = RemittanceBalance.check(r);
    String payer = r.payer() == null ? "?" : r.payer().name() + " (" + r.payerId() + ")";
    String payment = r.payment() == null || r.payment().amount() == null ? "?"
        : r.payment().amount().toPlainString() + " " + r.payment().paymentMethod();
    List<String> lines = new java.util.ArrayList<>();
    lines.add("payer " + payer + ", trace " + (r.trace() == null ? "?" : r.trace().traceNumber()) + ", "
        + r.claims().size() + " claim(s), paid " + RemittanceBalance.totalPaid(r).toPlainString() + ", PLB "
        + RemittanceBalance.totalProviderAdjustments(r).toPlainString() + ", BPR02 " + payment + ", "
        + (imbalances.isEmpty() ? "balances" : "DOES NOT BALANCE"));
    imbalances.forEach(issue -> lines.add("  " + issue));
    return lines;
  }

  private static String delimiters(org.openrcm.x12.InterchangeEnvelope isa) {
    var d = isa.delimiters();
    return "" + d.element() + d.component() + d.repetition() + printable(d.segment());
  }

  private static String printable(char c) {
    return c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.valueOf(c);
  }
}
