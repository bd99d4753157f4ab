package org.openrcm.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.InMemoryControlNumbers;
import org.openrcm.x12.WrittenInterchange;

/** Readers and writers are shared by the services' worker threads; the StAEDI schemas they share must not leak. */
class ConcurrentUseTest {

  @Test
  void oneWriterAndOneReaderServeSeveralThreadsAtOnce() throws Exception {
    Claim837Writer writer = new Claim837Writer(new InMemoryControlNumbers(), ClaimFixtures.CLOCK);
    Claim837Reader reader = new Claim837Reader();
    Claim837Transaction batch = ClaimFixtures.transaction(ClaimFixtures.claims(20));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<WrittenInterchange>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> writer.write(ClaimFixtures.ENVELOPE, batch)));
      }
      Set<String> controlNumbers = new HashSet<>();
      for (Future<WrittenInterchange> future : futures) {
        WrittenInterchange written = future.get();
        controlNumbers.add(written.interchange().controlNumber());
        assertThat(reader.read(written.content()).contents().get(0).claims()).hasSize(20);
      }
      assertThat(controlNumbers).hasSize(16);
    } finally {
      pool.shutdownNow();
    }
  }
}
