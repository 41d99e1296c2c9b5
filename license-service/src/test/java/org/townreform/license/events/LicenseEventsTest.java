package org.townreform.license.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.townreform.common.events.EventCatalogue;
import org.townreform.common.events.EventTypes;
import org.townreform.common.testing.AuditedChanges;
import org.townreform.license.agreement.AgreementAction;
import org.townreform.license.agreement.AgreementStatus;
import org.townreform.license.application.ApplicationAction;
import org.townreform.license.application.ForwardingStatus;
import org.townreform.license.catalogue.ImportReport;

/**
 * Every change license-service audits is an event type of its catalogue, and the catalogue lists nothing else: read
 * from the main sources, so an audited change added without its type fails here, without Quarkus.
 */
class LicenseEventsTest {
    private static final String SERVICE = "license";
    private static final Path SOURCES = Path.of("src/main/java");

    private final Map<String, EventCatalogue.Type> listed = new LicenseEvents().types().stream()
            .collect(Collectors.toMap(EventCatalogue.Type::type, t -> t));

    @Test
    void everyAuditedChangeIsListed() {
        var changes = AuditedChanges.under(SOURCES);
        assertThat(changes).as("audit calls found in %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(10);
        assertThat(changes.stream().filter(c -> !c.dynamic()))
                .allSatisfy(c -> assertThat(listed).as("%s", c)
                        .containsKey(EventTypes.type(SERVICE, c.action(), c.entityType())));
        // the actions built at run time, each enumerated in dynamic()
        assertThat(changes.stream().filter(AuditedChanges.Change::dynamic).map(c -> c.written() + " on " + c.entityType()))
                .containsExactlyInAnyOrder("\"AGREEMENT_\" + AgreementStatus.changeTo(to) on DelegationAgreement",
                        "\"FORWARDING_\" + in.outcome().name() on Forwarding",
                        "\"APPLICATION_\" + action.done() on Application");
        assertThat(dynamic()).allSatisfy(t -> assertThat(listed).containsKey(t));
    }

    @Test
    void theCatalogueListsOnlyWhatIsPublished() {
        Set<String> published = new TreeSet<>(dynamic());
        AuditedChanges.under(SOURCES).stream().filter(c -> !c.dynamic())
                .forEach(c -> published.add(EventTypes.type(SERVICE, c.action(), c.entityType())));
        assertThat(new TreeSet<>(listed.keySet())).isEqualTo(published);
    }

    @Test
    void eachTypeIsNamedDescribedAndCarriesAView() {
        assertThat(new LicenseEvents().types()).hasSize(listed.size()).allSatisfy(t -> {
            assertThat(t.type()).matches("cn\\.townreform\\.license\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");
            assertThat(t.description()).isNotBlank().doesNotEndWith(".");
            assertThat(t.data() == ImportReport.class || t.data().getSimpleName().endsWith("View")).as(t.type())
                    .isTrue();
        });
    }

    /**
     * The types of the actions built at run time: an agreement's action names the status it leads to (every target
     * of {@link AgreementAction}'s transitions), a forwarding's answer its outcome (PENDING is refused), an
     * application's action its {@link ApplicationAction} (every one goes through the same audited step).
     */
    private static Set<String> dynamic() {
        Set<String> out = new TreeSet<>();
        for (AgreementAction a : AgreementAction.values()) {
            for (AgreementStatus from : AgreementStatus.values()) {
                a.from(from).ifPresent(to -> out.add(EventTypes.type(SERVICE, "AGREEMENT_" + AgreementStatus.changeTo(to),
                        "DelegationAgreement")));
            }
        }
        for (ForwardingStatus s : ForwardingStatus.values()) {
            if (s != ForwardingStatus.PENDING) {
                out.add(EventTypes.type(SERVICE, "FORWARDING_" + s.name(), "Forwarding"));
            }
        }
        for (ApplicationAction a : ApplicationAction.values()) {
            out.add(EventTypes.type(SERVICE, "APPLICATION_" + a.done(), "Application"));
        }
        return out;
    }
}
