package com.hallkiosk.device.pinpad;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeypadLayoutTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void everyLayoutHoldsEachDigitOnceAndTheFunctionKeysInPlace() {
        for (int i = 0; i < 200; i++) {
            KeypadLayout layout = KeypadLayout.shuffled(random);
            assertThat(layout.digitOrder().chars().sorted().toArray()).isEqualTo("0123456789".chars().toArray());
            assertThat(layout.rows()).hasSize(5);
            assertThat(layout.rows().get(3).get(0)).isEqualTo(KeypadLayout.CLEAR);
            assertThat(layout.rows().get(3).get(2)).isEqualTo(KeypadLayout.BACKSPACE);
            assertThat(layout.rows().get(4)).isEqualTo(List.of(KeypadLayout.CANCEL, KeypadLayout.ENTER));
        }
    }

    @Test
    void layoutsDifferBetweenEntries() {
        Set<String> orders = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            orders.add(KeypadLayout.shuffled(random).digitOrder());
        }
        // 10! orders: 50 draws with a repeat would be a broken shuffle, not bad luck.
        assertThat(orders).hasSize(50);
    }

    @Test
    void everyDigitReachesEveryPosition() {
        int[][] seen = new int[10][10];
        for (int i = 0; i < 2000; i++) {
            String order = KeypadLayout.shuffled(random).digitOrder();
            for (int position = 0; position < 10; position++) {
                seen[order.charAt(position) - '0'][position]++;
            }
        }
        for (int[] digit : seen) {
            // About 200 each; a shuffle that favours positions would leave some far below.
            assertThat(java.util.Arrays.stream(digit).min().orElseThrow()).isGreaterThan(120);
        }
    }

    @Test
    void neitherKeysNorLayoutNameDigitsInText() {
        KeypadLayout layout = KeypadLayout.shuffled(random);
        assertThat(layout.toString()).doesNotContainPattern("[0-9]{2}");
        assertThat(layout.rows().get(0).get(0).toString()).doesNotContainPattern("[0-9]");
    }
}
