package org.townreform.personnel.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.townreform.common.events.EventCatalogue;
import org.townreform.common.events.EventTypes;
import org.townreform.common.testing.AuditedChanges;
import org.townreform.personnel.appointment.CoordinationOutcome;
import org.townreform.personnel.appointment.Opinion;

/**
 * Every change personnel-service audits is an event type of its catalogue, and the catalogue lists nothing else: read
 * from the main sources, so an audited change added without its type fails here, without Quarkus.
 */
class PersonnelEventsTest {
    private static final String SERVICE = "personnel";
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path APPOINTMENTS = SOURCES
            .resolve("org/townreform/personnel/appointment/service/AppointmentService.java");

    private final Map<String, EventCatalogue.Type> listed = new PersonnelEvents().types().stream()
            .collect(Collectors.toMap(EventCatalogue.Type::type, t -> t));

    @Test
    void everyAuditedChangeIsListed() {
        var changes = AuditedChanges.under(SOURCES);
        assertThat(changes).as("audit calls found in %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(20);
        assertThat(changes.stream().filter(c -> !c.dynamic()))
                .allSatisfy(c -> assertThat(listed).as("%s", c)
                        .containsKey(EventTypes.type(SERVICE, c.action(), c.entityType())));
        // the one dynamic action: AppointmentService's step(..., action), enumerated below
        assertThat(changes.stream().filter(AuditedChanges.Change::dynamic).map(c -> c.written() + " on " + c.entityType()))
                .containsExactly("action on Appointment");
        assertThat(appointmentSteps()).allSatisfy(a -> assertThat(listed).as(a)
                .containsKey(EventTypes.type(SERVICE, a, "Appointment")));
    }

    @Test
    void theCatalogueListsOnlyWhatIsPublished() {
        Set<String> published = new TreeSet<>();
        AuditedChanges.under(SOURCES).stream().filter(c -> !c.dynamic())
                .forEach(c -> published.add(EventTypes.type(SERVICE, c.action(), c.entityType())));
        appointmentSteps().forEach(a -> published.add(EventTypes.type(SERVICE, a, "Appointment")));
        // written by the database's back-fill of the town registry (V1_6, the demo data), not by an audited change
        published.add(org.townreform.personnel.town.service.TownRegistryFeed.REGISTERED);
        assertThat(new TreeSet<>(listed.keySet())).isEqualTo(published);
    }

    @Test
    void eachTypeIsNamedDescribedAndCarriesAView() {
        assertThat(new PersonnelEvents().types()).hasSize(listed.size()).allSatisfy(t -> {
            assertThat(t.type()).matches("cn\\.townreform\\.personnel\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");
            assertThat(t.description()).isNotBlank().doesNotEndWith(".");
            assertThat(t.data().getSimpleName()).as(t.type()).endsWith("View");
        });
    }

    /**
     * The actions AppointmentService passes to its step: the literal ones, and the ones made of a literal prefix and an
     * enum (its opinion, its coordination outcome), over the enum's values.
     */
    private static Set<String> appointmentSteps() {
        Set<String> out = new TreeSet<>();
        for (String s : AuditedChanges.literals(APPOINTMENTS)) {
            if (!s.startsWith("APPOINTMENT_")) {
                continue;
            }
            switch (s) {
                case "APPOINTMENT_OPINION_" -> Arrays.stream(Opinion.values()).forEach(o -> out.add(s + o.name()));
                case "APPOINTMENT_COORDINATED_" ->
                    Arrays.stream(CoordinationOutcome.values()).forEach(o -> out.add(s + o.name()));
                default -> {
                    assertThat(s).as("an action prefix AppointmentService builds on, not enumerated here")
                            .doesNotEndWith("_");
                    out.add(s);
                }
            }
        }
        return out;
    }
}
