package org.townreform.common.error;

import java.sql.SQLException;

import io.smallrye.mutiny.CompositeException;

/** The next failure behind one, as the error mappers walk down a chain of wrappers. */
final class Causes {
    private Causes() {
    }

    /**
     * What {@code t} wraps: a Mutiny composite's first failure, a {@link SQLException}'s next exception, otherwise its
     * cause; {@code null} at the end of the chain.
     */
    static Throwable next(Throwable t) {
        if (t instanceof CompositeException c && !c.getCauses().isEmpty()) {
            return c.getCauses().get(0);
        }
        if (t instanceof SQLException sql && sql.getNextException() != null) {
            return sql.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
