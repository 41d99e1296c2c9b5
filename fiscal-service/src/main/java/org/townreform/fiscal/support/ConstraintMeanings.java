package org.townreform.fiscal.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.townreform.common.error.DatabaseErrors;

import io.quarkus.runtime.StartupEvent;

/**
 * What each unique constraint (and the reversal trigger) of fiscal-service's tables means to a client. The services check these rules before
 * writing; the constraints decide when two requests race past the check together, and the loser then gets the same code
 * as a request that came second.
 */
@ApplicationScoped
public class ConstraintMeanings {
    void register(@Observes StartupEvent start) {
        DatabaseErrors.explain("revenue_entry_source_ref", 409, "EXTERNAL_REF_REUSED",
                "This source system's reference was recorded by a request at the same moment: resend it to get the "
                        + "recorded entry");
        DatabaseErrors.explain("revenue_entry_reversal_within_entry", 422, "REVERSAL_EXCEEDS_REMAINING",
                "The entry's reversals would exceed its amount: another reversal of it was booked at the same moment; "
                        + "read the entry's remainingAmount and send again");
        DatabaseErrors.explain("policy_version_no", 409, "CONCURRENT_UPDATE",
                "Another policy change for this town was made at the same time: reload and apply the change again");
        DatabaseErrors.explain("disbursement_voucher", 409, "DUPLICATE_VOUCHER",
                "This voucher of the town is already recorded");
        DatabaseErrors.explain("return_statement_once", 409, "STATEMENT_ALREADY_ISSUED",
                "The month's statement was issued by a request at the same moment; it is issued once");
        // settling a settled year is a workflow step out of order, as YearStatus answers a request that comes second
        DatabaseErrors.explain("settlement_one_settled", 409, "ILLEGAL_TRANSITION",
                "The year is already settled for the town: it no longer allows 'settle'");
    }
}
