package com.hallkiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.device.idcard.ForeignCardLayout;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.IdCardText;
import com.hallkiosk.device.idcard.ReadAnswer;
import com.hallkiosk.device.idcard.SamCommand;
import com.hallkiosk.device.idcard.SamResponse;
import com.hallkiosk.device.idcard.emulator.EmulatedIdCardModule;
import com.hallkiosk.device.idcard.emulator.SamModuleEmulator;
import com.hallkiosk.device.sscard.PcscContexts;
import com.hallkiosk.device.sscard.PinResult;
import com.hallkiosk.device.sscard.PcscSocialSecurityCardReader;
import com.hallkiosk.device.sscard.ReaderSettings;
import com.hallkiosk.device.sscard.SocialSecurityCard;
import com.hallkiosk.device.sscard.SocialSecurityCardReader;
import com.hallkiosk.device.sscard.emulator.ScriptedCard;
import com.hallkiosk.device.sscard.emulator.VirtualCardProvider;
import com.hallkiosk.device.sscard.emulator.VirtualReader;
import com.hallkiosk.device.sscard.emulator.VirtualReaders;
import com.hallkiosk.device.sscard.emulator.VirtualSocialSecurityCard;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo cards read back through the drivers' own code: the ID card from the emulated module's READ
 * answer through the driver's frame and text parsing, the 社保卡 through the PC/SC reader over the
 * in-process virtual reader. Both give the person the card was made for. The cards are put on the
 * emulators through the {@link DemoCardDesk}, as the demo's technician panel will.
 */
class DemoCardReadBackTest {
    private static final String READER = "Virtual Reader 00 00";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static DemoCards cards;

    private final SamModuleEmulator module = new SamModuleEmulator(EmulatedIdCardModule.SAM_ID, 1);
    private final VirtualReaders readers = new VirtualReaders();
    private final VirtualReader slot = readers.plugIn(READER, false);
    private final SocialSecurityCardReader reader = new PcscSocialSecurityCardReader(
            PcscContexts.of(new VirtualCardProvider(readers).terminalFactory()),
            ReaderSettings.defaults().withReaderName("Virtual Reader").withPresencePoll(Duration.ofMillis(100)),
            Clock.systemUTC());
    private final DemoCardDesk desk = new DemoCardDesk(cards, new EmulatorsInThisProcess(module, slot));

    @BeforeAll
    static void makeTheCards() {
        cards = DemoCards.of(new DemoPopulation(DemoCardsTest.DEMO_SEED, DemoPopulation.DEFAULT_SIZE, DemoCardsTest.AS_OF));
    }

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void everyIdCardReadsBackAsItsHolder() {
        for (DemoCardHolder holder : cards.all()) {
            desk.placeIdCard(holder.key());
            IdCard read = readIdCard();
            IdCard made = holder.idCard();
            assertThat(read.name()).as(holder.key()).isEqualTo(holder.person().person().name());
            assertThat(read.idNumber()).as(holder.key()).isEqualTo(holder.person().person().idNumber());
            assertThat(read.gender()).as(holder.key()).isEqualTo(holder.person().person().gender());
            assertThat(read.birth()).as(holder.key()).isEqualTo(holder.person().person().birthDate());
            assertThat(read.nation()).as(holder.key()).isEqualTo(made.nation());
            assertThat(read.address()).as(holder.key()).isEqualTo(made.address()).startsWith("辽宁省");
            assertThat(read.issuer()).as(holder.key()).isEqualTo(made.issuer()).contains("公安局");
            assertThat(read.validFrom()).as(holder.key()).isEqualTo(made.validFrom());
            assertThat(read.validTo()).as(holder.key()).isEqualTo(made.validTo());
            assertThat(read.photoWlt()).as(holder.key()).isEqualTo(made.photoWlt());
            desk.removeIdCard();
        }
    }

