package org.townreform.fiscal.statement.service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.time.BusinessClock;
import org.townreform.fiscal.returns.service.FactsLoader;
import org.townreform.fiscal.support.Locks;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Demo data: after the demo scripts are loaded, the county issues each ended month's statement of the demo towns
 * (2025 and 2026, whose revenue is demo data) on the 10th of the following month, once that day has come — as a county
 * that issues its statements monthly would have. Months already issued are left as they are, so a restart issues only
 * what has come due since. Runs only with {@code townreform.demo.enabled=true}, after the demo scripts.
 */
@ApplicationScoped
public class DemoStatements {
    private static final Logger LOG = Logger.getLogger(DemoStatements.class);
    static final int FIRST_YEAR = 2025;
    static final int LAST_YEAR = 2026;
    static final int ISSUE_DAY = 10;
    static final String ISSUED_BY = "demo-data";

    void issue(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start, CommonConfig config,
            Pool pool, FactsLoader facts, StatementService statements, Locks locks, BusinessClock clock)
            throws Throwable {
        if (!config.demo().enabled()) {
            return;
        }
        LocalDate today = clock.today();
        List<String> towns = new java.util.ArrayList<>();
        pool.query("select distinct town_code from revenue_entry where source_system = 'DEMO' order by town_code")
                .execute().await().atMost(Duration.ofMinutes(1)).forEach(r -> towns.add(r.getString(0)));
        for (String town : towns) {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> locks.town(town)
                    .chain(() -> facts.load(List.of(town), FIRST_YEAR, LAST_YEAR, null, null))
                    .chain(all -> {
                        Uni<Void> chain = Uni.createFrom().voidItem();
                        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                            int year = y;
                            int through = 0;
                            for (int m = 1; m <= 12; m++) {
                                if (!issueDay(year, m).isAfter(today)) {
                                    through = m;
                                }
                            }
                            int months = through;
                            if (months > 0 && !all.get(town).settledYears().contains(year)) {
                                chain = chain.chain(() -> statements.issueMissing(town, all.get(town), year, months,
                                        m -> issueDay(year, m), ISSUED_BY, "演示数据：按月出具的返还结算单", false))
                                        .replaceWithVoid();
                            }
                        }
                        return chain;
                    })));
        }
        LOG.infof("Demo data: monthly statements of %s issued through the last month due", towns);
    }

    /** The 10th of the month after {@code month}. */
    static LocalDate issueDay(int year, int month) {
        return LocalDate.of(year, month, 1).plusMonths(1).withDayOfMonth(ISSUE_DAY);
    }
}
