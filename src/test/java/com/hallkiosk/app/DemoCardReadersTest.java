package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.demo.DemoCardDesk;
import com.hallkiosk.demo.DemoCards;
import com.hallkiosk.device.sscard.emulator.VirtualReader;
import com.hallkiosk.device.sscard.emulator.VirtualReaders;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desk over the app's adapter: a card goes into the virtual reader; a reader not emulated says how to fix it. */
class DemoCardReadersTest {
    private final VirtualReaders readers = new VirtualReaders();
    private final VirtualReader slot = readers.plugIn("Virtual Reader 00 00", true);
    private final DemoCardDesk desk = new DemoCardDesk(
            DemoCards.of(new DemoPopulation(Wiring.DEMO_POPULATION_SEED, DemoBackOffice.DEMO_PEOPLE, LocalDate.of(2026, 11, 22))),
            new DemoCardReaders(Optional.empty(), Optional.of(slot)));

    @Test
    void aDemo社保卡GoesIntoTheVirtualReaderAndComesOut() throws Exception {
        desk.insertSocialSecurityCard("sealed");
        assertThat(slot.isCardPresent()).isTrue();
        desk.removeSocialSecurityCard();
        assertThat(slot.isCardPresent()).isFalse();
    }

    @Test
    void anIdCardWithoutTheEmulatedModuleNamesTheSettingToChange() {
        assertThatThrownBy(() -> desk.placeIdCard("normal")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("idcard.driver=emulator");
    }
}
