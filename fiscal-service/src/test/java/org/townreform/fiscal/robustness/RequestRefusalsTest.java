package org.townreform.fiscal.robustness;

import org.townreform.common.testing.RequestRefusalsContract;

import io.quarkus.test.junit.QuarkusTest;

/** What fiscal-service refuses before any resource runs (the checks every service shares). */
@QuarkusTest
class RequestRefusalsTest extends RequestRefusalsContract {
}
