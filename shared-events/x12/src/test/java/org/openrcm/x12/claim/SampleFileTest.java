package org.openrcm.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.InMemoryControlNumbers;
import org.openrcm.x12.WrittenInterchange;

/** The sample 837P committed for the README is exactly what the writer produces for the fixtures. */
class SampleFileTest {

  private static final Path SAMPLE = Path.of("samples/sample-837P.x12");

  @Test
  void theCommittedSampleIsWhatTheWriterProduces() throws IOException {
    Claim837 replacement = ClaimFixtures.claim("PCN2");
    ClaimDetails d = replacement.details();
    replacement = new Claim837(replacement.billingProvider(), replacement.subscriber(), replacement.payer(), null,
        new ClaimDetails(d.patientControlNumber(), d.totalCharge(), d.placeOfService(), FrequencyCode.REPLACEMENT,
            "PAYERCLM778", true, "A", "Y", "Y", d.diagnoses(),
            new RenderingProvider(ClaimFixtures.RENDERING_NPI, "SMITH", "ALEX", "207Q00000X")),
        replacement.serviceLines());
    WrittenInterchange written = new Claim837Writer(new InMemoryControlNumbers(), ClaimFixtures.CLOCK)
        .write(ClaimFixtures.ENVELOPE, ClaimFixtures.transaction(List.of(ClaimFixtures.claim("PCN0"),
            ClaimFixtures.dependentClaim("PCN1"), replacement)));
    if (Boolean.getBoolean("x12.writeSample")) {
      Files.write(SAMPLE, written.content());
    }
    assertThat(Files.readString(SAMPLE)).isEqualTo(written.text());
  }
}
