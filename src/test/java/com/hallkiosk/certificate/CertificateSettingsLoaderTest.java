package com.hallkiosk.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.config.InvalidConfigException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateSettingsLoaderTest {
    private static final String GOOD = """
            certificate.office=某市社会保险事业服务中心
            certificate.verification.url=https://rs.example.gov.cn/kiosk
            certificate.verification.key=0123456789abcdef
            certificate.seal.image=seal.png
            """;

    @TempDir
    Path directory;

    @Test
    void readsTheShippedConfiguration() throws InvalidConfigException {
        CertificateSettings settings = new CertificateSettingsLoader().load(CertificateFixture.CONFIG);
        assertThat(settings.issuingOffice()).isEqualTo("鞍山市铁东区人力资源和社会保障服务中心");
        assertThat(settings.verificationPage()).isEqualTo(URI.create("https://verify.hallkiosk.example/verify"));
        assertThat(settings.sealImage()).isEqualTo(Path.of("kiosk-config/seal-demo.png"));
        assertThat(settings.sealDiameterMm()).isEqualTo(40);
        assertThat(settings.toString()).doesNotContain(settings.verificationKey());
    }

    @Test
    void theSealIsTakenFromTheConfigFolderAndItsDiameterDefaultsTo40() throws Exception {
        CertificateSettings settings = load(GOOD);
        assertThat(settings.sealImage()).isEqualTo(directory.resolve("seal.png"));
        assertThat(settings.sealDiameterMm()).isEqualTo(40);
    }

    @Test
    void eachBadValueIsNamedWithItsFileAndKey() throws Exception {
        assertFails(GOOD.replace("https://rs.example.gov.cn/kiosk", "ftp://x"), "certificate.verification.url \"ftp://x\"");
        assertFails(GOOD.replace("https://rs.example.gov.cn/kiosk", "https://x.cn/?a=1"), "certificate.verification.url");
        assertFails(GOOD.replace("0123456789abcdef", "short"), "certificate.verification.key must be at least 16");
        assertFails(GOOD.replace("seal.png", "missing.png"), "certificate.seal.image");
        assertFails(GOOD + "certificate.seal.diameter.mm=400\n", "certificate.seal.diameter.mm \"400\"");
        assertFails(GOOD.replace("certificate.office=某市社会保险事业服务中心\n", ""), "certificate.office is missing");
    }

    @Test
    void aMissingFileSaysWhereItWasLookedFor() {
        assertThatThrownBy(() -> new CertificateSettingsLoader().load(directory.resolve("nowhere")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("certificates.properties does not exist");
    }

    private CertificateSettings load(String properties) throws IOException, InvalidConfigException {
        Files.write(directory.resolve("seal.png"), new byte[] {1});
        Files.writeString(directory.resolve(CertificateSettingsLoader.FILE_NAME), properties, StandardCharsets.UTF_8);
        return new CertificateSettingsLoader().load(directory);
    }

    private void assertFails(String properties, String message) {
        assertThatThrownBy(() -> load(properties)).isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining(CertificateSettingsLoader.FILE_NAME).hasMessageContaining(message);
    }
}
