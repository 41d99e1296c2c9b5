package org.townreform.fiscal.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.townreform.common.events.EventCatalogue;
import org.townreform.common.events.EventTypes;
import org.townreform.common.testing.AuditedChanges;

/**
 * Every change fiscal-service audits is an event type of its catalogue, and the catalogue lists nothing else: read from
 * the main sources, so an audited change added without its type fails here, without Quarkus.
 */
class FiscalEventsTest {
    private static final String SERVICE = "fiscal";
    private static final Path SOURCES = Path.of("src/main/java");

    private final Map<String, EventCatalogue.Type> listed = new FiscalEvents().types().stream()
            .collect(Collectors.toMap(EventCatalogue.Type::type, t -> t));

    @Test
    void everyAuditedChangeIsListed() {
        var changes = AuditedChanges.under(SOURCES);
        assertThat(changes).as("audit calls found in %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(5);
        assertThat(changes).as("fiscal-service builds no action at run time").noneMatch(AuditedChanges.Change::dynamic);
        assertThat(changes).allSatisfy(c -> assertThat(listed).as("%s", c)
                .containsKey(EventTypes.type(SERVICE, c.action(), c.entityType())));
    }

    @Test
    void theCatalogueListsOnlyWhatIsPublished() {
        assertThat(new TreeSet<>(listed.keySet())).isEqualTo(AuditedChanges.under(SOURCES).stream()
                .map(c -> EventTypes.type(SERVICE, c.action(), c.entityType()))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void eachTypeIsNamedDescribedAndCarriesAView() {
        assertThat(new FiscalEvents().types()).hasSize(listed.size()).allSatisfy(t -> {
            assertThat(t.type()).matches("cn\\.townreform\\.fiscal\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");
            assertThat(t.description()).isNotBlank().doesNotEndWith(".");
            assertThat(t.data().getName()).as(t.type()).matches(".*View(\\$Record)?");
        });
    }
}
