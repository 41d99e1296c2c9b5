package org.townreform.personnel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcellentShareTest {
    private static final BigDecimal SHARE = new BigDecimal("0.20");

    @ParameterizedTest(name = "{0} assessed → at most {1} EXCELLENT")
    @CsvSource({"0,0", "1,0", "4,0", "5,1", "9,1", "10,2", "14,2", "15,3", "19,3", "20,4", "101,20"})
    void twentyPercentRoundedDownButOneFromFive(int assessed, int max) {
        assertThat(ExcellentShare.maxExcellent(assessed, SHARE, 5)).isEqualTo(max);
    }

    @ParameterizedTest
    @CsvSource({"0.15,6,1", "0.15,3,0", "0.50,3,1", "0.33,3,0", "0.34,3,1", "0.10,4,0"})
    void theShareAndMinimumAreData(String share, int assessed, int max) {
        assertThat(ExcellentShare.maxExcellent(assessed, new BigDecimal(share), 5)).isEqualTo(max);
    }

    @ParameterizedTest
    @CsvSource({"0,5,true", "1,5,false", "1,10,true", "2,10,false", "0,4,false"})
    void roomForOneMoreCountsTheOneBeingEntered(int excellentNow, int assessed, boolean room) {
        assertThat(ExcellentShare.roomForOneMore(excellentNow, assessed, SHARE, 5)).isEqualTo(room);
    }
}
