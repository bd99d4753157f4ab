package org.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NpiTest {

  @Test
  void theCheckDigitIsLuhnOverThePrefix80840() {
    assertThat(Npi.isValid("1234567893")).isTrue();
    assertThat(Npi.isValid("9876543213")).isTrue();
    assertThat(Npi.isValid("1234567890")).isFalse();
    assertThat(Npi.isValid("123456789")).isFalse();
    assertThat(Npi.isValid("12345678A3")).isFalse();
    assertThat(Npi.isValid(null)).isFalse();
  }
}
