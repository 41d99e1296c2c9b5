package org.townreform.personnel.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;
import org.townreform.common.id.ResidentIdNumber;

class PersonRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static String number(String birth) {
        String first17 = "441900" + birth + "123";
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    void aBirthDateUpToTodayIsAPersons() {
        assertThat(PersonRules.residentIdProblem(number("20260302"), TODAY)).isEmpty();
        assertThat(PersonRules.residentIdProblem(number("19000101"), TODAY)).isEmpty();
        assertThat(PersonRules.checkResidentId(number("19850615").toLowerCase(), TODAY).birthDate())
                .isEqualTo(LocalDate.of(1985, 6, 15));
    }

    @Test
    void aBirthDateInTheFutureOrBefore1900IsRefusedEvenWithAValidCheckCharacter() {
        assertThat(ResidentIdNumber.isValid(number("20260303"))).isTrue();
        assertThat(PersonRules.residentIdProblem(number("20260303"), TODAY)).get().asString()
                .contains("2026-03-03").contains("future");
        assertThat(PersonRules.residentIdProblem(number("18991231"), TODAY)).get().asString().contains("before 1900");
        assertThatThrownBy(() -> PersonRules.checkResidentId(number("20991231"), TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("residentId"));
                });
    }

    @Test
    void theNumbersOwnFaultsComeFirst() {
        assertThat(PersonRules.residentIdProblem("4419", TODAY)).get().asString().contains("18 characters");
        assertThat(PersonRules.residentIdProblem(null, TODAY)).isPresent();
    }
}
