package com.hallkiosk.device.document;

import java.time.Duration;

/**
 * How the document printer reaches its queue and how long it waits.
 *
 * @param queue          the CUPS queue's name; empty for CUPS's default queue
 * @param server         where cupsd answers (the same place javax.print sends jobs)
 * @param requestTimeout the longest one question to cupsd may take
 * @param jobTimeout     the longest a job may take from queued to completed before it is cancelled and
 *                       reported not printed: room for a printer waking up, not the expected time
 * @param jobPoll        how often the job's state is asked while it prints
 * @param healthPoll     how often the queue's state is asked while the printer is open
 */
public record DocumentPrinterSettings(String queue, CupsServer server, Duration requestTimeout, Duration jobTimeout,
                                      Duration jobPoll, Duration healthPoll) {
    /** Rendering the pages for the spooler and handing them over, before the job is queued. */
    static final Duration SUBMIT_ALLOWANCE = Duration.ofSeconds(30);

    public static DocumentPrinterSettings defaults(String queue) {
        return new DocumentPrinterSettings(queue, CupsServer.fromEnvironment(System.getenv()), Duration.ofSeconds(5),
                Duration.ofSeconds(60), Duration.ofMillis(250), Duration.ofSeconds(10));
    }

    public DocumentPrinterSettings withServer(CupsServer newServer) {
        return new DocumentPrinterSettings(queue, newServer, requestTimeout, jobTimeout, jobPoll, healthPoll);
    }

    public DocumentPrinterSettings withJobTimeout(Duration newJobTimeout) {
        return new DocumentPrinterSettings(queue, server, requestTimeout, newJobTimeout, jobPoll, healthPoll);
    }

    public DocumentPrinterSettings withHealthPoll(Duration newHealthPoll) {
        return new DocumentPrinterSettings(queue, server, requestTimeout, jobTimeout, jobPoll, newHealthPoll);
    }

    /** The whole of one print call: a few questions, handing the job over, the job, and cleaning up. */
    Duration printDeadline() {
        return jobTimeout.plus(SUBMIT_ALLOWANCE).plus(requestTimeout.multipliedBy(6));
    }
}
