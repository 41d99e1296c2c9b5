package org.townreform.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;
import org.townreform.common.paging.Cursor;

/** The plain rules of events: names, signatures, allowed URLs, the retry schedule and feed cursors. */
class EventRulesTest {

    @Test
    void typesAndSubjectsAreMadeFromTheAuditRecord() {
        assertThat(EventTypes.service("license-service")).isEqualTo("license");
        assertThat(EventTypes.type("license", "APPLICATION_ACCEPTED", "Application"))
                .isEqualTo("cn.townreform.license.application.accepted");
        assertThat(EventTypes.type("license", "AGREEMENT_CREATED", "DelegationAgreement"))
                .isEqualTo("cn.townreform.license.delegation-agreement.created");
        assertThat(EventTypes.type("personnel", "CERTIFICATE_RECORDED", "Person"))
                .isEqualTo("cn.townreform.personnel.person.certificate-recorded");
        assertThat(EventTypes.type("personnel", "REGISTERED", "Registration"))
                .isEqualTo("cn.townreform.personnel.registration.registered");
        assertThat(EventTypes.type("personnel", "UNIT_MERGED_INTO", "Unit"))
                .isEqualTo("cn.townreform.personnel.unit.merged-into");
        assertThat(EventTypes.type("fiscal", "REVENUE_RECORDED", "RevenueEntry"))
                .isEqualTo("cn.townreform.fiscal.revenue-entry.recorded");
        assertThat(EventTypes.subject("RevenueEntry", 42)).isEqualTo("revenue-entry/42");
    }

