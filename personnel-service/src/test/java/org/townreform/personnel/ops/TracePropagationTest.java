package org.townreform.personnel.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.PostgresTestDatabase;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A caller's W3C {@code traceparent} (the gateway sends one with every downstream call) is continued: the request runs in
 * the caller's trace, as a child of the caller's span, and the trace id is in the request's log lines.
 * <p>
 * Runs on a database of its own ({@code personnel_trace_test}), so it never disturbs the module's shared test database.
 */
@QuarkusTest
@TestProfile(TracePropagationTest.OwnDatabase.class)
class TracePropagationTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestDatabase.class, Map.of("database", "personnel_trace_test")));
        }
    }

    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord ext = (ExtLogRecord) record;
            ext.copyMdc();
            records.add(ext);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(TraceProbeResource.CATEGORY).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(TraceProbeResource.CATEGORY).removeHandler(capture);
    }

    @Test
    void aCallersTraceparentIsContinuedAndItsTraceIdIsInTheLogLine() {
        given().header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .get("/test-support/trace-probe")
                .then().statusCode(200)
                .body("traceId", equalTo(TRACE_ID))
                .body("parentSpanId", equalTo(CALLER_SPAN))
                .body("spanId", not(equalTo(CALLER_SPAN)));

        assertThat(records).hasSize(1);
        ExtLogRecord line = records.get(0);
        assertThat(line.getMdc("traceId")).isEqualTo(TRACE_ID);
        String format = ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class);
        assertThat(new PatternFormatter(format).format(line)).contains("traceId=" + TRACE_ID).contains("trace probe");
    }

    @Test
    void withoutATraceparentARequestStartsATraceOfItsOwn() {
        given().get("/test-support/trace-probe")
                .then().statusCode(200)
                .body("traceId", matchesPattern("[0-9a-f]{32}"))
                .body("traceId", not(equalTo(TRACE_ID)))
                .body("traceId", not(equalTo("00000000000000000000000000000000")));
        assertThat(records).singleElement().satisfies(r -> assertThat(r.getMdc("traceId")).matches("[0-9a-f]{32}"));
    }
}
