package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.device.pinpad.TrivialPins;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.pinreset.PinResetItem;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 社会保障卡密码重置 end to end, headless: the ID card over the SAM pty, the 社保卡 in the virtual reader, the new PIN
 * twice on the on-screen keypad, the central over SQLite. No shipped catalog lets a terminal reset a PIN (003 pkg 10
 * sends it to a window), so the region is Fushun's with the item published ({@link CuratedCatalogFixture#withTerminalItem}).
 */
class PinResetFlowTest {
    private static final String NEW_PIN = "582914";

    @TempDir
    Path directory;
    private CardItemsKiosk kiosk;

    @BeforeEach
    void setUp() throws Exception {
        kiosk = CardItemsKiosk.withKeypad(directory, true);
    }

    @AfterEach
    void tearDown() throws Exception {
        kiosk.close();
    }

    private ItemController fushun() {
        Region region = CuratedCatalogFixture.withTerminalItem(ItemsFixture.region("fushun"), "社会保障卡密码修改与重置");
        return kiosk.controller(new PinResetItem(kiosk.cards), region);
    }

    /** A 正常 card whose PIN six wrong tries at the central have locked. */
    private DemoPerson lockedHolder() throws Exception {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.NORMAL, 6);
        assertThat(TrivialPins.whyRefused(NEW_PIN.toCharArray(), holder.person().idNumber())).isEmpty();
        for (int i = 0; i < 6; i++) {
            try {
                kiosk.fixture.central().verifyPin(holder.card().cardNumber(), "864213".toCharArray());
            } catch (BusinessException.WrongPin | BusinessException.PinLocked expected) {
                // each takes a try; the sixth locks
            }
        }
        assertThat(kiosk.fixture.central().cardByNumber(holder.card().cardNumber()).pinLocked()).isTrue();
        return holder;
    }

    private void identify(ItemController controller) throws InterruptedException {
        kiosk.identify(controller, "刷居民身份证并插入社会保障卡");
    }

    @Test
    void aLockedPinIsResetWithTheTriesRestoredAndNothingOfThePinsLeft() throws Exception {
        DemoPerson holder = lockedHolder();
        kiosk.present(holder);
        String maskedId = PersonalDataMasking.idNumber(holder.person().idNumber());
        try (CapturedLogs logs = new CapturedLogs()) {
            ItemController controller = fushun();
            identify(controller);
            ItemStep confirm = kiosk.view.await(Stage.CONFIRM);
            assertThat(confirm.lines()).contains("身份证和社保卡已核对为同一人",
                    "这张卡的密码现在是锁定的（连续输错了6次）；重置后就可以用新密码了。");
            assertThat(confirm.choices()).extracting(Choice::label).containsExactly("确认重置");
            assertThat(kiosk.cards.changes).hasValue(0);

            controller.confirm();
            kiosk.awaitPrompt(PinPrompt.NEW);
            OnScreenTyping.type(kiosk.keypad(), NEW_PIN);
            kiosk.awaitPrompt(PinPrompt.NEW_AGAIN);
            OnScreenTyping.type(kiosk.keypad(), NEW_PIN);
            ItemStep done = kiosk.view.await(Stage.DONE);
            assertThat(done.lines()).contains("密码已重置", "密码可以输错的次数已恢复为6次");
            assertThat(kiosk.fixture.central().verifyPin(holder.card().cardNumber(), NEW_PIN.toCharArray()).pinTriesLeft()).isEqualTo(6);
            assertThat(kiosk.fixture.journalEntries()).singleElement().satisfies(entry -> {
                assertThat(entry.operation()).isEqualTo(PinResetItem.ID);
                assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
                assertThat(entry.person().idNumber()).isEqualTo(maskedId);
                assertThat(entry.detail()).isEqualTo("PIN reset, tries 6");
            });
            String receipt = RecordingPrinter.text(kiosk.fixture.receipts.given.get(0));
            assertThat(receipt).contains("密码已重置", maskedId).doesNotContain(holder.person().idNumber(),
                    holder.card().cardNumber(), NEW_PIN);
            assertThat(kiosk.pad().allWiped()).isTrue();
            controller.tapped(done.choices().get(0).key());
            kiosk.view.await(Stage.ENDED);
            assertThat(controller.holdsVisitData()).isFalse();
            logs.assertNoneContains(NEW_PIN);
        }
    }

    @Test
    void anIdCardAndASocialSecurityCardOfTwoPeopleResetNothing() throws Exception {
        DemoPerson holder = lockedHolder();
        kiosk.placeIdCard(kiosk.fixture.otherThan(holder, CardState.NORMAL));
        kiosk.fixture.insertCardOf(holder);
        identify(fushun());
        assertThat(kiosk.view.await(Stage.IDENTIFY).notice()).contains("身份证和社保卡不是同一个人");
        assertThat(kiosk.cards.calls).hasValue(0);
        assertThat(kiosk.pad().entries).hasValue(0);
        assertThat(kiosk.fixture.central().cardByNumber(holder.card().cardNumber()).pinLocked()).isTrue();
    }

    @Test
    void aTemporarilyLostCardIsRefusedBeforeAnyPin() throws Exception {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.TEMPORARILY_LOST);
        kiosk.present(holder);
        identify(fushun());
        assertThat(kiosk.view.await(Stage.NOT_DONE).instruction()).contains("临时挂失状态，不能重置密码", "先办理解挂");
        assertThat(kiosk.pad().entries).hasValue(0);
        assertThat(kiosk.cards.changes).hasValue(0);
    }
}
