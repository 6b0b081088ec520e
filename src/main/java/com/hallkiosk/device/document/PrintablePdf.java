package com.hallkiosk.device.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF to print on A4, held in memory, with the job's name. The name says what kind of document it is
 * ("pension-certificate"), never whose: CUPS keeps job names in its job history and logs, and a
 * cups-pdf queue names its files after them. So it is limited to ASCII letters, digits, '.', '_' and
 * '-', at most 40 characters, with no run of more than 4 digits (no ID, card or phone number fits).
 */
public final class PrintablePdf {
    private static final Pattern JOB_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,39}");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");

    private final byte[] pdf;
    private final String jobName;

    private PrintablePdf(byte[] pdf, String jobName) {
        if (!JOB_NAME.matcher(jobName).matches() || LONG_NUMBER.matcher(jobName).find()) {
            throw new IllegalArgumentException("a job name is a kind of document in ASCII letters, digits, '.', '_'"
                    + " and '-' (at most 40, no run of 5 digits), never a person's name or number: \"" + jobName + "\"");
        }
        this.pdf = pdf;
        this.jobName = jobName;
    }

    /** The PDF file's bytes; they are copied, so the caller may wipe its array. */
    public static PrintablePdf of(byte[] pdf, String jobName) {
        return new PrintablePdf(pdf.clone(), jobName);
    }

    /** The document saved to bytes in memory (nothing is written to disk). */
    public static PrintablePdf of(PDDocument document, String jobName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            document.save(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the document cannot be saved to memory", e);
        }
        return new PrintablePdf(bytes.toByteArray(), jobName);
    }

    byte[] bytes() {
        return pdf;
    }

    public String jobName() {
        return jobName;
    }
}
