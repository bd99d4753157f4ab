package org.openrcm.deploy.stack;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a running stack's parts answer.
 *
 * @param kafkaBootstrapServers the broker, for clients such as the demo's event tap
 * @param postgres              which PostgreSQL the services use, in words
 * @param clearinghouseDrop     the file drop the services and the clearinghouse simulator exchange X12 files in
 * @param services              each started service instance's base URL by instance name ({@code claims-service},
 *                              {@code claims-service-2}, ... when a service runs more than once)
 */
public record StackEndpoints(String kafkaBootstrapServers, String postgres, Path clearinghouseDrop,
        Map<String, URI> services) {

    public StackEndpoints {
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services)); // in start order
    }

    /** The first instance of the service. */
    public URI service(ServiceSpec service) {
        URI url = services.get(service.name());
        if (url == null) {
            throw new IllegalStateException(service.name() + " is not part of this stack");
        }
        return url;
    }

    /** Every instance of the service, the first first. */
    public List<URI> instances(ServiceSpec service) {
        List<URI> urls = services.entrySet().stream().filter(entry -> service.isInstance(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        if (urls.isEmpty()) {
            throw new IllegalStateException(service.name() + " is not part of this stack");
        }
        return urls;
    }
}
