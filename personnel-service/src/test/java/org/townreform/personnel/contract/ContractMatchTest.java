package org.townreform.personnel.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The contract matcher itself must catch drift, or the provider test could not fail. */
class ContractMatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> match(String expected, String actual, boolean exact) throws Exception {
        JsonNode e = JSON.readTree(expected);
        JsonNode a = JSON.readTree(actual);
        List<String> out = new ArrayList<>();
        CertificateContractTest.match("$", e, a, exact, out);
        return out;
    }

    @Test
    void placeholdersMatchAnyValueOfTheirType() throws Exception {
        assertThat(match("{\"id\":\"<number>\",\"n\":\"<string>\"}", "{\"id\":7,\"n\":\"x\"}", true)).isEmpty();
        assertThat(match("{\"id\":\"<number>\"}", "{\"id\":\"7\"}", true)).hasSize(1);
        assertThat(match("{\"n\":\"<string>\"}", "{\"n\":7}", true)).hasSize(1);
    }

    @Test
    void recordedValuesMustBeEqual() throws Exception {
        assertThat(match("{\"valid\":true}", "{\"valid\":false}", true)).hasSize(1);
        assertThat(match("{\"date\":\"2026-03-02\"}", "{\"date\":\"2026-03-03\"}", true)).hasSize(1);
        assertThat(match("{\"status\":404}", "{\"status\":404.0}", true)).isEmpty();
    }

    @Test
    void fieldsAndListsMustHaveTheRecordedShape() throws Exception {
        assertThat(match("{\"a\":1,\"b\":2}", "{\"a\":1}", true)).containsExactly("$.b: missing");
        assertThat(match("{\"a\":1}", "{\"a\":1,\"extra\":2}", true)).containsExactly("$.extra: not in the contract");
        assertThat(match("{\"a\":1}", "{\"a\":1,\"extra\":2}", false)).isEmpty();
        assertThat(match("{\"l\":[1]}", "{\"l\":[]}", true)).hasSize(1);
        assertThat(match("{\"l\":[]}", "{\"l\":[1]}", true)).hasSize(1);
    }
}
