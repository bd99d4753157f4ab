package org.openrcm.x12.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.openrcm.x12.Address;
import org.openrcm.x12.InMemoryControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.UsageIndicator;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.ack.Ack999;
import org.openrcm.x12.ack.Ack999Reader;
import org.openrcm.x12.ack.Ack999Writer;
import org.openrcm.x12.ack.ClaimAck277;
import org.openrcm.x12.ack.ClaimAck277Reader;
import org.openrcm.x12.ack.ClaimAck277Writer;
import org.openrcm.x12.ack.ClaimStatus;
import org.openrcm.x12.ack.ProviderStatus;
import org.openrcm.x12.ack.StatusInfo;
import org.openrcm.x12.claim.BillingProvider;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.Claim837Reader;
import org.openrcm.x12.claim.Claim837Transaction;
import org.openrcm.x12.claim.Claim837Writer;
import org.openrcm.x12.claim.ClaimDetails;
import org.openrcm.x12.claim.FrequencyCode;
import org.openrcm.x12.claim.Patient;
import org.openrcm.x12.claim.Payer;
import org.openrcm.x12.claim.PayerResponsibility;
import org.openrcm.x12.claim.Receiver;
import org.openrcm.x12.claim.ServiceLine;
import org.openrcm.x12.claim.Submitter;
import org.openrcm.x12.claim.Subscriber;
import org.openrcm.x12.remit.Adjustment;
import org.openrcm.x12.remit.ClaimPayment;
import org.openrcm.x12.remit.PaymentInfo;
import org.openrcm.x12.remit.ProcedureCode;
import org.openrcm.x12.remit.QualifiedDate;
import org.openrcm.x12.remit.Reference;
import org.openrcm.x12.remit.RemitName;
import org.openrcm.x12.remit.RemitParty;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.Remittance835Reader;
import org.openrcm.x12.remit.Remittance835Writer;
import org.openrcm.x12.remit.ServicePayment;
import org.openrcm.x12.remit.TraceNumber;

/**
 * {@code x12 bench}: single-thread throughput after a warm-up. 837P: model to validated file (rules, StAEDI writer,
 * read back against the schema) in batches of {@value #BATCH} claims. 999/277CA/835: reading and validating files
 * written beforehand.
 */
final class Benchmark {

  private static final int BATCH = 500;
  private static final OutboundEnvelope ENVELOPE = new OutboundEnvelope("ZZ", "OPENRCM", "ZZ", "CLEARHOUSE",
      "OPENRCM", "CLEARHOUSE", UsageIndicator.T);
  private static final LocalDate SERVICE = LocalDate.of(2026, 11, 30);

  private final PrintStream out;
  private final int seconds;
  private final Clock clock = Clock.systemUTC();

  Benchmark(PrintStream out, int seconds) {
    this.out = out;
    this.seconds = seconds;
  }

  void run() {
    InMemoryControlNumbers numbers = new InMemoryControlNumbers();
    Claim837Writer writer = new Claim837Writer(numbers, clock);
    Claim837Transaction batch = transaction(BATCH);
    out.printf("X12 benchmark: single thread, %d s per measure after %d s warm-up, batches of %d claims%n", seconds,
        seconds, BATCH);

    measure("837P generate + validate", "claims", () -> {
      writer.write(ENVELOPE, batch);
      return BATCH;
    }, writer.write(ENVELOPE, batch).content().length);

    byte[] claims = writer.write(ENVELOPE, batch).content();
    Claim837Reader claimReader = new Claim837Reader();
    measure("837P read + validate", "claims", () -> claimReader.read(claims).contents().get(0).claims().size(),
        claims.length);

    X12ReadResult<Claim837Transaction> read = claimReader.read(claims);
    Ack999 answer = Ack999Writer.answer(read.interchanges().get(0).groups().get(0));
    List<Ack999> acks = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      acks.add(answer);
    }
    byte[] ack999 = new Ack999Writer(numbers, clock).write(ENVELOPE.reversed(), acks).content();
    Ack999Reader ackReader = new Ack999Reader();
    measure("999 read", "acknowledged sets", () -> ackReader.read(ack999).contents().size(), ack999.length);

    byte[] ack277 = new ClaimAck277Writer(numbers, clock).write(ENVELOPE.reversed(), List.of(ack277(BATCH)))
        .content();
    ClaimAck277Reader statusReader = new ClaimAck277Reader();
    measure("277CA read", "claims", () -> statusReader.read(ack277).contents().get(0).claims().size(),
        ack277.length);

