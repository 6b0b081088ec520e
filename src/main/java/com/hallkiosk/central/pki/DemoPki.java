package com.hallkiosk.central.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo's own certificate authority: on first use it makes a CA, a server certificate for
 * localhost/127.0.0.1 and kiosk client certificates (CN = kiosk id), and afterwards reads them back.
 * EC P-256 keys, because they make the TLS handshakes of many kiosks cheap.
 *
 * <p>Two central processes may start on the same directory at once: every file is written beside its
 * place and moved in atomically, and the first complete set wins.
 */
public final class DemoPki {
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(825);
    private static final String KEY_ALIAS = "key";

    private final Path directory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public DemoPki(Path directory, Clock clock) {
        this.directory = directory.toAbsolutePath();
        this.clock = clock;
    }

    /** The CA, the server's and {@code kioskId}'s credentials, made now when they are missing. */
    public PkiFiles ensure(String kioskId) {
        try {
            PkiFiles files = ensureAuthority();
            ensureKiosk(files, kioskId);
            return files;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new PkiException("cannot make or read the certificates in " + directory, e);
        }
    }

    private PkiFiles ensureAuthority() throws IOException, GeneralSecurityException, OperatorCreationException {
        Files.createDirectories(directory);
        Path passwordFile = directory.resolve("keystore-password");
        if (!Files.exists(passwordFile)) {
            byte[] secret = new byte[18];
            random.nextBytes(secret);
            writeOnce(passwordFile, Base64.getUrlEncoder().withoutPadding().encode(secret));
        }
        PkiFiles files = new PkiFiles(directory, Files.readString(passwordFile, StandardCharsets.US_ASCII).trim()
                .toCharArray());
        if (!Files.exists(files.caKeyStore())) {
            KeyPair caKeys = newKeyPair();
            X500Principal caName = new X500Principal("CN=Hall Kiosk demo CA " + Instant.now(clock).getEpochSecond()
                    + ",O=Hall Kiosk demo");
            X509Certificate ca = sign(caName, caKeys, caName, caKeys.getPrivate(), CA_VALIDITY, Role.AUTHORITY, null);
            writeOnce(files.caKeyStore(), keyStore(files.password(), caKeys.getPrivate(), ca));
        }
        Issuer issuer = issuer(files);
        if (!Files.exists(files.caCertificate())) {
            writeOnce(files.caCertificate(), pem(issuer.certificate()).getBytes(StandardCharsets.US_ASCII));
        }
        if (!Files.exists(files.trustStore())) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", issuer.certificate());
            writeOnce(files.trustStore(), bytes(trust, files.password()));
        }
        if (!Files.exists(files.serverKeyStore())) {
            KeyPair keys = newKeyPair();
            X509Certificate server = sign(new X500Principal("CN=localhost,O=Hall Kiosk demo"), keys,
                    issuer.certificate().getSubjectX500Principal(), issuer.key(), LEAF_VALIDITY, Role.SERVER,
                    issuer.certificate());
            writeOnce(files.serverKeyStore(), keyStore(files.password(), keys.getPrivate(), server,
                    issuer.certificate()));
        }
        return files;
    }

    private void ensureKiosk(PkiFiles files, String kioskId)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        Path keyStore = files.kioskKeyStore(kioskId);
        if (Files.exists(keyStore)) {
            return;
        }
        Issuer issuer = issuer(files);
        KeyPair keys = newKeyPair();
        X509Certificate kiosk = sign(new X500Principal("CN=" + kioskId + ",O=Hall Kiosk demo"), keys,
                issuer.certificate().getSubjectX500Principal(), issuer.key(), LEAF_VALIDITY, Role.KIOSK,
                issuer.certificate());
        writeOnce(keyStore, keyStore(files.password(), keys.getPrivate(), kiosk, issuer.certificate()));
    }

    private enum Role { AUTHORITY, SERVER, KIOSK }

    private record Issuer(X509Certificate certificate, PrivateKey key) {
    }

    private static Issuer issuer(PkiFiles files) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(files.caKeyStore())) {
            store.load(in, files.password());
        }
        return new Issuer((X509Certificate) store.getCertificate(KEY_ALIAS),
                (PrivateKey) store.getKey(KEY_ALIAS, files.password()));
    }

    private KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private X509Certificate sign(X500Principal subject, KeyPair subjectKeys, X500Principal issuerName,
            PrivateKey issuerKey, Duration validity, Role role, X509Certificate issuerCertificate)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        Instant now = Instant.now(clock);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                new BigInteger(127, random), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(validity)), subject, subjectKeys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()));
        if (issuerCertificate != null) {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(issuerCertificate));
        }
        switch (role) {
            case AUTHORITY -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case SERVER -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                    new GeneralName(GeneralName.iPAddress, "::1")}));
            }
            case KIOSK -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            }
        }
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(issuerKey)));
    }

    private static byte[] keyStore(char[] password, PrivateKey key, X509Certificate... chain)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(KEY_ALIAS, key, password, chain);
        return bytes(store, password);
    }

    private static byte[] bytes(KeyStore store, char[] password) throws IOException, GeneralSecurityException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    private static String pem(Certificate certificate) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        }
        return text.toString();
    }

    /** Writes beside {@code target} and moves it in; when another process got there first, its file stays. */
    private void writeOnce(Path target, byte[] content) throws IOException {
        Path partial = Files.createTempFile(directory, ".partial-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                out.write(content);
            }
            try {
                Files.createLink(target, partial);
            } catch (FileAlreadyExistsException alreadyThere) {
                return;
            } catch (UnsupportedOperationException | AtomicMoveNotSupportedException noLinks) {
                if (!Files.exists(target)) {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
