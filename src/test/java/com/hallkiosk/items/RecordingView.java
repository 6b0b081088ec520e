package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The screen as a test sees it: every step shown, in order, and whether the item said it ended. */
final class RecordingView implements ItemView {
    private static final long WAIT_SECONDS = 15;

    private final BlockingQueue<ItemStep> steps = new LinkedBlockingQueue<>();
    final List<ItemStep> shown = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

    @Override
    public void show(ItemStep step) {
        shown.add(step);
        steps.add(step);
    }

    @Override
    public void ended() {
        ended.countDown();
    }

    /** The next step of {@code stage}, skipping the steps before it; fails if another settled stage comes first. */
    ItemStep await(ItemStep.Stage stage) throws InterruptedException {
        return await(stage, step -> true);
    }

    /**
     * The next step of {@code stage} that is {@code which}, skipping the steps before it (those of the same stage
     * too: a PIN entry shows its step again at every key); fails if another settled stage comes first.
     */
    ItemStep await(ItemStep.Stage stage, Predicate<ItemStep> which) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            ItemStep step = steps.poll(100, TimeUnit.MILLISECONDS);
            if (step != null && step.stage() == stage && which.test(step)) {
                return step;
            }
            if (step != null && step.stage() != stage && !transitional(step.stage())) {
                throw new AssertionError("expected " + stage + " but the item showed " + step.stage() + ":\n" + step.text());
            }
        }
        throw new AssertionError("no " + stage + " step within " + WAIT_SECONDS + " s; shown: "
                + shown.stream().map(ItemStep::stage).toList());
    }

    /** Whether the item told the shell it ended, waiting a little for it (it comes right after the ENDED step). */
    boolean awaitEnded() throws InterruptedException {
        return ended.await(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Nothing more is shown for a while (a second tap did nothing). */
    void assertQuietFor(long millis) throws InterruptedException {
        assertThat(steps.poll(millis, TimeUnit.MILLISECONDS)).as("no further step").isNull();
    }

    /** Steps passed over while waiting for another; a PIN entry's too, which comes again at every key typed. */
    private static boolean transitional(ItemStep.Stage stage) {
        return stage == ItemStep.Stage.READING || stage == ItemStep.Stage.LOOKING_UP || stage == ItemStep.Stage.ACTING
                || stage == ItemStep.Stage.PRINTING || stage == ItemStep.Stage.ENTER_PIN
                || stage == ItemStep.Stage.FACE_CAPTURE;
    }
}
