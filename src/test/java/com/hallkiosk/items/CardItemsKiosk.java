package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.Card;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.device.pinpad.OnScreenPinPad;
import com.hallkiosk.device.pinpad.PinPad;
import com.hallkiosk.items.ItemStep.Stage;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The kiosk of the card items' flow tests: {@link ItemsFixture}, the ID card reader on its pty when the items
 * read it, a PIN pad watched for the PINs it hands out, the central's card services counted, and the screen
 * recorded; with the steps each of those tests takes to reach an item's confirm and PIN steps.
 */
final class CardItemsKiosk implements AutoCloseable {
    private static final ItemsConfig HALL = new ItemsConfig(ItemsConfig.Profile.HALL, Map.of());

    final ItemsFixture fixture;
    final CountingCards cards;
    final RecordingView view = new RecordingView();
    private final Optional<PtyIdCardReader> ids;
    private final Optional<WatchedPinPad> pad;
    private final Optional<OnScreenPinPad> keypad;

    private CardItemsKiosk(ItemsFixture fixture, Optional<PtyIdCardReader> ids, Optional<WatchedPinPad> pad,
                           Optional<OnScreenPinPad> keypad) {
        this.fixture = fixture;
        this.cards = new CountingCards(fixture.central());
        this.ids = ids;
        this.pad = pad;
        this.keypad = keypad;
    }

    /** A kiosk with the on-screen keypad as its PIN pad, and the ID card reader when {@code idCards}. */
    static CardItemsKiosk withKeypad(Path directory, boolean idCards) throws Exception {
        OnScreenPinPad keypad = new OnScreenPinPad(new SecureRandom(), Clock.systemUTC());
        keypad.open().join();
        return start(directory, idCards, Optional.of(keypad), Optional.of(keypad));
    }

    /** A kiosk with the ID card reader when {@code idCards}, and {@code pinPad}, opened by the caller. */
    static CardItemsKiosk start(Path directory, boolean idCards, Optional<PinPad> pinPad) throws Exception {
        return start(directory, idCards, pinPad, Optional.empty());
    }

    private static CardItemsKiosk start(Path directory, boolean idCards, Optional<PinPad> pinPad,
                                        Optional<OnScreenPinPad> keypad) throws Exception {
        ItemsFixture fixture = new ItemsFixture(directory);
        try {
            return new CardItemsKiosk(fixture, idCards ? Optional.of(PtyIdCardReader.start(directory)) : Optional.empty(),
                    pinPad.map(WatchedPinPad::new), keypad);
        } catch (Exception e) {
            fixture.close();
            throw e;
        }
    }

    /** The on-screen keypad, for the fingers of {@link OnScreenTyping}; the kiosk must have been made {@link #withKeypad}. */
    OnScreenPinPad keypad() {
        return keypad.orElseThrow();
    }

    /** The watched PIN pad; the kiosk must have one. */
    WatchedPinPad pad() {
        return pad.orElseThrow();
    }

    /** The item's controller for {@code region}, which must offer it at a terminal (checked as the kiosk decides it). */
    ItemController controller(SelfServiceItem item, Region region) {
        EnabledItems.Decision decision = EnabledItems.decide(region, HALL, item);
        assertThat(decision.enabled()).as(decision.reason()).isTrue();
        return new ItemController(item, new CatalogGuidance(decision.catalogItem().orElseThrow(), region.offices()),
                fixture.services(ids.map(PtyIdCardReader::reader), pad.map(p -> p), Optional.empty()), view);
    }

    /** The person's ID card on the module and their 社保卡 in the reader. */
    void present(DemoPerson person) {
        placeIdCard(person);
        fixture.insertCardOf(person);
    }

    void placeIdCard(DemoPerson person) {
        ids.orElseThrow().module().place(ItemsFixture.idCardOf(person));
    }

    /** Starts the item and taps its one way to identify, which must read {@code label}. */
    void identify(ItemController controller, String label) throws InterruptedException {
        controller.start();
        ItemStep identify = view.await(Stage.IDENTIFY);
        assertThat(identify.choices()).extracting(Choice::label).containsExactly(label);
        controller.tapped(identify.choices().get(0).key());
    }

    ItemStep toConfirm(ItemController controller, String label) throws InterruptedException {
        identify(controller, label);
        return view.await(Stage.CONFIRM);
    }

    /** The step asking for {@code prompt}, past the steps of the keys typed before it. */
    ItemStep awaitPrompt(PinPrompt prompt) throws InterruptedException {
        return view.await(Stage.ENTER_PIN, step -> step.title().equals(prompt.title()));
    }

    /** Nothing was sent to the central that changes a card, nothing journaled, nothing printed. */
    void assertNothingDone() {
        assertThat(cards.changes).as("changes sent to the central").hasValue(0);
        assertThat(fixture.journalEntries()).isEmpty();
        assertThat(fixture.receipts.given).isEmpty();
    }

    /** One operation at the central, one journal entry, one receipt, however often confirm was tapped. */
    void assertDoneOnce() {
        assertThat(cards.changes).as("changes sent to the central").hasValue(1);
        assertThat(fixture.journalEntries()).hasSize(1);
        assertThat(fixture.receipts.given).hasSize(1);
    }

    /** The pad handed out {@code count} PINs, and every one of them is wiped. */
    void assertPinsWiped(int count) {
        assertThat(pad().delivered).hasSize(count);
        assertThat(pad().allWiped()).as("every PIN wiped").isTrue();
    }

    Card atTheCentral(DemoPerson holder) throws Exception {
        return fixture.central().cardByNumber(holder.card().cardNumber());
    }

    @Override
    public void close() throws Exception {
        pad.ifPresent(WatchedPinPad::close);
        if (ids.isPresent()) {
            ids.get().close();
        }
        fixture.close();
    }
}
