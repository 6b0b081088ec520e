package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.camera.Camera;
import com.hallkiosk.device.camera.emulator.CameraScenario;
import com.hallkiosk.device.camera.emulator.EmulatedCamera;
import com.hallkiosk.face.SyntheticFace;
import com.hallkiosk.items.IdentityReaders;
import com.hallkiosk.items.ItemServices;
import com.hallkiosk.items.TransactionNumbers;
import com.hallkiosk.items.certification.BenefitCertificationItem;
import com.hallkiosk.journal.PersonKeys;
import com.hallkiosk.shell.ItemOffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which items a kiosk offers where: the region's catalog and items.properties decide, each item on its own
 * catalog item; and the central that is not up yet answers Unavailable, which the items put in words.
 */
class KioskItemsTest {
    private static final Catalog CATALOG = CuratedCatalogFixture.catalog();

    @TempDir
    Path config;

    private List<ItemOffer> offers(String regionId, String itemsProperties) throws Exception {
        return offers(CuratedCatalogFixture.region(CATALOG, regionId), itemsProperties, Optional.empty());
    }

    private List<ItemOffer> offers(Region region, String itemsProperties, Optional<Camera> camera) throws Exception {
        Files.writeString(config.resolve("items.properties"), itemsProperties);
        return KioskItems.load(KioskItems.LINES, config, region, new LateCentral().port(), SERVICES, null, camera)
                .offers(region, CATALOG.rules()).stream()
                .map(KioskItems.Offered::offer).toList();
    }

    /** Nothing of them (nor the certificate office, null here) is used before an item is opened. */
    private static final ItemServices SERVICES = new ItemServices(Runnable::run, Runnable::run,
            new IdentityReaders(Optional.empty(), Optional.empty(), Duration.ofSeconds(1)), null, null,
            new PersonKeys(new byte[16]), new TransactionNumbers(Clock.systemUTC(), new Random(1)), Clock.systemUTC(),
            "test-01", "测试大厅", Duration.ofSeconds(1), Duration.ofSeconds(1), Optional.empty(), Optional.empty(),
            Duration.ofSeconds(1));

    @Test
    void eachRegionOffersWhatItsCatalogLetsATerminalDo() throws Exception {
        assertThat(offers("anshan-tiedong", "")).extracting(ItemOffer::itemId, ItemOffer::catalogItemId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("card-status", "anshan-tiedong-29"),
                org.assertj.core.groups.Tuple.tuple("card-loss", "anshan-tiedong-27"),
                org.assertj.core.groups.Tuple.tuple("card-unlock", "anshan-tiedong-27"),
                org.assertj.core.groups.Tuple.tuple("card-activation", "anshan-tiedong-28"),
                org.assertj.core.groups.Tuple.tuple("personal-contribution", "anshan-tiedong-8"),
                org.assertj.core.groups.Tuple.tuple("unit", "anshan-tiedong-7"));
        assertThat(offers("haicheng", "")).as("no 自助办 in 002").isEmpty();
        assertThat(offers("shandong", "")).as("004: no status query; 注销, the pension certificate and the benefit"
                + " applications (#28, #29, #30 自助一体机) at a terminal")
                .extracting(ItemOffer::itemId, ItemOffer::catalogItemId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("card-loss", "shandong-26"),
                        org.assertj.core.groups.Tuple.tuple("card-unlock", "shandong-26"),
                        org.assertj.core.groups.Tuple.tuple("card-activation", "shandong-25"),
                        org.assertj.core.groups.Tuple.tuple("card-cancellation", "shandong-27"),
                        org.assertj.core.groups.Tuple.tuple("personal-contribution", "shandong-19"),
                        org.assertj.core.groups.Tuple.tuple("pension-receipt", "shandong-35"),
                        org.assertj.core.groups.Tuple.tuple("unemployment-benefit", "shandong-28"),
                        org.assertj.core.groups.Tuple.tuple("skill-upgrade-subsidy", "shandong-30"),
                        org.assertj.core.groups.Tuple.tuple("unemployment-allowance", "shandong-29"));
        assertThat(offers("fushun", "")).extracting(ItemOffer::itemId).containsExactly("card-status", "card-loss",
                "card-unlock", "card-activation", "personal-contribution");
    }

    @Test
    void theBenefitCertificationNeedsACatalogThatLetsATerminalDoItAndACamera() throws Exception {
        Region fushun = CuratedCatalogFixture.region(CATALOG, "fushun");
        Region published = CuratedCatalogFixture.withTerminalAccess(fushun, "41");
        try (EmulatedCamera camera = new EmulatedCamera(CameraScenario.NO_FACE, SyntheticFace.of("nobody"),
                Duration.ofMillis(10), 1, Clock.systemUTC())) {
            assertThat(offers(fushun, "", Optional.of(camera))).as("001 #41 names no terminal")
                    .extracting(ItemOffer::itemId).doesNotContain(BenefitCertificationItem.ID);
            assertThat(offers(published, "", Optional.empty())).as("no camera on this kiosk")
                    .extracting(ItemOffer::itemId).doesNotContain(BenefitCertificationItem.ID);
            assertThat(offers(published, "", Optional.of(camera))).filteredOn(
                    offer -> offer.itemId().equals(BenefitCertificationItem.ID))
                    .extracting(ItemOffer::catalogItemId).containsExactly("fushun-41");
        }
    }

    @Test
    void aProfileLeavesOutWhatItemsPropertiesSays() throws Exception {
        assertThat(offers("fushun", "kiosk.profile=bank\nitems.bank.disabled=card-unlock\n"))
                .extracting(ItemOffer::itemId).containsExactly("card-status", "card-loss", "card-activation",
                        "personal-contribution");
        assertThat(offers("fushun", "kiosk.profile=hall\nitems.bank.disabled=card-unlock\n")).hasSize(5);
        assertThatThrownBy(() -> offers("fushun", "items.hall.disabled=card-statsu\n"))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("card-statsu");
    }

    @Test
    void theCentralIsUnavailableUntilItArrivesAndThenAnswers() throws Exception {
        LateCentral late = new LateCentral();
        BusinessSystem port = late.port();
        assertThatThrownBy(() -> port.cardOf("210302197905140236")).isInstanceOf(BusinessException.Unavailable.class);
        late.arrived((BusinessSystem) java.lang.reflect.Proxy.newProxyInstance(BusinessSystem.class.getClassLoader(),
                new Class<?>[] {BusinessSystem.class}, (proxy, method, arguments) -> {
                    throw new BusinessException.UnknownCard();
                }));
        assertThatThrownBy(() -> port.cardOf("210302197905140236")).as("the central's own refusal, as it gave it")
                .isInstanceOf(BusinessException.UnknownCard.class);
    }
}
