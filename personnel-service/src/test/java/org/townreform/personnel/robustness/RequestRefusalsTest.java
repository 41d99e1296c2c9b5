package org.townreform.personnel.robustness;

import org.townreform.common.testing.RequestRefusalsContract;

import io.quarkus.test.junit.QuarkusTest;

/** What personnel-service refuses before any resource runs (the checks every service shares). */
@QuarkusTest
class RequestRefusalsTest extends RequestRefusalsContract {
}
