package org.openrcm.coding.cac;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Latency of one suggestion for a one-page note (about 3,000 characters of the eval set's notes) on one thread,
 * after warm-up. Prints p50/p99 of the elapsed time and of the thread's CPU time (on a shared machine the elapsed
 * time mostly measures waiting for a core) and asserts nothing about time. Run it with {@code ./mvnw -o -B -ntp verify
 * -pl coding-service -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=CodeSuggesterBenchmark -Drcm.bench=true}.
 */
@EnabledIfSystemProperty(named = "rcm.bench", matches = "true")
class CodeSuggesterBenchmark {

    private static final int WARM_UP = Integer.getInteger("rcm.bench.warmup", 2_000);
    private static final int MEASURED = Integer.getInteger("rcm.bench.iterations", 5_000);

    @Test
    void onePageNote() throws Exception {
        List<CacEvaluation.LabelledNote> notes = CacEvaluation.read(CacEvaluationTest.evalSet());
        StringBuilder page = new StringBuilder();
        for (CacEvaluation.LabelledNote note : notes) {
            if (page.length() >= 3_000) {
                break;
            }
            page.append(note.note()).append("\n\n");
        }
        SuggestionInput input = new SuggestionInput(page.toString(), null, 60, "F");
        CodeSuggester suggester = new CodeSuggester(ClinicalVocabulary.load(), new BigDecimal("0.60"));
        int suggested = 0;
        for (int i = 0; i < WARM_UP; i++) {
            suggested += suggester.suggest(input).size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] elapsed = new long[MEASURED];
        long[] cpu = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            suggested += suggester.suggest(input).size();
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            elapsed[i] = System.nanoTime() - start;
        }
        Arrays.sort(elapsed);
        Arrays.sort(cpu);
        System.out.printf("CAC suggest, one-page note of %d characters, %d suggestions, %d runs after %d warm-up:"
                + " elapsed p50 %.2f ms p99 %.2f ms; CPU p50 %.2f ms p99 %.2f ms (checksum %d)%n", page.length(),
                suggester.suggest(input).size(), MEASURED, WARM_UP, elapsed[MEASURED / 2] / 1e6,
                elapsed[MEASURED * 99 / 100] / 1e6, cpu[MEASURED / 2] / 1e6, cpu[MEASURED * 99 / 100] / 1e6,
                suggested);
    }
}
