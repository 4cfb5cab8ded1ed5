package io.onewindow.http.internal;

import io.onewindow.runtime.RuntimeSettings;
import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * How many requests a node works on at once: the servlet container's worker threads, {@code onewindow.http.workers},
 * by default three per processor and at least six, where Spring Boot's default is 200. A request here is work for
 * the processors and the database, not waiting on something slow elsewhere (mail and text messages go out from the
 * outbox, after the request), so threads beyond a few per processor add no throughput: they share the processors
 * among more requests at once, each taking longer, and crowd the database's connections. Requests beyond the
 * workers wait in the container's queue, first come first served. Measured on two processors with 16 clients
 * submitting applications (docs/benchmarks.md): 200 workers (16 busy) 488–542/s at p99 148–192 ms; 8 workers
 * 496–530/s at 76–105 ms; 6 workers 456–558/s at 65–81 ms; 4 workers 560/s at 53 ms. Six leave room for a request that
 * does wait on something (a city identity provider at sign-in). Slow clients are the reverse proxy's to absorb:
 * it buffers bodies and answers (docs/operations.md).
 */
@Component
class Workers implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final int workers;

    Workers(HttpSettings settings) {
        this.workers = settings.workers() != null ? settings.workers() : byDefault(Runtime.getRuntime().availableProcessors());
    }

    static int byDefault(int processors) {
        return RuntimeSettings.requestsAtOnce(processors);
    }

    int workers() {
        return workers;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxThreads(workers);
            }
        });
    }

    // After Spring Boot's own customizer (order 0), whose server.tomcat.threads.max this replaces.
    @Override
    public int getOrder() {
        return 1;
    }
}
