package org.townreform.gateway.e2e;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The gateway in front of the three real services of {@link E2eServices}. Every end-to-end class uses this profile (or
 * one of the variants below), so one gateway start serves them all; the services themselves start once per test JVM
 * whatever the profile. Global test resources of the module are left out: the service addresses are the harness's.
 */
public class E2eProfile implements QuarkusTestProfile {
    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(E2eServices.class, resourceArgs()));
    }

    protected Map<String, String> resourceArgs() {
        return Map.of();
    }

    /** A gateway of its own (fresh circuit breakers) for the tests that stop fiscal-service. */
    public static class FiscalStopped extends E2eProfile {
        @Override
        protected Map<String, String> resourceArgs() {
            return Map.of("case", "fiscal-stopped");
        }
    }

    /** fiscal-service's address is a server that accepts connections and never answers. */
    public static class FiscalHanging extends E2eProfile {
        @Override
        protected Map<String, String> resourceArgs() {
            return Map.of("fiscal", "hanging");
        }
    }
}
