package org.townreform.personnel.events;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.townreform.common.events.EventPublisher;
import org.townreform.common.testing.EventSchemas;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed JSON Schema of every event type this service publishes, and its table in the README, are the ones its
 * catalogue and OpenAPI document make (rewrite them with {@code -Devents.snapshot.update=true}).
 */
@QuarkusTest
class EventCatalogueTest {
    @Inject
    EventPublisher publisher;

    @Test
    void theEventSchemasAndTheReadmesTableAreTheCommittedOnes() {
        EventSchemas.areTheCommittedOnes("personnel-service", publisher.catalogue());
    }
}
