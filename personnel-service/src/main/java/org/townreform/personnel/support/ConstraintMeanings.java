package org.townreform.personnel.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.townreform.common.error.DatabaseErrors;

import io.quarkus.runtime.StartupEvent;

/**
 * What each unique constraint of personnel-service's tables means to a client. The services check these rules before
 * writing; the constraints decide when two requests race past the check together, and the loser then gets the same code
 * as a request that came second.
 */
@ApplicationScoped
public class ConstraintMeanings {
    void register(@Observes StartupEvent start) {
        DatabaseErrors.explain("town_pkey", 409, "TOWN_EXISTS", "The town is already recorded");
        DatabaseErrors.explain("person_resident_id_unique", 409, "PERSON_EXISTS",
                "A person with this resident ID number is already recorded");
        DatabaseErrors.explain("enforcement_certificate_number_unique", 409, "CERTIFICATE_EXISTS",
                "A certificate with this number of this department is already recorded");
        DatabaseErrors.explain("registration_one_open_per_person", 409, "ALREADY_REGISTERED",
                "The person already occupies a slot: one person, one slot");
        DatabaseErrors.explain("assessment_one_per_person_and_year", 409, "ALREADY_ASSESSED",
                "The person is already assessed for this year");
    }
}
