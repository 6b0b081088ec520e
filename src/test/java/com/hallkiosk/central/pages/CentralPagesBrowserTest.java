package com.hallkiosk.central.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.central.http.CentralServer;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.central.http.ServerSettings;
import com.hallkiosk.central.pki.DemoPki;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.store.SqliteCentralDatabase;
import com.hallkiosk.certificate.CertificateIssuer;
import com.hallkiosk.certificate.CertificateSettings;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.Issuance;
import com.hallkiosk.fleet.FleetStore;
import com.hallkiosk.fleet.Heartbeat;
import com.hallkiosk.fleet.OnlinePolicy;
import com.hallkiosk.journal.CentralJournal;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.journal.MaskedPerson;
import com.hallkiosk.journal.UploadBatch;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The verification and fleet pages in headless Chromium, against the real central server (mutual TLS, the
 * demo PKI) on a free port, over a SQLite database holding a journaled certificate and two kiosks'
 * heartbeats: one online with its receipt printer low on paper, one silent for ten minutes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentralPagesBrowserTest {
    private static final String KEY = "test-verification-key-0042";
    private static final ZoneId HALLS = ZoneId.of("Asia/Shanghai");
    private static final String OPERATOR = "operator";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String PAPER_LOW = "打印纸将用完 the paper roll is nearly used up: change it soon";

    private PkiFiles pki;
    private CentralDatabase database;
    private CentralServer server;
    private OperatorAccounts accounts;
    private ChromeDriver browser;
    private Issuance journaled;
    private Issuance notUploaded;

    @BeforeAll
    void start(@TempDir Path directory) throws Exception {
        HeadlessChromium.assumeInstalled();
        pki = new DemoPki(directory.resolve("pki"), Clock.systemUTC()).ensure("kiosk-a");
        database = SqliteCentralDatabase.open(directory.resolve("central.db"));
        Clock clock = Clock.systemUTC();
        FleetStore fleet = new FleetStore(database.dataSource(), new OnlinePolicy(Duration.ofSeconds(30)), clock);
        accounts = new OperatorAccounts(database.dataSource(), clock);
        accounts.addIfMissing(OPERATOR, PASSWORD.toCharArray());
        OperatorSessions sessions = new OperatorSessions(database.dataSource(), clock);
        Routes routes = new Routes()
                .add(new VerifyPage(Optional.of(KEY), new JournalIssuedCertificates(database.dataSource()), HALLS))
                .add(new SignInPage(accounts, sessions))
                .add(new FleetPage(fleet, clock, HALLS))
                .operatorGate(sessions);
        server = CentralServer.start(ServerSettings.of("127.0.0.1", 0, pki.serverKeyStore(), pki.trustStore(),
                pki.password()), routes);

        CertificateIssuer issuer = new CertificateIssuer(new CertificateSettings("测试人社服务中心", server.url(),
                directory.resolve("seal.png"), 40, KEY), "kiosk-a",
                Clock.fixed(Instant.parse("2026-11-22T08:00:05Z"), HALLS), new Random(7));
        journaled = issuer.issue(CertificateType.PERSONAL_CONTRIBUTION);
        notUploaded = issuer.issue(CertificateType.RIGHTS_RECORD);
        new CentralJournal(database.dataSource(), clock).receive("kiosk-a", UploadBatch.of(List.of(
                new JournalEntry(UUID.randomUUID().toString(), "kiosk-a", journaled.issuedAt().toInstant(),
                        "certificate", "personal-contribution", JournalEntry.Outcome.SUCCEEDED,
                        new MaskedPerson("210302********1234", "张***", "0123456789abcdef0123456789abcdef"),
                        journaled.certificateNumber(), ""))));

        Instant now = clock.instant();
        new FleetStore(database.dataSource(), new OnlinePolicy(Duration.ofSeconds(30)),
                Clock.fixed(now.minus(Duration.ofMinutes(10)), HALLS))
                .record("kiosk-b", heartbeat("kiosk-b", now.minus(Duration.ofMinutes(10)), "ready"));
        fleet.record("kiosk-a", heartbeat("kiosk-a", now, PAPER_LOW));

        browser = HeadlessChromium.start(directory.resolve("chromium-profile"), pki.serverKeyStore(), pki.password());
    }

    private static Heartbeat heartbeat(String kioskId, Instant at, String receiptReason) {
        String receiptState = receiptReason.equals("ready") ? "READY" : "WARNING";
        return new Heartbeat(kioskId, at, "0.1.0", 12, at.minus(Duration.ofHours(3)), Duration.ofHours(5), List.of(
                new Heartbeat.DeviceReport("idcard", "READY", "ready"),
                new Heartbeat.DeviceReport("sscard", "READY", "ready"),
                new Heartbeat.DeviceReport("receipt", receiptState, receiptReason),
                new Heartbeat.DeviceReport("document", "READY", "ready")));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void aJournaledCertificatesQrCodeShowsItGenuineWithWhatTheJournalHolds() {
        browser.get(journaled.verificationUrl().toString());
        String page = text();
        assertThat(page).contains("核验通过").contains("个人参保证明").contains(journaled.certificateNumber())
                .contains("张***").contains("210302********1234")
                .contains("2026年11月22日 16:00:05").contains("kiosk-a");
        assertThat(browser.getTitle()).isEqualTo("证明核验");
    }

    @Test
    void theNumberAndCodeFromAReceiptTypedIntoTheFormVerifyTheCertificate() {
        browser.get(server.url() + "/verify");
        assertThat(text()).contains("请输入证明");
        browser.findElement(By.name("number")).sendKeys(journaled.certificateNumber().toLowerCase(java.util.Locale.ROOT));
        browser.findElement(By.name("code")).sendKeys(" " + journaled.verificationCode() + " ");
        WebElement before = browser.findElement(By.tagName("body"));
        browser.findElement(By.xpath("//button[text()='核验']")).click();
        awaitNextPage(before);
        assertThat(text()).contains("核验通过").contains(journaled.certificateNumber()).contains("张***");
    }

    @Test
    void aTamperedCodeIsSaidToBeMaybeForged() {
        String code = journaled.verificationCode();
        String tampered = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);
        browser.get(server.url() + "/verify/" + journaled.certificateNumber() + "?code=" + tampered);
        assertThat(text()).contains("核验未通过").contains("可能是伪造").doesNotContain("张***").doesNotContain("kiosk-a");
    }

    @Test
    void aGenuineCodeTheCentralDoesNotKnowYetSaysTheKioskMayNotHaveUploadedIt() {
        browser.get(notUploaded.verificationUrl().toString());
        assertThat(text()).contains("核验码正确").contains("尚未收到").contains("还没有上传").doesNotContain("核验通过");
    }

    @Test
    void malformedNumbersAndCodesGetAPlainPageWithNothingEchoedRaw() {
        browser.get(server.url() + "/verify/%3Cb%3Ehello%3C%3E?code=%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(text()).contains("格式不正确");
        assertThat(browser.getPageSource()).doesNotContain("<script>alert").doesNotContain("<b>hello").doesNotContain("Exception");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        browser.get(journaled.verificationUrl().toString().replaceAll("\\?code=.*", ""));
        assertThat(text()).contains("格式不正确");
    }

    @Test
    void anOperatorSignsInAndSeesEveryKioskOnlineOrOfflineInWordsWithThePaperLowAlert() {
        browser.get(server.url() + "/fleet");
        assertThat(browser.getCurrentUrl()).as("sent to sign in first").endsWith("/operator/sign-in");
        signIn(OPERATOR, PASSWORD);

        assertThat(browser.getCurrentUrl()).endsWith("/fleet");
        assertThat(text()).contains("共 2 台终端,1 台在线,1 台离线");
        String online = browser.findElement(By.id("kiosk-kiosk-a")).getText();
        assertThat(online).contains("在线").doesNotContain("离线").contains("版本 12").contains("3 小时前同步")
                .contains("身份读取:正常").contains("社保卡读取:正常").contains("证明打印:正常")
                .contains("凭条打印:警告").contains("联网核验:正常(在线)").contains(PAPER_LOW);
        String offline = browser.findElement(By.id("kiosk-kiosk-b")).getText();
        assertThat(offline).contains("离线").contains("10 分钟前").contains("联网核验:中断(离线)")
                .doesNotContain("打印纸将用完");

        WebElement fleetPage = browser.findElement(By.tagName("body"));
        browser.findElement(By.xpath("//button[text()='退出登录']")).click();
        awaitNextPage(fleetPage);
        browser.get(server.url() + "/fleet");
        assertThat(browser.getCurrentUrl()).as("signed out").endsWith("/operator/sign-in");
    }

    @Test
    void theFleetIsRefusedWithoutAnOperatorsSignInEvenToAKiosk() throws Exception {
        browser.get(server.url() + "/fleet");
        assertThat(browser.getCurrentUrl()).endsWith("/operator/sign-in");
        assertThat(text()).contains("中心运维登录").doesNotContain("kiosk-a").doesNotContain("kiosk-b");

        signIn(OPERATOR, "wrong password");
        assertThat(text()).contains("用户名或密码不正确").doesNotContain("kiosk-a");
        browser.get(server.url() + "/fleet");
        assertThat(browser.getCurrentUrl()).endsWith("/operator/sign-in");

        HttpClient kiosk = HttpClient.newBuilder().sslContext(KioskTls.context(pki, "kiosk-a"))
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> asKiosk = kiosk.send(HttpRequest.newBuilder(URI.create(server.url() + "/fleet"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asKiosk.statusCode()).as("a kiosk certificate is not an operator").isEqualTo(303);
        assertThat(asKiosk.body()).doesNotContain("kiosk-a").doesNotContain("kiosk-b");

        HttpResponse<String> forged = kiosk.send(HttpRequest.newBuilder(URI.create(server.url() + "/fleet"))
                .header("Cookie", OperatorSessions.COOKIE + "=" + OPERATOR + ":9999999999:"
                        + "A".repeat(43)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("an unsigned cookie is no session").isEqualTo(303);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        accounts.addIfMissing("night-shift", PASSWORD.toCharArray());
        browser.get(server.url() + "/operator/sign-in");
        for (int i = 0; i < OperatorAccounts.MAX_FAILURES; i++) {
            signIn("night-shift", "guess " + i);
            assertThat(text()).contains("用户名或密码不正确");
        }
        signIn("night-shift", PASSWORD);
        assertThat(text()).contains("账户已锁定");
        browser.get(server.url() + "/fleet");
        assertThat(browser.getCurrentUrl()).endsWith("/operator/sign-in");
    }

    private void signIn(String name, String password) {
        WebElement nameField = browser.findElement(By.id("name"));
        nameField.clear();
        nameField.sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement before = browser.findElement(By.tagName("body"));
        browser.findElement(By.xpath("//button[text()='登录']")).click();
        awaitNextPage(before);
    }

    /** A click's navigation is not awaited by WebDriver: wait until the page it left is gone. */
    private static void awaitNextPage(WebElement bodyBefore) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                bodyBefore.isDisplayed();
                Thread.sleep(50);
            } catch (StaleElementReferenceException gone) {
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chrome may answer for a node of the page just left with this instead of "stale element".
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return;
                }
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the page did not change within 15 s");
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
