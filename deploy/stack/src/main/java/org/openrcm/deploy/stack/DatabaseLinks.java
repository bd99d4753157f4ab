package org.openrcm.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;

import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.openrcm.deploy.infra.PostgresSettings;

/**
 * A TCP proxy (NetCrusher) between each service instance and PostgreSQL, so that the fault suite can freeze one
 * instance's database traffic, connections kept open and bytes held, as a stalled network does, while every other
 * instance goes on. Each instance is given the proxy's address instead of the server's.
 */
final class DatabaseLinks implements AutoCloseable {

    private final NioReactor reactor;
    private final Map<String, TcpCrusher> links = new LinkedHashMap<>();

    DatabaseLinks() {
        try {
            reactor = new NioReactor();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the database proxies", e);
        }
    }

    /**
     * Opens a proxy for {@code instance} on {@code port} and returns the settings that reach PostgreSQL through it.
     */
    synchronized PostgresSettings open(String instance, int port, PostgresSettings server) {
        TcpCrusher link = TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress(new InetSocketAddress("127.0.0.1", port))
                .withConnectAddress(server.host(), server.port())
                .buildAndOpen();
        links.put(instance, link);
        return new PostgresSettings("127.0.0.1", port, server.user(), server.password());
    }

    /** Holds every byte between the instance and PostgreSQL, in both directions, until {@link #thaw}. */
    synchronized void freeze(String instance) {
        link(instance).freeze();
    }

    synchronized void thaw(String instance) {
        link(instance).unfreeze();
    }

    private TcpCrusher link(String instance) {
        TcpCrusher link = links.get(instance);
        if (link == null) {
            throw new IllegalArgumentException(instance + " has no database proxy");
        }
        return link;
    }

    @Override
    public synchronized void close() {
        links.values().forEach(TcpCrusher::close);
        links.clear();
        reactor.close();
    }
}
