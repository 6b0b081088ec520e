package com.hallkiosk.certificate;

import com.hallkiosk.device.sscard.RequiredServices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * poppler's pdftotext (Debian package poppler-utils), as someone copying text out of a certificate
 * would get it. Tests skip without it, or fail when the build requires the OS tools.
 */
public final class Pdftotext {
    private static final Path COMMAND = Path.of("/usr/bin/pdftotext");
    private static final long TIMEOUT_S = 30;

    private Pdftotext() {
    }

    public static void require() {
        RequiredServices.require(Files.isExecutable(COMMAND), "pdftotext is not installed (apt-get install poppler-utils)");
    }

    /** The text of {@code pdf}, in reading order ({@code -layout} keeps table rows on one line). */
    public static String text(byte[] pdf, Path directory, String... options) throws IOException, InterruptedException {
        require();
        Path file = Files.createTempFile(directory, "certificate", ".pdf");
        Files.write(file, pdf);
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(COMMAND.toString(), "-enc", "UTF-8"));
        command.addAll(java.util.List.of(options));
        command.addAll(java.util.List.of(file.toString(), "-"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("pdftotext took over " + TIMEOUT_S + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("pdftotext failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
