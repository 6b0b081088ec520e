package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.device.idcard.emulator.ScriptedCards;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.cardstatus.CardStatusItem;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card status query identified by the ID card: the real SAM driver over a socat pty against the emulated module. */
class CardStatusByIdCardTest {
    @TempDir
    Path directory;
    private ItemsFixture kiosk;
    private PtyIdCardReader ids;
    private final RecordingView view = new RecordingView();

    @BeforeEach
    void setUp() throws Exception {
        kiosk = new ItemsFixture(directory);
        ids = PtyIdCardReader.start(directory);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (ids != null) {
            ids.close();
        }
        kiosk.close();
    }

    private ItemController controller() {
        var region = ItemsFixture.region("anshan-tiedong");
        CardStatusItem item = new CardStatusItem(kiosk.central(), ItemsFixture.CLOCK);
        var decision = EnabledItems.decide(region, new com.hallkiosk.config.ItemsConfig(
                com.hallkiosk.config.ItemsConfig.Profile.HALL, Map.of()), item);
        return new ItemController(item, new CatalogGuidance(decision.catalogItem().orElseThrow(), region.offices()),
                kiosk.services(Optional.of(ids.reader())), view);
    }


    private ItemStep identifyByIdCard(ItemController controller) throws InterruptedException {
        controller.start();
        ItemStep identify = view.await(Stage.IDENTIFY);
        assertThat(identify.choices()).extracting(Choice::label).containsExactly("插入社会保障卡", "刷居民身份证");
        controller.identifyWith(IdentitySource.ID_CARD);
        return view.await(Stage.CONFIRM);
    }

    @Test
    void theIdCardFindsThePersonsCardAtTheCentral() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.TEMPORARILY_LOST);
        ids.module().place(ItemsFixture.idCardOf(holder));
        ItemController controller = controller();
        ItemStep confirm = identifyByIdCard(controller);
        assertThat(confirm.lines()).noneMatch(line -> line.startsWith("卡号"));
        controller.confirm();
        ItemStep done = view.await(Stage.DONE);
        assertThat(done.lines()).contains("卡号：" + PersonalDataMasking.socialSecurityCardNumber(holder.card().cardNumber()));
        assertThat(String.join("\n", done.lines())).contains("卡状态：临时挂失", "解挂");
        assertThat(kiosk.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED));
    }

    @Test
    void anIdCardOfSomeoneTheCentralDoesNotKnowIsRefusedInPlainWords() throws Exception {
        ids.module().place(ScriptedCards.permanentResident());
        ItemController controller = controller();
        identifyByIdCard(controller);
        controller.confirm();
        assertThat(view.await(Stage.NOT_DONE).instruction()).contains("没有查到", "0412-5550533");
    }
}
