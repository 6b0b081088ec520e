package com.hallkiosk.central.pages;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (the same version as the browser, so
 * Selenium never downloads a driver). It trusts the demo server's certificate by pinning its public key
 * ({@code --ignore-certificate-errors-spki-list}), not by ignoring every certificate error.
 */
final class HeadlessChromium {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(20);

    private HeadlessChromium() {
    }

    /** Skips the test without Chromium, unless scripts/test requires the browser tests to run. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (Boolean.getBoolean("hallkiosk.browser.required")) {
            if (!installed) {
                throw new IllegalStateException("chromium and chromium-driver are required: apt-get install chromium chromium-driver");
            }
            return;
        }
        Assumptions.assumeTrue(installed, "no chromium or chromedriver (Debian packages chromium, chromium-driver)");
    }

    static ChromeDriver start(Path userDataDir, Path serverKeyStore, char[] password) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + userDataDir.toAbsolutePath(),
                "--ignore-certificate-errors-spki-list=" + spkiHash(serverKeyStore, password),
                "--window-size=390,844");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        return driver;
    }

    /** Base64 of the SHA-256 of the server certificate's SubjectPublicKeyInfo, as Chromium pins keys. */
    private static String spkiHash(Path keyStore, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, password);
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate(store.aliases().nextElement());
        return Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded()));
    }
}
