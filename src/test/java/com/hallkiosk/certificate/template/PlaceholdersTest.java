package com.hallkiosk.certificate.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    @Test
    void findsFillsAndStripsPlaceholders() {
        String text = "兹证明{holderName}自{firstMonth}起领取";
        assertThat(Placeholders.names(text)).containsExactly("holderName", "firstMonth");
        assertThat(Placeholders.literal(text)).isEqualTo("兹证明自起领取");
        assertThat(Placeholders.resolve(text, Map.of("holderName", "王喆", "firstMonth", "2021年03月")::get))
                .extracting(Placeholders.Piece::text).containsExactly("兹证明", "王喆", "自", "2021年03月", "起领取");
    }

    @Test
    void textWithoutPlaceholdersIsOnePiece() {
        assertThat(Placeholders.resolve("特此证明。", name -> "x")).containsExactly(new Placeholders.Piece("特此证明。", null));
    }

    @Test
    void unbalancedBracesAreRefused() {
        assertThatThrownBy(() -> Placeholders.names("{holderName")).hasMessageContaining("a { without }");
        assertThatThrownBy(() -> Placeholders.names("holderName}")).hasMessageContaining("a } without {");
        assertThatThrownBy(() -> Placeholders.names("{}")).hasMessageContaining("is not a placeholder");
        assertThatThrownBy(() -> Placeholders.names("{a{b}")).hasMessageContaining("is not a placeholder");
    }
}