    @Test
    void every社保卡ReadsBackAsItsHolderWithTheNationOfTheIdCard() throws Exception {
        reader.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        reader.enable().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        for (DemoCardHolder holder : cards.all()) {
            desk.insertSocialSecurityCard(holder.key());
            SocialSecurityCard read = reader.read().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            ScriptedCard made = holder.socialSecurityCard();
            assertThat(read.name()).as(holder.key()).isEqualTo(holder.person().person().name());
            assertThat(read.socialSecurityNumber()).as(holder.key()).isEqualTo(holder.person().person().idNumber());
            assertThat(read.cardNumber()).as(holder.key()).isEqualTo(holder.person().card().cardNumber());
            assertThat(read.issueDate()).as(holder.key()).isEqualTo(holder.person().card().issueDate());
            assertThat(read.expiryDate()).as(holder.key()).isEqualTo(holder.person().card().expiryDate());
            assertThat(read.gender()).as(holder.key()).isEqualTo(holder.person().person().gender());
            assertThat(read.birthDate()).as(holder.key()).isEqualTo(holder.person().person().birthDate());
            assertThat(read.ethnicity()).as(holder.key()).isEqualTo(holder.idCard().nation());
            assertThat(read.birthplace()).as(holder.key()).isEqualTo(holder.idCard().idNumber().substring(0, 6));
            assertThat(read.issuingRegion()).as(holder.key()).isEqualTo(made.cardIdentifier().substring(0, 6));
            desk.removeSocialSecurityCard();
        }
    }

    @Test
    void theLockedCardsChipRefusesThePinAndTheOthersTakeIt() throws Exception {
        reader.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        reader.enable().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        desk.insertSocialSecurityCard(DemoCase.PIN_LOCKED.key());
        assertThat(reader.verifyPin(DemoPopulation.DEMO_PIN.toCharArray()).get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(PinResult.Blocked.class);
        desk.insertSocialSecurityCard(DemoCase.TRIES_USED.key());
        assertThat(reader.verifyPin(DemoPopulation.DEMO_PIN.toCharArray()).get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isInstanceOf(PinResult.Ok.class);
        desk.insertSocialSecurityCard(DemoCase.PIN_LOCKED.key(), 6);
        assertThat(reader.verifyPin(DemoPopulation.DEMO_PIN.toCharArray()).get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .as("after a reset at the central, inserted with the central's tries").isInstanceOf(PinResult.Ok.class);
    }

    @Test
    void theIdCardOfOnePersonAndThe社保卡OfAnotherCanBePresentedTogether() throws Exception {
        reader.open().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        reader.enable().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        desk.placeIdCard(DemoCase.NORMAL.key());
        desk.insertSocialSecurityCard(DemoCase.SEALED.key());
        assertThat(readIdCard().idNumber()).isNotEqualTo(
                reader.read().get(WAIT.toMillis(), TimeUnit.MILLISECONDS).socialSecurityNumber());
    }

    @Test
    void anUnknownKeyNamesTheKeysThereAre() {
        assertThatThrownBy(() -> desk.presentBoth("nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nobody").hasMessageContaining("temp-lost").hasMessageContaining("rare-name");
    }

    /** The driver's parsing path: the answer frame, its parts, the 256-byte text block. */
    private IdCard readIdCard() {
        assertThat(SamResponse.parse(module.answer(SamCommand.FIND_CARD.request())).sw3()).isEqualTo(0x9F);
        module.answer(SamCommand.SELECT_CARD.request());
        ReadAnswer parts = ReadAnswer.parse(SamResponse.parse(module.answer(SamCommand.READ.request())).data(), false);
        return new IdCardText(ForeignCardLayout.VENDOR_SDK_ORDER).decode(parts.text(), parts.photo(), Optional.empty());
    }

    /** The emulators themselves, without a pty: the same module and virtual reader the demo runs. */
    private record EmulatorsInThisProcess(SamModuleEmulator module, VirtualReader slot) implements EmulatedReaders {
        @Override
        public void placeIdCard(IdCard card) {
            module.place(card);
        }

        @Override
        public void removeIdCard() {
            module.remove();
        }

        @Override
        public void insertSocialSecurityCard(VirtualSocialSecurityCard card) {
            slot.insert(card);
        }

        @Override
        public void removeSocialSecurityCard() {
            slot.remove();
        }

        @Override
        public void stepUpToCamera(String idNumber, boolean holdingUpAPhoto) {
            // No camera in this test: it reads the cards back.
        }
    }
}
