package org.townreform.license.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.townreform.common.error.DatabaseErrors;

import io.quarkus.runtime.StartupEvent;

/**
 * What each unique constraint of license-service's tables means to a client. The services check these rules before
 * writing; the constraints decide when two requests race past the check together, and the loser then gets the same code
 * as a request that came second.
 */
@ApplicationScoped
public class ConstraintMeanings {
    void register(@Observes StartupEvent start) {
        DatabaseErrors.explain("evaluation_application_id_key", 409, "ALREADY_EVALUATED",
                "The case was already rated; a case is rated once");
        // a second filing or approval is a workflow step out of order, whether it came second or raced the first
        DatabaseErrors.explain("filing_application_id_key", 409, "ILLEGAL_TRANSITION",
                "The decision is already filed: the case no longer allows 'file'");
        DatabaseErrors.explain("forwarding_application_id_key", 409, "ILLEGAL_TRANSITION",
                "The application is already approved and forwarded to the department: it no longer allows 'approve'");
        DatabaseErrors.explain("rectification_evaluation_id_key", 409, "ALREADY_EVALUATED",
                "The case was already rated; a case is rated once");
        DatabaseErrors.explain("catalogue_item_pkey", 409, "CONCURRENT_UPDATE",
                "The catalogue was changed by another import at the same time: import the file again");
        DatabaseErrors.explain("application_number_key", 409, "CONCURRENT_UPDATE",
                "Another application took the same number at the same moment: submit again");
    }
}
