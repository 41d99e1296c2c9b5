package org.townreform.fiscal.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.events.EventCatalogue;
import org.townreform.fiscal.disbursement.DisbursementView;
import org.townreform.fiscal.ledger.RevenueEntryView;
import org.townreform.fiscal.policy.PolicyView;
import org.townreform.fiscal.settlement.SettlementView;
import org.townreform.fiscal.statement.StatementView;

/**
 * The events fiscal-service publishes: one per audited change, its data the changed record's view after the change.
 * Besides these, the webhook and calendar types of {@link EventCatalogue#common}.
 */
@ApplicationScoped
public class FiscalEvents implements EventCatalogue {
    static final String P = "cn.townreform.fiscal.";

    private static final List<Type> TYPES = List.of(
            new Type(P + "policy-version.created",
                    "A version of a town's sharing policy (返还政策) was recorded, with its rules, for whole months",
                    PolicyView.class),
            new Type(P + "policy-version.ended",
                    "A policy version (返还政策) was ended earlier than it was (a later rate is a new version)",
                    PolicyView.class),
            new Type(P + "revenue-entry.recorded", "A line of the revenue ledger (收入台账) was recorded",
                    RevenueEntryView.class),
            new Type(P + "revenue-entry.reversed",
                    "A ledger entry (收入台账) was reversed by an entry of the opposite amount; data: the reversing "
                            + "entry's view (the subject is the reversed entry)",
                    RevenueEntryView.class),
            new Type(P + "return-statement.issued",
                    "A month's return statement (返还结算单) was issued; it never changes afterwards",
                    StatementView.class),
            new Type(P + "disbursement.recorded", "A transfer of returns to a town (调拨) was recorded by voucher",
                    DisbursementView.class),
            new Type(P + "settlement.year-settled",
                    "A town's year was settled (决算): it closes the year's periods; data: the settlement's view",
                    SettlementView.Record.class),
            new Type(P + "settlement.year-reopened",
                    "A settled year was reopened: the settlement is kept as REOPENED and the year may be settled again; "
                            + "data: the reopened settlement's view",
                    SettlementView.Record.class));

    @Override
    public List<Type> types() {
        return TYPES;
    }
}
