package org.openrcm.payments.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openrcm.deploy.infra.TopicProbe;
import org.openrcm.events.Topics;
import org.openrcm.payments.ClaimEvents;
import org.openrcm.payments.Fixtures835;
import org.openrcm.payments.PaymentsApi;

import io.quarkus.test.junit.QuarkusTest;

/** The clearinghouse drop: files written as the simulator writes them, picked up by the running poller. */
@QuarkusTest
class RemittanceDropPollerTest {

    @ConfigProperty(name = "rcm.clearinghouse.drop.root")
    Path root;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private PaymentsApi api;
    private TopicProbe claims;
    private Path inbox;
    private String prefix;

    @BeforeEach
    void setUp() throws IOException {
        api = PaymentsApi.newTenant();
        claims = new TopicProbe(bootstrapServers, Topics.CLAIMS.name());
        inbox = Files.createDirectories(root.resolve(api.tenant()).resolve("default").resolve("remittance"));
        prefix = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
    }

    @AfterEach
    void close() {
        claims.close();
    }

    @Test
    void aDroppedFileIsPostedOnceAndMovedToProcessedAndItsCopyChangesNothing() throws IOException {
        String claimId = "clm-" + UUID.randomUUID().toString().substring(0, 8);
        ClaimEvents.send(claims, ClaimEvents.submitted(api.tenant(), claimId, "pat-1", "250.00", prefix + "A"));
        api.awaitClaim(claimId);
        Path partial = drop(".835-first.x12.part", "835-paid.x12");

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> Files.exists(partial));
        Files.move(partial, inbox.resolve("835-first.x12"), StandardCopyOption.ATOMIC_MOVE);
        awaitFile(inbox.resolve("processed").resolve("835-first.x12"));
        api.ledger(claimId).body("balance.insurancePaid", equalTo("160.00"));

        drop("835-first.x12", "835-paid.x12");
        awaitFile(inbox.resolve("processed").resolve("835-first.x12.1"));
        api.get("/remittance-files").statusCode(200).body("status", contains("DUPLICATE", "PROCESSED"))
                .body("channel", contains("DROP", "DROP"));
        api.ledger(claimId).body("entries.size()", equalTo(6)).body("entries[0].source",
                equalTo("DROP 835 ISA13 000000101 ST02 0001 TRN CHK10001 SVC@17"));
    }

    @Test
    void aFileThatIsNotAn835IsQuarantinedWithItsReasonBesideIt() throws IOException {
        drop("835-cover-letter.x12", "835-malformed.x12");

        Path reason = inbox.resolve("quarantine").resolve("835-cover-letter.x12.reason.txt");
        awaitFile(reason);
        assertThat(Files.readString(reason)).startsWith("not a readable 835");
        assertThat(inbox.resolve("quarantine").resolve("835-cover-letter.x12")).exists();
        api.get("/remittance-files").body("status", contains("QUARANTINED"));
    }

    private Path drop(String name, String fixture) throws IOException {
        return Files.write(inbox.resolve(name), Fixtures835.bytes(fixture, prefix));
    }

    private static void awaitFile(Path file) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> Files.exists(file));
    }
}
