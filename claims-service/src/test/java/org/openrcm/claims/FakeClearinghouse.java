package org.openrcm.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.openrcm.events.EventJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A clearinghouse on a JDK HTTP server: answers {@code POST /submissions} with 202 while up and 503 while down, and
 * records every attempt. A test may hook in to act before the answer (e.g. send acknowledgments first).
 */
public final class FakeClearinghouse {

    /** One submission attempt as received, and the status it was answered with. */
    public record Attempt(JsonNode body, int status) {

        public String submissionId() {
            return body.path("submissionId").asText();
        }

        public String tenantId() {
            return body.path("tenantId").asText();
        }

        public boolean taken() {
            return status == 202;
        }
    }

    /** Starts the fake for the application under test and points {@code rcm.clearinghouse.url} at it. */
    public static final class Resource implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            current = new FakeClearinghouse();
            return Map.of("rcm.clearinghouse.url", "http://127.0.0.1:" + current.server.getAddress().getPort());
        }

        @Override
        public void stop() {
            current.server.stop(0);
        }
    }

    private static volatile FakeClearinghouse current;

    private final HttpServer server;
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private volatile boolean up = true;
    private volatile Consumer<JsonNode> beforeTaking = body -> {
    };

    private FakeClearinghouse() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/submissions", this::handle);
        server.start();
    }

    public static FakeClearinghouse current() {
        return current;
    }

    public void down() {
        up = false;
    }

    /** Back up, taking submissions again, without a hook. */
    public void up() {
        beforeTaking = body -> {
        };
        up = true;
    }

    /** Runs {@code hook} on each submission it takes, before answering. */
    public void beforeTaking(Consumer<JsonNode> hook) {
        beforeTaking = hook;
    }

    public List<Attempt> attempts(String tenantId) {
        return attempts.stream().filter(attempt -> tenantId.equals(attempt.tenantId())).toList();
    }

    public List<Attempt> taken(String tenantId) {
        return attempts(tenantId).stream().filter(Attempt::taken).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = EventJson.mapper().readTree(exchange.getRequestBody().readAllBytes());
            if (!up) {
                attempts.add(new Attempt(body, 503));
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            beforeTaking.accept(body);
            attempts.add(new Attempt(body, 202));
            byte[] receipt = ("{\"submissionId\":\"" + body.path("submissionId").asText() + "\",\"received\":"
                    + body.path("claims").size() + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, receipt.length);
            exchange.getResponseBody().write(receipt);
        }
    }
}
