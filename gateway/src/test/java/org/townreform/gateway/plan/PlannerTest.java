package org.townreform.gateway.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.gateway.Subgraphs;

import graphql.parser.Parser;

public class PlannerTest {
    public static final String DASHBOARD = """
            query Dashboard($year: Int!) {
              countyDashboard(year: $year) {
                year
                towns {
                  code name
                  personnel { asOf }
                  fiscal(year: $year) { year }
                  licensing { asOf }
                }
              }
            }""";

    private final Planner planner = new Planner(Subgraphs.SUPERGRAPH);

    private Plan plan(String query) {
        return planner.plan(Parser.parse(query), null, Map.of());
    }

    @Test
    void theDashboardIsOnePersonnelRequestThenOneEntitiesRequestPerOtherSubgraph() {
        Plan plan = plan(DASHBOARD);

        assertThat(plan.fetches()).hasSize(1);
        Fetch root = plan.fetches().get(0);
        assertThat(root.subgraph()).isEqualTo("personnel");
        assertThat(root.query()).isEqualTo("query($year:Int!){countyDashboard(year:$year){year towns{code name"
                + " personnel{asOf} _gwk_code:code}}}");
        assertThat(root.children()).extracting(Fetch::subgraph).containsExactly("fiscal", "license");
        Fetch fiscal = root.children().get(0);
        assertThat(fiscal.entityType()).isEqualTo("Town");
        assertThat(fiscal.keyFields()).containsExactly("code");
        assertThat(fiscal.paths()).containsExactly(List.of("countyDashboard", "towns"));
        assertThat(fiscal.variables()).containsExactly("year");
        assertThat(fiscal.query()).isEqualTo("query($_gw_representations:[_Any!]!,$year:Int!){_entities("
                + "representations:$_gw_representations){...on Town{fiscal(year:$year){year}}}}");
        assertThat(root.children().get(1).query()).doesNotContain("$year");
        assertThat(plan.requestCount()).isEqualTo(3);
        assertThat(plan.depth()).isEqualTo(4);
    }

    @Test
    void fragmentsAreExpandedAndAliasesKept() {
        Plan plan = plan("""
                { a: town(code: "441900113") { ...T } b: town(code: "520323104") { ...T n: name } }
                fragment T on Town { code fiscal(year: 2025) { year } ... on Town { licensing { asOf } } }""");

        Fetch root = plan.fetches().get(0);
        assertThat(root.query()).isEqualTo("query{a:town(code:\"441900113\"){code _gwk_code:code}"
                + " b:town(code:\"520323104\"){code n:name _gwk_code:code}}");
        // Same subgraph, type and selection under two paths: still one request per subgraph.
        assertThat(root.children()).hasSize(2);
        assertThat(root.children().get(0).paths()).containsExactly(List.of("a"), List.of("b"));
        assertThat(plan.fields().get(1).children()).extracting(PField::responseKey)
                .containsExactly("code", "fiscal", "licensing", "n");
    }

    @Test
    void aReferenceToAnotherSubgraphsEntityAddsItsKeyAndOneNestedRequest() {
        Plan plan = plan("""
                { application(id: "1") { decision { reviewer { name } } } }""");
        Fetch root = plan.fetches().get(0);
        assertThat(root.subgraph()).isEqualTo("license");
        assertThat(root.query()).contains("reviewer{_gwk_id:id}");
        assertThat(root.children()).singleElement().satisfies(person -> {
            assertThat(person.subgraph()).isEqualTo("personnel");
            assertThat(person.entityType()).isEqualTo("Person");
            assertThat(person.paths()).containsExactly(List.of("application", "decision", "reviewer"));
        });
    }

    @Test
    void rootFieldsOfDifferentSubgraphsRunAsParallelRequests() {
        Plan plan = plan("""
                { towns(first: 2) { totalCount } fiscalYearViews(townCodes: ["1"], year: 2025) { year } }""");
        assertThat(plan.fetches()).extracting(Fetch::subgraph).containsExactly("personnel", "fiscal");
    }

    @Test
    void skipAndIncludeFollowTheVariables() {
        String query = "query($f: Boolean!) { town(code: \"1\") { name fiscal(year: 2025) @include(if: $f) { year } } }";
        assertThat(Planner.conditionVariables(Parser.parse(query))).containsExactly("f");
        Plan without = planner.plan(Parser.parse(query), null, Map.of("f", false));
        Plan with = planner.plan(Parser.parse(query), null, Map.of("f", true));
        assertThat(without.requestCount()).isEqualTo(1);
        assertThat(with.requestCount()).isEqualTo(2);
        assertThat(without.fetches().get(0).query()).doesNotContain("$f").doesNotContain("_gwk_");
    }

    @Test
    void depthAndComplexityAreMeasuredWithFragmentsExpanded() {
        Plan plan = plan("{ towns { edges { node { ...T } } } } fragment T on Town { code name }");
        assertThat(plan.depth()).isEqualTo(4);
        assertThat(plan.complexity()).isEqualTo(5);
    }

    @Test
    void introspectionNextToDataIsRefused() {
        assertThatThrownBy(() -> plan("{ __schema { queryType { name } } towns { totalCount } }"))
                .isInstanceOf(PlanningException.class);
        assertThat(plan("{ __schema { queryType { name } } }").introspection()).isTrue();
    }

    @Test
    void mutationsKeepTheirOrder() {
        Plan plan = planner.plan(Parser.parse("mutation { a: __typename }"), null, Map.of());
        assertThat(plan.isMutation()).isTrue();
        assertThat(plan.fetches()).isEmpty();
    }
}
