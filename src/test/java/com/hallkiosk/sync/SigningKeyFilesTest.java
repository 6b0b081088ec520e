package com.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.sync.signing.DemoSigningKey;
import com.hallkiosk.sync.signing.PayloadSigner;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFilesTest {
    @TempDir
    Path directory;

    @Test
    void aPairWrittenAndReadBackStillSignsAndVerifies() throws Exception {
        KeyPair pair = SigningKeyFiles.generate();
        Path privateFile = directory.resolve("central/catalog-signing.key");
        Path publicFile = directory.resolve("kiosk-config/catalog-signing.pub");
        SigningKeyFiles.writePrivate(pair.getPrivate(), privateFile);
        SigningKeyFiles.writePublic(pair.getPublic(), publicFile, List.of("a comment"));

        byte[] payload = "{\"region\":\"fushun\"}".getBytes(StandardCharsets.UTF_8);
        var signed = new PayloadSigner(SigningKeyFiles.readPrivate(privateFile)).sign(payload);
        assertThat(new PayloadVerifier(SigningKeyFiles.readPublic(publicFile)).verify(signed)).isEqualTo(payload);
        assertThat(Files.readString(privateFile)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(privateFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theShippedKioskKeyIsTheDemoCentralsAndTheDemoKeyIsRecognised() throws Exception {
        PublicKey shipped = SigningKeyFiles.readPublic(Path.of("kiosk-config/catalog-signing.pub"));
        Path privateFile = DemoSigningKey.ensurePrivateKey(directory.resolve("demo/central/catalog-signing.key"));

        var signed = new PayloadSigner(SigningKeyFiles.readPrivate(privateFile)).sign(new byte[] {1, 2, 3});
        assertThat(new PayloadVerifier(shipped).verify(signed)).containsExactly(1, 2, 3);
        assertThat(DemoSigningKey.isDemoKey(shipped)).isTrue();
        assertThat(DemoSigningKey.isDemoKey(SigningKeyFiles.generate().getPublic())).isFalse();
    }

    @Test
    void aFileWithoutAKeySaysSo() throws Exception {
        Path file = directory.resolve("empty.pub");
        Files.writeString(file, "not a key\n");
        assertThatThrownBy(() -> SigningKeyFiles.readPublic(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("no PEM block \"PUBLIC KEY\"");
    }
}