    @Test
    void signaturesAreTheStandardWebhooksOnes() {
        // The Standard Webhooks specification's own example (secret, id, timestamp, payload and signature).
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSigner.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationBothSecretsSignAndEitherVerifies() {
        String old = WebhookSigner.newSecret();
        String fresh = WebhookSigner.newSecret();
        assertThat(old).startsWith("whsec_").isNotEqualTo(fresh);
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSigner.header(Arrays.asList(fresh, old), "e1", 100, body);
        assertThat(header.split(" ")).hasSize(2);
        assertThat(WebhookSigner.verify(old, "e1", 100, body, header)).isTrue();
        assertThat(WebhookSigner.verify(fresh, "e1", 100, body, header)).isTrue();
        assertThat(WebhookSigner.verify(WebhookSigner.newSecret(), "e1", 100, body, header)).isFalse();
        assertThat(WebhookSigner.verify(fresh, "e1", 101, body, header)).as("another timestamp").isFalse();
        assertThat(WebhookSigner.verify(fresh, "e1", 100, "{ }".getBytes(StandardCharsets.UTF_8), header))
                .as("another body").isFalse();
    }

    @Test
    void webhookUrlsAreHttpsOutsideLoopbackAndLinkLocal() throws Exception {
        assertThat(OutboundUrls.parse("https://hooks.province.example/x", false).getHost())
                .isEqualTo("hooks.province.example");
        for (String bad : new String[]{"http://hooks.province.example/x", "ftp://x.example/", "/relative",
                "https://user:pw@x.example/", "https://x.example/#frag", "not a url", ""}) {
            assertThatThrownBy(() -> OutboundUrls.parse(bad, false)).as(bad).isInstanceOf(ProblemException.class)
                    .extracting("code").isEqualTo("VALIDATION_FAILED");
        }
        assertThat(OutboundUrls.parse("http://127.0.0.1:9/x", true).getPort()).isEqualTo(9);
        assertThat(OutboundUrls.forbidden(InetAddress.getByName("127.0.0.1"), false)).contains("loopback");
        assertThat(OutboundUrls.forbidden(InetAddress.getByName("127.0.0.1"), true)).isNull();
        assertThat(OutboundUrls.forbidden(InetAddress.getByName("::1"), false)).contains("loopback");
        assertThat(OutboundUrls.forbidden(InetAddress.getByName("169.254.169.254"), true)).contains("link-local");
        assertThat(OutboundUrls.forbidden(InetAddress.getByName("fe80::1"), true)).contains("link-local");
        assertThat(OutboundUrls.forbidden(InetAddress.getByName("0.0.0.0"), true)).contains("any-local");
        assertThat(OutboundUrls.forbidden(InetAddress.getByName("224.0.0.1"), true)).contains("multicast");
        assertThat(OutboundUrls.forbidden(InetAddress.getByName("10.20.30.40"), false)).isNull();
        assertThatThrownBy(() -> OutboundUrls.resolve(URI.create("https://127.0.0.1/x"), false))
                .extracting("code").isEqualTo("WEBHOOK_URL_REFUSED");
        assertThatThrownBy(() -> OutboundUrls.resolve(URI.create("https://169.254.169.254/latest"), true))
                .extracting("code").isEqualTo("WEBHOOK_URL_REFUSED");
    }

    @Test
    void retriesDoubleFromTenSecondsWithJitterAndGoOnForADay() {
        RetrySchedule exact = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(4), Duration.ofHours(24),
                () -> 0.5);
        assertThat(List.of(1, 2, 3, 4).stream().map(exact::delayAfter).toList()).containsExactly(
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(80));
        assertThat(exact.delayAfter(40)).isEqualTo(Duration.ofHours(4));
        RetrySchedule low = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(4), Duration.ofHours(24),
                () -> 0.0);
        RetrySchedule high = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(4), Duration.ofHours(24),
                () -> 0.999);
        assertThat(low.delayAfter(1)).isEqualTo(Duration.ofSeconds(8));
        assertThat(high.delayAfter(1)).isBetween(Duration.ofSeconds(11), Duration.ofSeconds(12));

        // Attempts until given up, with the receiver down all the time: at least 24 hours of them.
        OffsetDateTime first = OffsetDateTime.parse("2026-03-02T09:00:00+08:00");
        OffsetDateTime at = first;
        int attempts = 1;
        OffsetDateTime next;
        while ((next = exact.next(first, at, attempts)) != null) {
            at = next;
            attempts++;
        }
        assertThat(Duration.between(first, at)).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(attempts).isEqualTo(17);
    }

    @Test
    void aRoleReadsOnlyTheTypesWhoseRecordsItMayRead() {
        EventCatalogue.Type open = new EventCatalogue.Type("t.a", "a", String.class);
        EventCatalogue.Type closed = new EventCatalogue.Type("t.b", "b", String.class, java.util.Set.of("supervisor"));
        assertThat(open.readableBy(java.util.Set.of("county-finance"))).isTrue();
        assertThat(closed.readableBy(java.util.Set.of("county-finance"))).isFalse();
        assertThat(closed.readableBy(java.util.Set.of("county-finance", "supervisor"))).isTrue();
        assertThat(EventFeedResource.scoped(List.of(), null)).isEmpty();
        assertThat(EventFeedResource.scoped(List.of(), List.of("t.a"))).containsExactly("t.a");
        assertThat(EventFeedResource.scoped(List.of("t.a"), List.of("t.a"))).containsExactly("t.a");
        assertThatThrownBy(() -> EventFeedResource.scoped(List.of("t.b"), List.of("t.a"))).extracting("code")
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void feedCursorsAreOpaqueAndRefusedWhenNotOurs() {
        FeedPosition p = new FeedPosition(123456, 78);
        assertThat(FeedPosition.of(p.cursor())).isEqualTo(p);
        assertThat(FeedPosition.of(null)).isEqualTo(FeedPosition.START);
        assertThat(new FeedPosition(1, 9)).isLessThan(new FeedPosition(2, 1));
        assertThatThrownBy(() -> FeedPosition.of(Cursor.encode("42"))).extracting("code").isEqualTo("INVALID_CURSOR");
        assertThatThrownBy(() -> FeedPosition.of("abc")).extracting("code").isEqualTo("INVALID_CURSOR");
    }
}
