package org.openrcm.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.openrcm.events.EventJson;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Stands in for claims-service and payments-service: records what the simulator POSTs to it. */
final class RecordingReceiver implements AutoCloseable {

    /** One POST received. */
    record Received(String path, String tenantHeader, String contentType, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToServe;

    /** @param failuresToServe how many requests to answer with 503 before accepting */
    RecordingReceiver(int failuresToServe) throws IOException {
        this.failuresToServe = new AtomicInteger(failuresToServe);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int status = failuresToServe.getAndDecrement() > 0 ? 503 : 204;
        if (status == 204) {
            received.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-Tenant-Id"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), EventJson.mapper().readTree(body)));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
