package org.openrcm.x12;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryControlNumbersTest {

  @Test
  void numbersCountPerSenderReceiverPairAndWrapAfterNineDigits() {
    InMemoryControlNumbers numbers = new InMemoryControlNumbers(999_999_999L);

    assertThat(numbers.nextInterchange("A", "B")).isEqualTo(999_999_999L);
    assertThat(numbers.nextInterchange("A", "B")).isEqualTo(1L);
    assertThat(numbers.nextInterchange("A", "C")).isEqualTo(999_999_999L);
    assertThat(numbers.nextGroup("A", "B")).isEqualTo(999_999_999L);
  }
}
