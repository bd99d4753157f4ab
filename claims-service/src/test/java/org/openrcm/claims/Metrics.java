package org.openrcm.claims;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Reads counters from {@code /q/metrics} (Prometheus text), e.g. to see a consumer pass over a record. */
public final class Metrics {

    private Metrics() {
    }

    /** The value of the series starting with {@code series} (name and labels as printed), 0 when absent. */
    public static double value(String series) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).orElse(0.0);
    }

    /** Waits until the series has grown past {@code before}. */
    public static void awaitAbove(String series, double before) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> value(series) > before);
    }

    public static String skipped(String consumer, String ceType) {
        return "rcm_inbound_skipped_total{consumer=\"" + consumer + "\",type=\"" + ceType + "\"}";
    }

    public static String duplicates(String consumer) {
        return "rcm_inbound_duplicates_total{consumer=\"" + consumer + "\"}";
    }
}
