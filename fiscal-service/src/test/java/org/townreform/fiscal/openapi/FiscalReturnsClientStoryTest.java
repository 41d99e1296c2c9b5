package org.townreform.fiscal.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.ws.rs.client.ClientRequestFilter;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.Calendars;
import org.townreform.common.testing.Tokens;
import org.townreform.fiscal.Fixtures;
import org.townreform.fiscal.client.api.ApiException;
import org.townreform.fiscal.client.api.DisbursementsApi;
import org.townreform.fiscal.client.api.ReturnsApi;
import org.townreform.fiscal.client.api.RevenueLedgerApi;
import org.townreform.fiscal.client.api.SharingPoliciesApi;
import org.townreform.fiscal.client.model.DisbursementStatus;
import org.townreform.fiscal.client.model.DisbursementView;
import org.townreform.fiscal.client.model.GetReturns200Response;
import org.townreform.fiscal.client.model.NewDisbursement;
import org.townreform.fiscal.client.model.NewPolicy;
import org.townreform.fiscal.client.model.NewRevenueEntry;
import org.townreform.fiscal.client.model.NewRule;
import org.townreform.fiscal.client.model.OutstandingRow;
import org.townreform.fiscal.client.model.OutstandingView;
import org.townreform.fiscal.client.model.PolicyView;
import org.townreform.fiscal.client.model.Problem;
import org.townreform.fiscal.client.model.ReturnLine;
import org.townreform.fiscal.client.model.RevenueCategory;
import org.townreform.fiscal.client.model.RevenueEntryView;
import org.townreform.fiscal.client.model.RuleKind;
import org.townreform.fiscal.client.model.RuleLines;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The story of a town's fiscal returns (财政返还), walked only through the MicroProfile client generated from the committed
 * contract (contracts/openapi/fiscal-service.yaml): the county finance bureau records a sharing policy for a town (80% of
 * new-enterprise tax, 50% of mining rights earmarked for geological hazards), books revenue for January to March 2025
 * (February's entry resent under the same Idempotency-Key and recorded once), reads the month's and the year's returns
 * (exact decimal strings), transfers part of February's return (resent, recorded once), is refused a transfer beyond what
 * is outstanding (409 OVER_DISBURSEMENT), and reads what is still outstanding; the town's clerk reads its own returns and
 * is refused a write (403 FORBIDDEN). The town is a fresh code, which the test registry of towns (personnel-service's
 * recorded contract, see FiscalTestDatabase) accepts; the official calendars are loaded for the due dates.
 */
@QuarkusTest
class FiscalReturnsClientStoryTest {
    private static final String GEO = "地质灾害防治、矿山地质环境治理";

    private static boolean calendarsLoaded;

    @BeforeEach
    void calendars() {
        if (!calendarsLoaded) {
            Calendars.loadOfficial();
            calendarsLoaded = true;
        }
    }

    private static <T> T client(Class<T> api, String token) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return RestClientBuilder.newBuilder().baseUri(URI.create("http://localhost:" + port))
                .register((ClientRequestFilter) c -> c.getHeaders().putSingle("Authorization", "Bearer " + token))
                .build(api);
    }

    private static NewRevenueEntry entry(String town, String period, RevenueCategory category, String amount) {
        return new NewRevenueEntry().townCode(town).period(period).category(category).amount(amount)
                .sourceSystem("TEST").externalRef(Fixtures.ref()).date(LocalDate.parse(period + "-01").plusMonths(1)
                        .minusDays(1));
    }

    private static Problem problem(ApiException e) {
        return e.getResponse().readEntity(Problem.class);
    }

    private static ReturnLine line(List<ReturnLine> lines, RuleKind kind, List<RevenueCategory> categories) {
        return lines.stream().filter(l -> l.getRuleKind() == kind && categories.equals(l.getCategories())).findFirst()
                .orElseThrow();
    }

    private static OutstandingRow row(List<OutstandingRow> rows, String period, String earmark) {
        return rows.stream().filter(r -> period.equals(r.getPeriod()) && Objects.equals(earmark,
                r.getEarmark())).findFirst().orElseThrow();
    }

    @Test
    void aTownsReturnsFromPolicyToDisbursement() throws ApiException {
        String town = Fixtures.newTownCode();
        String finance = Tokens.role("county-finance");
        String clerk = Tokens.town("town-clerk", town);
        SharingPoliciesApi policies = client(SharingPoliciesApi.class, finance);
        RevenueLedgerApi ledger = client(RevenueLedgerApi.class, finance);
        ReturnsApi returns = client(ReturnsApi.class, finance);
        DisbursementsApi disbursements = client(DisbursementsApi.class, finance);
        ReturnsApi clerkReturns = client(ReturnsApi.class, clerk);
        RevenueLedgerApi clerkLedger = client(RevenueLedgerApi.class, clerk);

        // 1. The sharing policy: one open version from January 2025, two rules.
        List<RevenueCategory> tax = List.of(RevenueCategory.TAX_NEW_ENTERPRISE);
        List<RevenueCategory> mining = List.of(RevenueCategory.MINING_RIGHTS);
        PolicyView policy = policies.createPolicy(town, new NewPolicy().name("新办企业税收返还政策")
                .validFrom(LocalDate.of(2025, 1, 1))
                .addRulesItem(new NewRule().kind(RuleKind.PROPORTIONAL).categories(tax).rate("0.80"))
                .addRulesItem(new NewRule().kind(RuleKind.PROPORTIONAL).categories(mining).rate("0.50").earmark(GEO)),
                "policy-" + town);
        assertThat(policy.getTownCode()).isEqualTo(town);
        assertThat(policy.getVersionNo()).isEqualTo(1);
        assertThat(policy.getValidFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(policy.getValidTo()).isNull();
        assertThat(policy.getRules()).hasSize(2);
        assertThat(policies.listPolicies(town, null, null).getItems()).extracting(PolicyView::getId)
                .containsExactly(policy.getId());

        // 2. Revenue for January to March; February's entry is resent under the same Idempotency-Key.
        ledger.recordRevenueEntry(entry(town, "2025-01", RevenueCategory.TAX_NEW_ENTERPRISE, "100000.00"),
                Fixtures.ref());
        NewRevenueEntry february = entry(town, "2025-02", RevenueCategory.TAX_NEW_ENTERPRISE, "125000.50");
        String februaryKey = "entry-" + town + "-2025-02";
        RevenueEntryView first = ledger.recordRevenueEntry(february, februaryKey);
        assertThat(first.getId()).isNotNull();
        assertThat(first.getAmount()).isEqualTo("125000.50");
        assertThat(first.getUnit()).isEqualTo("YUAN");
        assertThat(first.getRemainingAmount()).isEqualTo("125000.50");
        RevenueEntryView again = ledger.recordRevenueEntry(february, februaryKey);
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getAmount()).isEqualTo("125000.50");
        assertThat(again.getRecordedAt()).isEqualTo(first.getRecordedAt());
        ledger.recordRevenueEntry(entry(town, "2025-03", RevenueCategory.TAX_NEW_ENTERPRISE, "80000.00"),
                Fixtures.ref());
        ledger.recordRevenueEntry(entry(town, "2025-03", RevenueCategory.MINING_RIGHTS, "60000.00"), Fixtures.ref());

        // recorded once: February's ledger holds the one entry, the year's four
        assertThat(ledger.listTownRevenueEntries(town, null, null, null, "2025-02", null).getItems())
                .extracting(RevenueEntryView::getId).containsExactly(first.getId());
        assertThat(ledger.listTownRevenueEntries(town, null, null, null, null, 2025).getItems())
                .extracting(RevenueEntryView::getAmount)
                .containsExactly("100000.00", "125000.50", "80000.00", "60000.00");
        assertThat(ledger.getRevenueEntry(first.getId()).getAmount()).isEqualTo("125000.50");

        // 3. February's returns: 0.80 × 225,000.50 year to date − 0.80 × 100,000.00 before it.
        GetReturns200Response feb = returns.getReturns(town, "2025-02", null);
        assertThat(feb.getPeriod()).isEqualTo("2025-02");
        assertThat(feb.getIssued()).isFalse();
        ReturnLine febTax = line(feb.getLines(), RuleKind.PROPORTIONAL, tax);
        assertThat(febTax.getYtdBase()).isEqualTo("225000.50");
        assertThat(febTax.getYtdReturn()).isEqualTo("180000.40");
        assertThat(febTax.getPreviousYtdReturn()).isEqualTo("80000.00");
        assertThat(febTax.getAmount()).isEqualTo("100000.40");
        assertThat(febTax.getPayable()).isEqualTo("100000.40");
        assertThat(febTax.getEarmark()).isNull();
        assertThat(febTax.getPolicyId()).isEqualTo(policy.getId());
        assertThat(line(feb.getLines(), RuleKind.PROPORTIONAL, mining).getAmount()).isEqualTo("0.00");
        assertThat(feb.getTotalPayable()).isEqualTo("100000.40");
        OutstandingRow febGeneral = row(feb.getDisbursement(), "2025-02", null);
        assertThat(febGeneral.getDisbursed()).isEqualTo("0.00");
        assertThat(febGeneral.getOutstanding()).isEqualTo("100000.40");

        // the year's returns, per rule and in total
        GetReturns200Response year = returns.getReturns(town, null, 2025);
        assertThat(year.getYear()).isEqualTo(2025);
        assertThat(year.getThroughMonth()).isEqualTo(12);
        assertThat(year.getTotalAmount()).isEqualTo("274000.40");
        assertThat(year.getRules()).hasSize(2);
        RuleLines taxRule = year.getRules().stream().filter(r -> tax.equals(r.getCategories())).findFirst()
                .orElseThrow();
        RuleLines miningRule = year.getRules().stream().filter(r -> mining.equals(r.getCategories())).findFirst()
                .orElseThrow();
        assertThat(taxRule.getLines()).hasSize(12);
        assertThat(taxRule.getLines().subList(0, 4)).extracting(ReturnLine::getAmount)
                .containsExactly("80000.00", "100000.40", "64000.00", "0.00");
        assertThat(taxRule.getTotalPayable()).isEqualTo("244000.40");
        assertThat(miningRule.getEarmark()).isEqualTo(GEO);
        assertThat(miningRule.getLines().get(2).getAmount()).isEqualTo("30000.00");
        assertThat(miningRule.getTotalPayable()).isEqualTo("30000.00");

        // the town's clerk reads its own town's returns alike
        assertThat(clerkReturns.getReturns(town, null, 2025).getTotalAmount()).isEqualTo("274000.40");

        // 4. A transfer of part of February's return, resent under the same Idempotency-Key (without the key the same
        // voucher number would be refused, 409 DUPLICATE_VOUCHER): the first transfer is answered again.
        NewDisbursement transfer = new NewDisbursement().period("2025-02").voucherNo("V-" + Fixtures.ref())
                .date(LocalDate.of(2025, 3, 10)).amount("60000.00").note("二月份返还（部分）");
        String transferKey = "transfer-" + town + "-2025-02";
        DisbursementView made = disbursements.recordDisbursement(town, transfer, transferKey);
        assertThat(made.getTownCode()).isEqualTo(town);
        assertThat(made.getPeriod()).isEqualTo("2025-02");
        assertThat(made.getEarmark()).isNull();
        assertThat(made.getAmount()).isEqualTo("60000.00");
        DisbursementView replayed = disbursements.recordDisbursement(town, transfer, transferKey);
        assertThat(replayed.getId()).isEqualTo(made.getId());
        assertThat(replayed.getRecordedAt()).isEqualTo(made.getRecordedAt());
        assertThat(disbursements.listDisbursements(town, null, null, 2025).getItems())
                .extracting(DisbursementView::getId).containsExactly(made.getId());

        // what is left of February's general return after it
        OutstandingRow febAfter = row(returns.getReturns(town, "2025-02", null).getDisbursement(), "2025-02", null);
        assertThat(febAfter.getDisbursed()).isEqualTo("60000.00");
        assertThat(febAfter.getOutstanding()).isEqualTo("40000.40");

        // 5. Refused: a transfer one fen above what is outstanding, and a write by the town's clerk.
        ApiException over = catchThrowableOfType(ApiException.class,
                () -> disbursements.recordDisbursement(town, new NewDisbursement().period("2025-02")
                        .voucherNo("V-" + Fixtures.ref()).date(LocalDate.of(2025, 3, 20)).amount("40000.41"),
                        "over-" + town));
        assertThat(over.getResponse().getStatus()).isEqualTo(409);
        Problem overProblem = problem(over);
        assertThat(overProblem.getStatus()).isEqualTo(409);
        assertThat(overProblem.getCode()).isEqualTo("OVER_DISBURSEMENT");
        assertThat(overProblem.getDetail()).contains("outstanding 40,000.40");

        ApiException clerkWrite = catchThrowableOfType(ApiException.class, () -> clerkLedger.recordRevenueEntry(
                entry(town, "2025-04", RevenueCategory.TAX_NEW_ENTERPRISE, "1.00"), "clerk-" + town));
        assertThat(clerkWrite.getResponse().getStatus()).isEqualTo(403);
        assertThat(problem(clerkWrite).getCode()).isEqualTo("FORBIDDEN");
        // nothing was done by either
        assertThat(disbursements.listDisbursements(town, null, null, 2025).getItems()).hasSize(1);
        assertThat(ledger.listTownRevenueEntries(town, null, null, null, "2025-04", null).getItems()).isEmpty();

        // 6. Outstanding on 15 April 2025: February's general return was due on 31 March and is late.
        OutstandingView outstanding = disbursements.getOutstandingReturns(town, LocalDate.parse("2025-04-15"), 2025);
        OutstandingRow late = row(outstanding.getItems(), "2025-02", null);
        assertThat(late.getComputed()).isEqualTo("100000.40");
        assertThat(late.getDisbursed()).isEqualTo("60000.00");
        assertThat(late.getOutstanding()).isEqualTo("40000.40");
        assertThat(late.getDueDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(late.getProvisional()).isFalse();
        assertThat(late.getStatus()).isEqualTo(DisbursementStatus.LATE);
        OutstandingRow marchGeo = row(outstanding.getItems(), "2025-03", GEO);
        assertThat(marchGeo.getOutstanding()).isEqualTo("30000.00");

        // the rest of February's return goes out; February is paid
        disbursements.recordDisbursement(town, new NewDisbursement().period("2025-02").voucherNo("V-" + Fixtures.ref())
                .date(LocalDate.of(2025, 4, 20)).amount("40000.40"), "rest-" + town);
        OutstandingRow paid = row(disbursements.getOutstandingReturns(town, LocalDate.parse("2025-04-30"), 2025).getItems(),
                "2025-02", null);
        assertThat(paid.getDisbursed()).isEqualTo("100000.40");
        assertThat(paid.getOutstanding()).isEqualTo("0.00");
        assertThat(paid.getStatus()).isEqualTo(DisbursementStatus.PAID);
    }
}
