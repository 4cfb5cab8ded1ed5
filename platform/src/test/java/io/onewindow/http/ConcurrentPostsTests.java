package io.onewindow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.identity.People;
import io.onewindow.testing.Persons;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Many API clients posting at once to a freshly started platform are all served: no request waits for a
 * second pooled connection while it holds one, so the pool (10 connections) never runs dry however many
 * requests arrive together, and those beyond the node's workers wait their turn instead of failing.
 */
// A context of its own, so that it starts fresh for this test.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "onewindow.test.context=concurrent-posts")
class ConcurrentPostsTests {

    static final int CLIENTS = 64;
    static final String DATA_ADMIN = "Basic " + Base64.getEncoder().encodeToString("dataadmin:onewindow2026".getBytes());

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    ServletWebServerApplicationContext server;

    @Test
    void sixtyFourIdempotentPostsAtOnceAllSucceed() throws Exception {
        // Fewer workers than clients (on a machine of up to 21 processors): most requests arrive while all are busy.
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector().getProtocolHandler();
        assertThat(protocol.getMaxThreads()).isEqualTo(Math.max(6, 3 * Runtime.getRuntime().availableProcessors()));
        long before = people.count();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/persons"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", DATA_ADMIN)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"citizenId": "%s", "name": "%s", "phone": "%s", "divisionCode": "370202001001"}"""
                            .formatted(Persons.citizenIdFrom("370202"), Persons.aName(), Persons.aMobile())))
                    .build();
            answers.add(clients.submit(() -> {
                start.await();
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }));
        }
        long begun = System.nanoTime();
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(90, TimeUnit.SECONDS);
            statuses.add(response.statusCode());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
        clients.shutdown();
        System.out.printf("%d concurrent POSTs answered in %d ms%n", CLIENTS, (System.nanoTime() - begun) / 1_000_000);

        assertThat(statuses).hasSize(CLIENTS).containsOnly(201);
        assertThat(people.count()).isEqualTo(before + CLIENTS);
    }
}
