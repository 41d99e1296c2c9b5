package org.townreform.gateway.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.townreform.gateway.Subgraphs;

import graphql.schema.GraphQLObjectType;

class SupergraphTest {
    private final Supergraph supergraph = Subgraphs.SUPERGRAPH;

    @Test
    void townIsOneTypeWithTheFieldsOfAllThreeSubgraphs() {
        GraphQLObjectType town = supergraph.schema().getObjectType("Town");
        assertThat(town.getFieldDefinition("name")).isNotNull();
        assertThat(town.getFieldDefinition("fiscal")).isNotNull();
        assertThat(town.getFieldDefinition("licensing")).isNotNull();
        assertThat(supergraph.owners("Town", "name")).containsExactly("personnel");
        assertThat(supergraph.owners("Town", "fiscal")).containsExactly("fiscal");
        assertThat(supergraph.owners("Town", "licensing")).containsExactly("license");
        // The key field is resolvable wherever it is declared.
        assertThat(supergraph.owners("Town", "code")).containsExactly("personnel", "fiscal", "license");
    }

    @Test
    void keysAreRecordedOnlyWhereTheyResolve() {
        assertThat(supergraph.key("Town", "personnel")).contains(List.of("code"));
        assertThat(supergraph.key("Town", "fiscal")).contains(List.of("code"));
        assertThat(supergraph.key("Person", "personnel")).contains(List.of("id"));
        // license declares Person @key(resolvable: false): a reference, not a resolver.
        assertThat(supergraph.key("Person", "license")).isEmpty();
        assertThat(supergraph.owners("Decision", "reviewer")).containsExactly("license");
    }

    @Test
    void rootFieldsAreRoutedToTheirSubgraph() {
        assertThat(supergraph.owners("Query", "countyDashboard")).containsExactly("personnel");
        assertThat(supergraph.owners("Query", "fiscalYearViews")).containsExactly("fiscal");
        assertThat(supergraph.owners("Query", "towns")).containsExactly("personnel");
    }

    @Test
    void thePublicSchemaHasNoFederationMachinery() {
        assertThat(supergraph.schema().getQueryType().getFieldDefinition("_entities")).isNull();
        assertThat(supergraph.schema().getQueryType().getFieldDefinition("_service")).isNull();
        assertThat(supergraph.schema().getType("_Any")).isNull();
        assertThat(supergraph.schema().getType("_Entity")).isNull();
        assertThat(supergraph.schema().getType("FieldSet")).isNull();
        assertThat(supergraph.sdl()).doesNotContain("@key").doesNotContain("_entities").doesNotContain("link__")
                .contains("countyDashboard").contains("fiscal(");
        assertThat(supergraph.schema().getMutationType()).isNotNull();
    }

    @Test
    void unsupportedFederationFeaturesFailComposition() {
        Map<String, String> sdl = new LinkedHashMap<>();
        sdl.put("a", "type Query { t: T } type T @key(fields: \"id\") { id: ID }");
        sdl.put("b", "type Query { x: Int } type T @key(fields: \"id\") { id: ID w: Int @requires(fields: \"id\") }");
        assertThatThrownBy(() -> Supergraph.compose(sdl)).hasMessageContaining("@requires");
    }
}
