package org.townreform.fiscal.support;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Transaction-scoped PostgreSQL advisory locks: writes that check a rule against other rows (no overlapping policies, no
 * entry in a closed year, no disbursement beyond what is computed, one entry per external reference) take the lock of what
 * they check first, so two concurrent requests cannot both pass the check. Locks are released at commit or rollback.
 * Order, to avoid deadlocks: a reference lock before the town lock, never two town locks.
 */
@ApplicationScoped
public class Locks {

    /** Every fiscal write of a town (ledger, policies, disbursements, settlements) holds this lock. */
    public Uni<Void> town(String townCode) {
        return lock("fiscal-town:" + townCode);
    }

    /** An external reference of a source system, so two identical sends are serialised even across towns. */
    public Uni<Void> externalRef(String sourceSystem, String externalRef) {
        return lock("fiscal-ref:" + sourceSystem + "\n" + externalRef);
    }

    private Uni<Void> lock(String key) {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:k))) l",
                        Integer.class).setParameter("k", key).getSingleResult())
                .replaceWithVoid();
    }
}
