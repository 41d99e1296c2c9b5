package org.townreform.fiscal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AmountsTest {
    @Test
    void halfUpToTheCent() {
        assertThat(Amounts.round(new BigDecimal("0.005"))).isEqualTo(new BigDecimal("0.01"));
        assertThat(Amounts.round(new BigDecimal("-0.005"))).isEqualTo(new BigDecimal("-0.01"));
        assertThat(Amounts.round(new BigDecimal("0.0049999"))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void figuresAsWrittenInFormulas() {
        assertThat(Amounts.money(new BigDecimal("1250000"))).isEqualTo("1,250,000.00");
        assertThat(Amounts.money(new BigDecimal("99999999999999.99"))).isEqualTo("99,999,999,999,999.99");
        assertThat(Amounts.exact(new BigDecimal("812.508125"))).isEqualTo("812.508125");
        assertThat(Amounts.rate(new BigDecimal("0.8000"))).isEqualTo("0.80");
        assertThat(Amounts.rate(new BigDecimal("0.625"))).isEqualTo("0.625");
    }
}
