package com.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.config.ItemsConfig.Profile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemsConfigLoaderTest {
    private static final List<String> ITEMS = List.of("card-status", "card-activation");

    @TempDir
    Path directory;

    private ItemsConfig load(String text) throws Exception {
        Files.writeString(directory.resolve(ItemsConfigLoader.FILE_NAME), text, StandardCharsets.UTF_8);
        return new ItemsConfigLoader(ITEMS).load(directory);
    }

    @Test
    void theShippedFileLoadsAsAHallWithNothingLeftOut() throws Exception {
        ItemsConfig config = new ItemsConfigLoader(ITEMS).load(Path.of("kiosk-config"));
        assertThat(config.profile()).isEqualTo(Profile.HALL);
        assertThat(config.disables("card-status")).isFalse();
    }

    @Test
    void aBankLeavesOutItsOwnListAndNotTheHalls() throws Exception {
        ItemsConfig config = load("kiosk.profile=bank\nitems.bank.disabled=card-activation, card-status\n"
                + "items.hall.disabled=\n");
        assertThat(config.profile()).isEqualTo(Profile.BANK);
        assertThat(config.disables("card-status")).isTrue();
        assertThat(config.disabled().get(Profile.HALL)).isEmpty();
    }

    @Test
    void anUnknownProfileIsNamedWithTheFileAndTheChoices() {
        assertThatThrownBy(() -> load("kiosk.profile=mall\n")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining(ItemsConfigLoader.FILE_NAME).hasMessageContaining("kiosk.profile \"mall\"")
                .hasMessageContaining("hall").hasMessageContaining("bank");
    }

    @Test
    void aMisspeltItemIsAnErrorNotAnItemLeftOn() {
        assertThatThrownBy(() -> load("items.bank.disabled=card-stauts\n")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("items.bank.disabled names \"card-stauts\"").hasMessageContaining("card-status");
    }

    @Test
    void aMisspeltKeyIsAnError() {
        assertThatThrownBy(() -> load("items.banks.disabled=card-status\n")).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("items.banks.disabled is not a setting");
    }

    @Test
    void aMissingFileSaysWhereItShouldBe() {
        assertThatThrownBy(() -> new ItemsConfigLoader(ITEMS).load(directory)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("does not exist");
    }
}
