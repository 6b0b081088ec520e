package com.hallkiosk.items;

import com.hallkiosk.business.BusinessTestDatabase;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.device.document.DocumentPrinter;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.IdCardReader;
import com.hallkiosk.device.pinpad.PinPad;
import com.hallkiosk.device.receipt.GlyphCells;
import com.hallkiosk.device.receipt.emulator.EmulatedReceiptPrinter;
import com.hallkiosk.device.sscard.PcscContexts;
import com.hallkiosk.device.sscard.PcscSocialSecurityCardReader;
import com.hallkiosk.device.sscard.ReaderSettings;
import com.hallkiosk.device.sscard.emulator.CardBehaviour;
import com.hallkiosk.device.sscard.emulator.ScriptedCard;
import com.hallkiosk.device.sscard.emulator.VirtualCardProvider;
import com.hallkiosk.device.sscard.emulator.VirtualReader;
import com.hallkiosk.device.sscard.emulator.VirtualReaders;
import com.hallkiosk.device.sscard.emulator.VirtualSocialSecurityCard;
import com.hallkiosk.fonts.KioskFonts;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.journal.JournalOutbox;
import com.hallkiosk.journal.KioskJournal;
import com.hallkiosk.journal.PersonKeys;
import com.hallkiosk.session.SessionWorker;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A kiosk for the items, all real but the hardware: the central's business tables over a SQLite file with a
 * small demo population, the 社保卡 reader driver over the in-process virtual reader, the ESC/POS driver over
 * the in-memory emulated printer, the journal's SQLite outbox, and the session worker.
 */
final class ItemsFixture implements AutoCloseable {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(AS_OF.atTime(10, 30).atZone(ZONE).toInstant(), ZONE);
    static final String KIOSK = "demo-0001";
    static final String READER = "Virtual Reader 00 00";
    private static final int POPULATION = 400;
    private static final int TEST_ITERATIONS = 1_000;
    private static final Catalog CATALOG = CuratedCatalogFixture.catalog();

    final DemoPopulation population = new DemoPopulation(11, POPULATION, AS_OF);
    final DataSource business;
    final VirtualReaders readers = new VirtualReaders();
    final VirtualReader slot = readers.plugIn(READER, false);
    final PcscSocialSecurityCardReader cardReader = new PcscSocialSecurityCardReader(
            PcscContexts.of(new VirtualCardProvider(readers).terminalFactory()),
            ReaderSettings.defaults().withReaderName("Virtual Reader").withPresencePoll(Duration.ofMillis(100)),
            Clock.systemUTC());
    final EmulatedReceiptPrinter printer;
    final RecordingPrinter receipts;
    final List<byte[]> papers = new CopyOnWriteArrayList<>();
    final JournalOutbox outbox;
    final KioskJournal journal;
    final SessionWorker worker = new SessionWorker();
    final ExecutorService centralCalls = Executors.newSingleThreadExecutor();

    ItemsFixture(Path directory) throws Exception {
        business = BusinessTestDatabase.migrated(directory);
        new PopulationLoader(business, new PinHashes(new SecureRandom(), TEST_ITERATIONS)).load(population);
        cardReader.open().get(5, TimeUnit.SECONDS);
        cardReader.enable().get(5, TimeUnit.SECONDS);
        printer = EmulatedReceiptPrinter.start(EmulatedReceiptPrinter.GENERIC_80MM,
                KioskFonts.load().sized(GlyphCells.CELL_HEIGHT), Clock.systemUTC(), papers::add);
        receipts = new RecordingPrinter(printer);
        outbox = JournalOutbox.open(directory.resolve("outbox.db"));
        journal = new KioskJournal(KIOSK, outbox, () -> { }, CLOCK);
    }

    static Region region(String id) {
        return CuratedCatalogFixture.region(CATALOG, id);
    }

    JdbcBusinessSystem central() {
        return new JdbcBusinessSystem(business, CLOCK, new SecureRandom(), TEST_ITERATIONS);
    }

    DemoPerson holderOf(CardState state) {
        return population.people().filter(p -> p.card().state() == state).findFirst().orElseThrow();
    }

    /** A holder of a card in {@code state} with {@code pinTriesLeft} tries left at the central. */
    DemoPerson holderOf(CardState state, int pinTriesLeft) {
        return population.people().filter(p -> p.card().state() == state && p.card().pinTriesLeft() == pinTriesLeft)
                .findFirst().orElseThrow();
    }

    /** Someone else than {@code person}, with a card in {@code state}. */
    DemoPerson otherThan(DemoPerson person, CardState state) {
        return population.people().filter(p -> p.card().state() == state
                && !p.person().idNumber().equals(person.person().idNumber())).findFirst().orElseThrow();
    }

    /** The demo person's resident ID card, for the emulated ID card module. */
    static IdCard idCardOf(DemoPerson demo) {
        return new IdCard(IdCard.Type.RESIDENT, demo.person().name(), "", demo.person().gender(), "汉",
                demo.person().birthDate(), "辽宁省鞍山市铁东区园林路1号", demo.person().idNumber(), "鞍山市公安局铁东分局",
                LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2040, 1, 1)), new byte[1024], Optional.empty());
    }

    /** The demo person's card as a virtual 社保卡 in the reader, holding the same data the central has. */
    VirtualSocialSecurityCard insertCardOf(DemoPerson person) {
        return insert(cardOf(person));
    }

    VirtualSocialSecurityCard insert(ScriptedCard card) {
        VirtualSocialSecurityCard inserted = new VirtualSocialSecurityCard(card, CardBehaviour.t0Card());
        slot.insert(inserted);
        return inserted;
    }

    static ScriptedCard cardOf(DemoPerson demo) {
        String id = demo.person().idNumber();
        String identifier = id.substring(0, 6) + "D156000005" + "%016X".formatted(demo.index() + 0x1000);
        return new ScriptedCard(identifier, "3", "3.00", id.substring(0, 4) + "00000000000000000000",
                demo.card().issueDate(), demo.card().expiryDate(), demo.card().cardNumber(), id, demo.person().name(),
                demo.person().gender(), 1, id.substring(0, 6), demo.person().birthDate(), DemoPopulation.DEMO_PIN,
                CardBehaviour.PIN_TRY_LIMIT);
    }

    ItemServices services() {
        return services(Optional.empty());
    }

    ItemServices services(Optional<IdCardReader> idCardReader) {
        return services(idCardReader, Optional.empty(), Optional.empty());
    }

    /** With the PIN pad the card items ask PINs on, and the A4 printer the certificates print on. */
    ItemServices services(Optional<IdCardReader> idCardReader, Optional<PinPad> pinPad,
                          Optional<DocumentPrinter> documents) {
        byte[] key = new byte[16];
        Arrays.fill(key, (byte) 7);
        return new ItemServices(worker, centralCalls,
                new IdentityReaders(Optional.of(cardReader), idCardReader, Duration.ofSeconds(10)), receipts,
                journal, new PersonKeys(key), new TransactionNumbers(CLOCK, new Random(3)), CLOCK, KIOSK,
                "铁东区人力资源和社会保障服务中心", Duration.ofSeconds(10), Duration.ofSeconds(20), pinPad,
                documents, Duration.ofSeconds(30));
    }

    List<JournalEntry> journalEntries() {
        return outbox.oldest(100);
    }

    @Override
    public void close() throws SQLException {
        worker.close();
        centralCalls.shutdownNow();
        cardReader.close();
        printer.close();
        outbox.close();
    }
}
