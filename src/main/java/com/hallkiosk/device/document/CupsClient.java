package com.hallkiosk.device.document;

import com.hallkiosk.device.DeviceException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the kiosk asks cupsd over IPP (HTTP POST of application/ipp to port 631): a queue's state, the
 * default queue, a job's state, and cancelling and purging a job. Every request has a deadline. The
 * requests name this process's user as the requesting user, the same user javax.print's {@code lpr}
 * submits as, so CUPS shows us our own jobs' names and lets us cancel them.
 */
final class CupsClient {
    private static final List<String> QUEUE_ATTRIBUTES = List.of("printer-name", "printer-state",
            "printer-state-reasons", "printer-state-message", "printer-is-accepting-jobs");
    private static final List<String> JOB_ATTRIBUTES = List.of("job-id", "job-name", "job-state",
            "job-state-reasons", "job-printer-state-message");

    private final CupsServer server;
    private final Duration timeout;
    private final String user;
    private final HttpClient http;
    private final AtomicInteger requestIds = new AtomicInteger();

    CupsClient(CupsServer server, Duration timeout, String user) {
        this.server = server;
        this.timeout = timeout;
        this.user = user;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** The queue's state, under CUPS's spelling of its name; fails with Offline when cupsd does not answer or has no such queue. */
    QueueStatus queue(String queue) {
        IppResponse response = send(printerPath(queue), request(IppRequest.GET_PRINTER_ATTRIBUTES)
                .uri("printer-uri", server.ipp(printerPath(queue)))
                .name("requesting-user-name", user)
                .keywords("requested-attributes", QUEUE_ATTRIBUTES));
        if (response.status() == IppResponse.CLIENT_ERROR_NOT_FOUND) {
            throw new DeviceException.Offline("queue " + queue + " missing: CUPS has no queue of that name",
                    "`lpstat -p` lists the queues; set document.queue in kiosk-config/devices.properties to one"
                            + " of them, or create it with lpadmin", null);
        }
        IppResponse.Group printer = single(response, IppResponse.PRINTER_GROUP, "Get-Printer-Attributes");
        // CUPS matches names without regard to case; its own spelling is the one javax.print lists.
        String name = printer.text("printer-name");
        return new QueueStatus(name.isEmpty() ? queue : name, QueueStatus.State.of(printer.integer("printer-state", 0)),
                printer.bool("printer-is-accepting-jobs", false), printer.texts("printer-state-reasons"),
                printer.text("printer-state-message"));
    }

    /** The name of CUPS's default queue; fails with Offline when there is none. */
    String defaultQueue() {
        IppResponse response = send("/", request(IppRequest.CUPS_GET_DEFAULT)
                .keywords("requested-attributes", List.of("printer-name")));
        if (response.status() == IppResponse.CLIENT_ERROR_NOT_FOUND) {
            throw new DeviceException.Offline("no default queue: document.queue is empty and CUPS has no default",
                    "set document.queue in kiosk-config/devices.properties, or make a queue the default with"
                            + " lpadmin -d NAME", null);
        }
        String name = single(response, IppResponse.PRINTER_GROUP, "CUPS-Get-Default").text("printer-name");
        if (name.isEmpty()) {
            throw new DeviceException.Protocol("cupsd named no default queue", "restart cupsd");
        }
        return name;
    }

    /** Our newest job on the queue with exactly this name, finished or not. */
    Optional<JobStatus> newestJobNamed(String queue, String jobName) {
        IppResponse response = send(printerPath(queue), request(IppRequest.GET_JOBS)
                .uri("printer-uri", server.ipp(printerPath(queue)))
                .name("requesting-user-name", user)
                .keyword("which-jobs", "all")
                .bool("my-jobs", true)
                .keywords("requested-attributes", JOB_ATTRIBUTES));
        requireSuccess(response, "Get-Jobs");
        return response.groups(IppResponse.JOB_GROUP).stream()
                .filter(job -> job.text("job-name").equals(jobName))
                .max(Comparator.comparingInt(job -> job.integer("job-id", 0)))
                .map(CupsClient::jobStatus);
    }

    /** The job's state now; empty when CUPS no longer knows it (purged). */
    Optional<JobStatus> job(int jobId) {
        IppResponse response = send("/jobs/", request(IppRequest.GET_JOB_ATTRIBUTES)
                .uri("job-uri", server.ipp("/jobs/" + jobId))
                .name("requesting-user-name", user)
                .keywords("requested-attributes", JOB_ATTRIBUTES));
        if (response.status() == IppResponse.CLIENT_ERROR_NOT_FOUND) {
            return Optional.empty();
        }
        return Optional.of(jobStatus(single(response, IppResponse.JOB_GROUP, "Get-Job-Attributes")));
    }

    /**
     * Cancels the job if it is not finished, and with {@code purge} also removes its document and control
     * file from CUPS's spool (a CUPS extension, purge-job, which also works on finished jobs). Without
     * it CUPS keeps the document for PreserveJobFiles, a day by default.
     */
    void cancel(int jobId, boolean purge) {
        IppResponse response = send("/jobs/", request(IppRequest.CANCEL_JOB)
                .uri("job-uri", server.ipp("/jobs/" + jobId))
                .name("requesting-user-name", user)
                .bool("purge-job", purge));
        if (response.status() != IppResponse.CLIENT_ERROR_NOT_FOUND) {
            requireSuccess(response, "Cancel-Job");
        }
    }

    private IppRequest request(int operation) {
        return new IppRequest(operation, requestIds.incrementAndGet());
    }

    private IppResponse send(String path, IppRequest ipp) {
        HttpRequest request = HttpRequest.newBuilder(server.http(path)).timeout(timeout)
                .header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ipp.toBytes())).build();
        try {
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new DeviceException.Protocol("cupsd answered HTTP " + answer.statusCode() + " to " + path,
                        "cupsd.conf must let this user ask about queues and jobs from " + server);
            }
            return IppResponse.parse(answer.body());
        } catch (HttpTimeoutException e) {
            throw new DeviceException.Timeout("cupsd did not answer at " + server + " within " + timeout.toMillis()
                    + " ms", "is cupsd hanging? restart it: systemctl restart cups");
        } catch (ConnectException e) {
            throw new DeviceException.Offline("cupsd not running: nothing answers at " + server,
                    "start CUPS: systemctl start cups (or run cupsd); apt-get install cups if it is missing", e);
        } catch (IOException e) {
            throw new DeviceException.Offline("cupsd cannot be reached at " + server + ": " + e.getMessage(),
                    "start CUPS: systemctl start cups; check CUPS_SERVER if it is set", e);
        } catch (IllegalArgumentException e) {
            throw new DeviceException.Protocol("cupsd's answer is not valid IPP: " + e.getMessage(), "restart cupsd");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException.Timeout("interrupted while asking cupsd", null);
        }
    }

    private static IppResponse.Group single(IppResponse response, int tag, String operation) {
        requireSuccess(response, operation);
        List<IppResponse.Group> groups = response.groups(tag);
        if (groups.isEmpty()) {
            throw new DeviceException.Protocol("cupsd's answer to " + operation + " is empty", "restart cupsd");
        }
        return groups.get(0);
    }

    private static void requireSuccess(IppResponse response, String operation) {
        if (!response.successful()) {
            throw new DeviceException.Protocol(operation + " failed with IPP status 0x"
                    + Integer.toHexString(response.status()), "`lpstat -l -p` and cupsd's error_log say more");
        }
    }

    private static JobStatus jobStatus(IppResponse.Group job) {
        return new JobStatus(job.integer("job-id", 0), JobStatus.State.of(job.integer("job-state", 0)),
                job.texts("job-state-reasons"), job.text("job-printer-state-message"));
    }

    private static String printerPath(String queue) {
        return "/printers/" + URLEncoder.encode(queue, StandardCharsets.UTF_8);
    }
}