    byte[] era = new Remittance835Writer(numbers, clock).write(ENVELOPE.reversed(), List.of(remittance(BATCH)))
        .content();
    Remittance835Reader remitReader = new Remittance835Reader();
    measure("835 read", "claims", () -> remitReader.read(era).contents().get(0).claims().size(), era.length);
  }

  private void measure(String what, String unit, IntSupplier operation, int bytesPerOperation) {
    run(operation, seconds * 1_000_000_000L);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    long items = 0;
    long operations = 0;
    while (System.nanoTime() < deadline) {
      items += operation.getAsInt();
      operations++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    // CPU time of this thread as well: on a shared machine the wall clock measures the neighbours too.
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double megabytes = operations * (double) bytesPerOperation / 1_048_576.0;
    out.printf("  %-26s %,9.0f %s/s wall %,9.0f /s CPU   %,7.1f MB/min wall %,7.1f MB/min CPU   (%d files of %,d bytes)%n",
        what, items / elapsed, unit, items / cpu, megabytes / elapsed * 60, megabytes / cpu * 60, operations,
        bytesPerOperation);
  }

  private static void run(IntSupplier operation, long nanos) {
    long deadline = System.nanoTime() + nanos;
    while (System.nanoTime() < deadline) {
      operation.getAsInt();
    }
  }

  private static Claim837Transaction transaction(int count) {
    BillingProvider provider = new BillingProvider("RIVERSIDE FAMILY PRACTICE", "1234567893", "123456789",
        "207Q00000X", new Address("100 MAIN ST", null, "SPRINGFIELD", "IL", "627011234"), null, true);
    Payer payer = new Payer("ACME HEALTH", "ACME01");
    List<Claim837> claims = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean self = i % 3 != 0;
      Subscriber subscriber = new Subscriber(PayerResponsibility.P, self, "GRP" + i % 50, "CI", null, "MEM" + i,
          "LAST" + i, "FIRST", self ? LocalDate.of(1970 + i % 40, 1 + i % 12, 1 + i % 28) : null,
          self ? "F" : null, self ? new Address(i + " OAK AVE", null, "SPRINGFIELD", "IL", "62702") : null);
      Patient patient = self ? null : new Patient("19", "LAST" + i, "CHILD", LocalDate.of(2015, 2, 1), "M",
          new Address(i + " ELM ST", null, "SPRINGFIELD", "IL", "62704"));
      List<ServiceLine> lines = List.of(
          new ServiceLine(1, "99213", List.of("25"), new BigDecimal("100.00"), BigDecimal.ONE, null, List.of(1, 2),
              SERVICE, "1"),
          new ServiceLine(2, "87880", List.of(), new BigDecimal("45.50"), BigDecimal.ONE, null, List.of(1),
              SERVICE, "2"));
      claims.add(new Claim837(provider, subscriber, payer, patient, new ClaimDetails("BENCH" + i,
          new BigDecimal("145.50"), "11", FrequencyCode.ORIGINAL, null, true, "A", "Y", "Y", List.of("J0190", "E119"),
          null), lines));
    }
    return new Claim837Transaction("BENCH", LocalDateTime.of(2026, 12, 3, 12, 0),
        new Submitter("OPENRCM BILLING", "OPENRCM", "BILLING DESK", "5555551212", null),
        new Receiver("CLEARHOUSE", "CLEARHOUSE"), claims);
  }

  private static ClaimAck277 ack277(int count) {
    List<ClaimStatus> claims = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StatusInfo status = i % 10 == 0
          ? new StatusInfo("A7", "562", "85", SERVICE, "U", new BigDecimal("145.50"), "INVALID NPI", 0)
          : new StatusInfo("A2", "20", "PR", SERVICE, "WQ", new BigDecimal("145.50"), null, 0);
      claims.add(new ClaimStatus("LAST" + i, "FIRST", "MEM" + i, "BENCH" + i, List.of(status), "P" + i,
          new BigDecimal("145.50"), SERVICE, SERVICE, 0));
    }
    return new ClaimAck277("BENCH", SERVICE, "CLEARHOUSE", "CLEARHOUSE", "OPENRCM BILLING", "OPENRCM", List.of(),
        List.of(new ProviderStatus("RIVERSIDE FAMILY PRACTICE", "1234567893", List.of(), claims)));
  }

  private static Remittance835 remittance(int count) {
    List<ClaimPayment> claims = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ServicePayment line = new ServicePayment(new ProcedureCode("HC", "99213", List.of(), null),
          new BigDecimal("145.50"), new BigDecimal("100.00"), null, BigDecimal.ONE, null, null,
          List.of(new QualifiedDate("472", SERVICE, 0)), List.of(new Adjustment("CO", "45", new BigDecimal("25.50"),
              null, 0, 1), new Adjustment("PR", "2", new BigDecimal("20.00"), null, 0, 2)),
          List.of(new Reference("6R", "1", 0)), List.of(), List.of(), 0);
      claims.add(new ClaimPayment(null, 1, "BENCH" + i, "1", new BigDecimal("145.50"), new BigDecimal("100.00"),
          new BigDecimal("20.00"), "CI", "P" + i, "11", "1", List.of(),
          new RemitName("QC", "1", "LAST" + i, "FIRST", null, "MI", "MEM" + i, 0), null, null, null, null, List.of(),
          List.of(), List.of(), List.of(), List.of(line), 0));
    }
    return new Remittance835(null, new PaymentInfo("I", new BigDecimal(100L * count).setScale(2), "C", "ACH", "CCP",
        null, null, "1512345678", SERVICE, 0), new TraceNumber("1", "EFTBENCH", "1512345678", null, 0), List.of(),
        List.of(), new RemitParty("PR", "ACME HEALTH", null, null, null, List.of(new Reference("2U", "ACME01", 0)), 0),
        new RemitParty("PE", "RIVERSIDE FAMILY PRACTICE", "XX", "1234567893", null, List.of(), 0), claims, List.of());
  }
}
