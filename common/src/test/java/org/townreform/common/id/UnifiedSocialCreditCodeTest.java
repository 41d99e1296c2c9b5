package org.townreform.common.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsValidCodes() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91441900MA4UJ8KX1D")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("12441900007000000A")).isTrue();
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y44")).hasValueSatisfying(
                r -> assertThat(r).contains("check character"));
    }

    @Test
    void refusesLettersOutsideTheAlphabet() {
        // I, O, S, V and Z are not used, nor lower case.
        assertThat(UnifiedSocialCreditCode.problem("91350100I000100Y43")).hasValueSatisfying(
                r -> assertThat(r).contains("'I'"));
        assertThat(UnifiedSocialCreditCode.isValid("91350100m000100Y43")).isFalse();
    }

    @Test
    void refusesWrongLength() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("")).isFalse();
    }
}
