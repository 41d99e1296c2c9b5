package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.response.Response;

/** Checks of a partial answer: which fields are missing, and the errors that say so. */
final class PartialAnswers {
    private PartialAnswers() {
    }

    /**
     * Every town of {@code data.<root>.towns} has an error with path {@code [root, "towns", i, field]} and
     * {@code extensions.code} {@code code}; no error names anything else.
     */
    static void assertEveryTownsFieldFailed(Response r, String root, String field, String code) {
        List<Map<String, Object>> errors = r.jsonPath().getList("errors");
        assertThat(errors).as(Gql.brief(r)).isNotEmpty();
        int towns = r.jsonPath().getList("data." + root + ".towns").size();
        Set<List<Object>> paths = new HashSet<>();
        for (Map<String, Object> error : errors) {
            assertThat(error.get("message")).as("message of %s", error).isInstanceOf(String.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertThat(extensions).as("extensions of %s", error).isNotNull().containsEntry("code", code);
            @SuppressWarnings("unchecked")
            List<Object> path = (List<Object>) error.get("path");
            assertThat(path).as("path of %s", error).isNotNull().hasSize(4);
            assertThat(path.get(0)).isEqualTo(root);
            assertThat(path.get(1)).isEqualTo("towns");
            assertThat(path.get(3)).isEqualTo(field);
            paths.add(new ArrayList<>(List.of(path.get(0), path.get(1), ((Number) path.get(2)).intValue(), path.get(3))));
        }
        Set<List<Object>> expected = new HashSet<>();
        for (int i = 0; i < towns; i++) {
            expected.add(new ArrayList<>(List.of(root, "towns", i, field)));
        }
        assertThat(paths).as("one error path per town's missing " + field).isEqualTo(expected);
    }
}
