package org.townreform.license.robustness;

import org.townreform.common.testing.RequestRefusalsContract;

import io.quarkus.test.junit.QuarkusTest;

/** What license-service refuses before any resource runs (the checks every service shares). */
@QuarkusTest
class RequestRefusalsTest extends RequestRefusalsContract {
}
