package org.townreform.common.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void acceptsTheStandardsOwnExampleWithAnXCheckCharacter() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(ResidentIdNumber.Gender.FEMALE);
    }

    @Test
    void derivesGenderFromTheSequenceCode() {
        assertThat(ResidentIdNumber.parse("441900198506121239").gender()).isEqualTo(ResidentIdNumber.Gender.MALE);
        assertThat(ResidentIdNumber.parse("520323197809150041").gender()).isEqualTo(ResidentIdNumber.Gender.FEMALE);
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThat(ResidentIdNumber.problem("441900198506121238")).hasValueSatisfying(
                reason -> assertThat(reason).contains("check character"));
    }

    @Test
    void refusesAnImpossibleBirthDateEvenWithAMatchingCheckDigit() {
        // 1990-02-30 does not exist; the check digit 0 is right for the other 17 characters.
        assertThat(ResidentIdNumber.problem("441900199002301230")).hasValueSatisfying(
                reason -> assertThat(reason).contains("not a real date"));
    }

    @Test
    void refusesWrongLengthAndLetters() {
        assertThat(ResidentIdNumber.isValid("4419001985061212")).isFalse();
        assertThat(ResidentIdNumber.isValid("44190019850612123A")).isFalse();
        assertThat(ResidentIdNumber.isValid("4419001985061A1239")).isFalse();
        assertThat(ResidentIdNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> ResidentIdNumber.parse("123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        assertThat(ResidentIdNumber.parse("441900198506121239").masked()).isEqualTo("4419**********1239");
    }
}
