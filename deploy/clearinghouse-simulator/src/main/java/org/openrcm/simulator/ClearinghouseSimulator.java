package org.openrcm.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.openrcm.simulator.adjudication.ContractAdjudicator;
import org.openrcm.simulator.adjudication.PayerContracts;
import org.openrcm.simulator.wire.JsonWireFormat;
import org.openrcm.simulator.wire.MalformedSubmissionException;
import org.openrcm.simulator.wire.Problem;
import org.openrcm.simulator.wire.Submission;
import org.openrcm.simulator.wire.SubmissionReceipt;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The clearinghouse and its payers behind one HTTP endpoint, {@code POST /submissions}, answered at once with
 * 202; acknowledgments and remittances follow asynchronously. Listens on 127.0.0.1 only.
 */
public final class ClearinghouseSimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ClearinghouseSimulator.class.getName());
    private static final String SUBMISSIONS = "/submissions";

    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final ScheduledExecutorService scheduler;
    private final JsonWireFormat wire = new JsonWireFormat();
    private final SubmissionProcessor processor;

    private ClearinghouseSimulator(SimulatorOptions options, RetryPolicy retry) throws IOException {
        long started = System.currentTimeMillis();
        scheduler = Executors.newScheduledThreadPool(2);
        requestThreads = Executors.newFixedThreadPool(4);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ContractAdjudicator adjudicator = new ContractAdjudicator(PayerContracts.STANDARD,
                new IdSequence("PCN", started), new IdSequence("EFT", started), Clock.systemDefaultZone());
        processor = new SubmissionProcessor(adjudicator, wire, new OutboundPoster(client, scheduler, retry),
                scheduler, options);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
        server.setExecutor(requestThreads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static ClearinghouseSimulator start(SimulatorOptions options) {
        return start(options, RetryPolicy.STANDARD);
    }

    public static ClearinghouseSimulator start(SimulatorOptions options, RetryPolicy retry) {
        try {
            return new ClearinghouseSimulator(options, retry);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on port " + options.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (!SUBMISSIONS.equals(exchange.getRequestURI().getPath())) {
                problem(exchange, 404, "not-found", "Not found", "Only " + SUBMISSIONS + " is served here");
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                problem(exchange, 405, "method-not-allowed", "Method not allowed", "Use POST " + SUBMISSIONS);
            } else {
                submit(exchange);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Request failed", e);
            problem(exchange, 500, "internal-error", "Internal error", "The simulator failed; see its log");
        } finally {
            exchange.close();
        }
    }

    private void submit(HttpExchange exchange) throws IOException {
        Submission submission;
        try {
            submission = wire.readSubmission(exchange.getRequestBody().readAllBytes());
        } catch (MalformedSubmissionException e) {
            problem(exchange, 400, "malformed-submission", "Malformed submission", e.getMessage());
            return;
        }
        int received = processor.receive(submission);
        respond(exchange, 202, "application/json",
                wire.write(new SubmissionReceipt(submission.submissionId(), received)));
    }

    private void problem(HttpExchange exchange, int status, String type, String title, String detail)
            throws IOException {
        respond(exchange, status, Problem.MEDIA_TYPE,
                wire.write(new Problem("https://openrcm.org/problems/" + type, title, status, detail)));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /** Stops listening and drops deliveries not yet made. */
    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        requestThreads.shutdownNow();
    }
}
