package org.townreform.personnel.person;

import java.time.LocalDate;
import java.util.Optional;

import org.townreform.common.error.Problems;
import org.townreform.common.id.ResidentIdNumber;

/** Rules on people that need no database. */
public final class PersonRules {
    private PersonRules() {
    }

    /**
     * What is wrong with a resident ID number for a person recorded on {@code today}: the number itself (GB 11643-1999:
     * 18 characters, a real birth date not before 1900, the MOD 11-2 check character), or a birth date that has not
     * happened yet — a number with a valid check character can still be no one's.
     */
    public static Optional<String> residentIdProblem(String raw, LocalDate today) {
        Optional<String> problem = ResidentIdNumber.problem(raw);
        if (problem.isPresent()) {
            return problem;
        }
        LocalDate birth = ResidentIdNumber.parse(raw).birthDate();
        if (birth.isAfter(today)) {
            return Optional.of("the embedded birth date " + birth + " is in the future (today is " + today + ")");
        }
        return Optional.empty();
    }

    /** 400 {@code VALIDATION_FAILED} with a field error on {@code residentId} when the number is not a person's. */
    public static ResidentIdNumber checkResidentId(String raw, LocalDate today) {
        residentIdProblem(raw, today).ifPresent(reason -> {
            throw Problems.invalid("residentId", "is not a valid resident ID number: " + reason)
                    .basis("《公民身份号码》GB 11643-1999");
        });
        return ResidentIdNumber.parse(raw);
    }
}
