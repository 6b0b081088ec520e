package com.hallkiosk.device.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.device.DeviceHealth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a queue's IPP state means for the kiosk: whether it prints, and what a technician should do. */
class QueueStatusTest {
    private static QueueVerdict verdict(QueueStatus.State state, boolean accepting, String message, String... reasons) {
        return new QueueStatus("hp", state, accepting, List.of(reasons), message).verdict();
    }

    @Test
    void anEnabledAcceptingQueueWithNoErrorIsReady() {
        assertThat(verdict(QueueStatus.State.IDLE, true, "", "none"))
                .isEqualTo(new QueueVerdict(DeviceHealth.State.READY, "queue hp idle", null));
        assertThat(verdict(QueueStatus.State.PROCESSING, true, "", "none").reason()).isEqualTo("queue hp printing");
    }

    @Test
    void stoppedAndRejectingQueuesAreNotReadyAndSayHowToStartThem() {
        QueueVerdict stopped = verdict(QueueStatus.State.STOPPED, true, "Printer not connected", "paused");
        assertThat(stopped.state()).isEqualTo(DeviceHealth.State.NOT_READY);
        assertThat(stopped.reason()).isEqualTo("queue hp stopped (CUPS says: Printer not connected)");
        assertThat(stopped.whatToCheck()).contains("cupsenable hp");
        assertThat(stopped.canPrint()).isFalse();

        QueueVerdict rejecting = verdict(QueueStatus.State.IDLE, false, "", "none");
        assertThat(rejecting.state()).isEqualTo(DeviceHealth.State.NOT_READY);
        assertThat(rejecting.reason()).isEqualTo("queue hp rejects jobs");
        assertThat(rejecting.whatToCheck()).contains("cupsaccept hp");
    }

    @Test
    void printerErrorsStopJobsAndWarningsDoNot() {
        QueueVerdict noPaper = verdict(QueueStatus.State.IDLE, true, "", "media-empty-error", "toner-low-warning");
        assertThat(noPaper.state()).isEqualTo(DeviceHealth.State.NOT_READY);
        assertThat(noPaper.reason()).isEqualTo("printer on hp reports media-empty-error");
        assertThat(verdict(QueueStatus.State.IDLE, true, "", "offline-report").state())
                .isEqualTo(DeviceHealth.State.NOT_READY);

        QueueVerdict toner = verdict(QueueStatus.State.IDLE, true, "", "toner-low-warning");
        assertThat(toner.state()).isEqualTo(DeviceHealth.State.WARNING);
        assertThat(toner.canPrint()).isTrue();
        assertThat(verdict(QueueStatus.State.IDLE, true, "", "cups-waiting-for-job-completed-report").state())
                .as("-report reasons are information").isEqualTo(DeviceHealth.State.READY);
    }

    @Test
    void aQueueNamedLpIsRefusedBecauseTheJdkWouldPrintOnTheDefaultDestination() {
        QueueVerdict lp = new QueueStatus("lp", QueueStatus.State.IDLE, true, List.of("none"), "").verdict();
        assertThat(lp.canPrint()).isFalse();
        assertThat(lp.reason()).startsWith("queue lp cannot be chosen");
    }
}
