package org.townreform.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleBasisTest {

    @Test
    void a_refusal_carries_the_basis_registered_for_its_code() {
        RuleBasis.register("TEST_RULE_BROKEN", "《测试条例》第一条");

        ProblemException refusal = Problems.conflict("TEST_RULE_BROKEN", "the rule was broken");

        assertThat(refusal.basis()).isEqualTo("《测试条例》第一条");
        assertThat(Problem.of(refusal, "/x", "r1").basis()).isEqualTo("《测试条例》第一条");
        assertThat(refusal.getExtensions()).containsEntry("basis", "《测试条例》第一条").containsEntry("code",
                "TEST_RULE_BROKEN");
    }

    @Test
    void a_refusal_may_name_another_clause_than_its_codes() {
        RuleBasis.register("TEST_RULE_TWO", "《测试条例》第二条");

        ProblemException refusal = Problems.unprocessable("TEST_RULE_TWO", "x").basis("《测试条例》第三条");

        assertThat(refusal.basis()).isEqualTo("《测试条例》第三条");
        assertThat(refusal.getExtensions()).containsEntry("basis", "《测试条例》第三条");
    }

    @Test
    void validation_has_no_basis() {
        ProblemException refusal = Problems.invalid("name", "must not be blank");

        assertThat(refusal.basis()).isNull();
        assertThat(Problem.of(refusal, "/x", "r1").basis()).isNull();
        assertThat(refusal.getExtensions()).doesNotContainKey("basis");
    }

    @Test
    void a_basis_must_say_something() {
        assertThatThrownBy(() -> RuleBasis.register("TEST_EMPTY", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
