package org.openrcm.events.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

    @ParameterizedTest
    @ValueSource(strings = { "1234567893", "1245319599", "1679576722" })
    void acceptsNpisWithTheirLuhnCheckDigit(String npi) {
        assertThat(Npi.isValid(npi)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "1234567890", "1245319598", "123456789", "12345678931", "12345678a3", "" })
    void rejectsWrongCheckDigitsAndMalformedNumbers(String npi) {
        assertThat(Npi.isValid(npi)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void rejectsNull() {
        assertThat(Npi.isValid(null)).isFalse();
    }
}
