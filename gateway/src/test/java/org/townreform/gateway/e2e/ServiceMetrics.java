package org.townreform.gateway.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.townreform.gateway.e2e.E2eServices.Service;

/**
 * Downstream request counts as the services see them: the sum of {@code http_server_requests_seconds_count} over every
 * series with {@code uri="/graphql"} in a service's {@code /q/metrics}. Works for any gateway in front.
 */
public final class ServiceMetrics {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceMetrics() {
    }

    public static Map<Service, Long> graphqlRequests() {
        Map<Service, Long> counts = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            counts.put(s, graphqlRequests(s));
        }
        return counts;
    }

    public static long graphqlRequests(Service s) {
        return sum(scrape(s.baseUrl() + "/q/metrics"), "http_server_requests_seconds_count{", "uri=\"/graphql\"");
    }

    /** The requests each service got between two readings. */
    public static Map<Service, Long> delta(Map<Service, Long> before, Map<Service, Long> after) {
        Map<Service, Long> d = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            d.put(s, after.get(s) - before.get(s));
        }
        return d;
    }

    /** Sums the values of the series named {@code prefix} (name plus opening brace) whose labels contain {@code label}. */
    public static long sum(String exposition, String prefix, String label) {
        double total = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(prefix) && (label == null || line.contains(label))) {
                String afterLabels = line.substring(line.indexOf('}') + 1).trim();
                int end = afterLabels.indexOf(' ');
                total += Double.parseDouble(end < 0 ? afterLabels : afterLabels.substring(0, end));
            }
        }
        return Math.round(total);
    }

    public static String scrape(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
