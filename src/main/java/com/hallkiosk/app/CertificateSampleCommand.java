package com.hallkiosk.app;

import com.hallkiosk.certificate.Certificate;
import com.hallkiosk.certificate.CertificateSettings;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.render.RenderedCertificate;
import com.hallkiosk.certificate.render.UnrenderedCharacter;
import com.hallkiosk.certificate.sample.SampleCertificates;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.KioskConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code certificate sample}: a certificate of one type with the sample data, as a PDF file. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Render a certificate with made-up sample data (until the central server serves the demo"
                + " population), issued as this kiosk would issue it, to a PDF file.")
final class CertificateSampleCommand implements Callable<Integer> {
    @Option(names = "--type", required = true, paramLabel = "TYPE", converter = TypeConverter.class,
            completionCandidates = TypeNames.class, description = "The certificate: ${COMPLETION-CANDIDATES}.")
    CertificateType type;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The holder's (or the unit's) name instead of the sample's, e.g. to see how a rare character prints.")
    String name;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "kiosk-config",
            description = "The kiosk-config folder with kiosk.properties and certificates.properties (default: ${DEFAULT-VALUE}).")
    Path configDirectory;

    private final Wiring wiring;

    CertificateSampleCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidConfigException, IOException {
        KioskConfig kiosk = wiring.configBeforeCatalog(configDirectory);
        CertificateSettings settings = wiring.certificateSettings(configDirectory);
        Certificate certificate = new Certificate(wiring.certificateIssuer(settings, kiosk).issue(type),
                SampleCertificates.of(type, name));
        RenderedCertificate rendered = wiring.certificateRenderer(settings).render(certificate);
        try {
            Files.write(out, rendered.pdf());
        } catch (NoSuchFileException e) {
            throw new UserError("cannot write " + out + ": its folder does not exist", ExitCodes.BAD_INPUT);
        }
        PrintStream print = wiring.out();
        print.printf("Wrote %s: %s, %d page%s, %.1f KB, PDF/A-2b%n", out, type, rendered.pages(),
                rendered.pages() == 1 ? "" : "s", rendered.pdf().length / 1024.0);
        print.println("Certificate number " + certificate.issuance().certificateNumber() + ", verification code "
                + certificate.issuance().verificationCode());
        print.println("QR code: " + certificate.issuance().verificationUrl());
        if (!rendered.unrenderedCharacters().isEmpty()) {
            print.println(rendered.unrenderedCharacters().size() + " character(s) the font lacks, printed as 〓: "
                    + rendered.unrenderedCharacters().stream().map(UnrenderedCharacter::toString).toList());
        }
        return ExitCodes.OK;
    }

    /** {@code personal-contribution} and the like, to the type; a wrong name lists the right ones. */
    static final class TypeConverter implements CommandLine.ITypeConverter<CertificateType> {
        @Override
        public CertificateType convert(String value) {
            try {
                return CertificateType.ofId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The type names, for the help text. */
    static final class TypeNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(CertificateType.values()).map(CertificateType::id).iterator();
        }
    }
}
