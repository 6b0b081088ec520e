package com.hallkiosk.items;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.device.receipt.PrintOutcome;
import com.hallkiosk.device.receipt.Receipt;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.journal.MaskedPerson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One self-service item as a state machine, the same for every item: identify → choose → confirm → act →
 * journal → print → done → wipe. No Swing: each step is an {@link ItemStep} handed to the {@link ItemView}.
 *
 * <p>Every public method only queues work on the session worker, so the screen may call it from the event
 * thread; the visit's state is touched on the worker alone. Devices and the central answer through futures
 * with deadlines, and their answers come back onto the worker, where an answer for a visit that has ended
 * since (the person walked away, pressed Home) is dropped. The rules this keeps:
 * <ul>
 *   <li>nothing goes to the central before confirm, and the operation goes at most once: only the step
 *       CONFIRM moves to ACTING, and a second tap finds ACTING;</li>
 *   <li>while the central acts there is no Home; a visit wiped then still has its operation journaled
 *       (it was done, or refused, at the central), but nothing of it is shown or printed for the next person;</li>
 *   <li>the journal entry is written as soon as the central answers, before the receipt: a printer that fails or
 *       hangs cannot lose the record of an operation that was done;</li>
 *   <li>at the end every per-visit datum (identity, choice, result, receipt) is dropped.</li>
 * </ul>
 */
public final class ItemController {
    private static final Logger LOG = LoggerFactory.getLogger(ItemController.class);
    private static final String PRINT_AGAIN = "print-again";
    private static final String FINISH = "finish";

    private final SelfServiceItem item;
    private final CatalogGuidance guidance;
    private final ItemServices services;
    private final ItemView view;

    // The visit, on the worker only. visit counts visits so late answers of an ended one are recognised.
    private long visit;
    private Stage stage = Stage.ENDED;
    private Identity identity;
    private Choice chosen;
    private List<String> doneLines = List.of();
    private Receipt receipt;

    public ItemController(SelfServiceItem item, CatalogGuidance guidance, ItemServices services, ItemView view) {
        this.item = item;
        this.guidance = guidance;
        this.services = services;
        this.view = view;
    }

    /** The item's name as the catalog of this region gives it. */
    public String name() {
        return guidance.item().name();
    }

    /** Opens the item for a person: the identify step. */
    public void start() {
        onWorker(() -> {
            visit++;
            showIdentify("");
        });
    }

    /** The person chose how to identify (a button of the identify step). */
    public void identifyWith(IdentitySource source) {
        onWorker(() -> {
            if (stage != Stage.IDENTIFY || !item.accepts(source)) {
                return;
            }
            long reading = visit;
            show(Stage.READING, "正在读卡", "请稍候，读完之前不要取出卡。", "", List.of(), List.of(), false, false);
            services.readers().read(source).whenCompleteAsync((who, failure) -> {
                if (reading != visit || stage != Stage.READING) {
                    return;
                }
                if (failure != null) {
                    showIdentify(ItemWords.readFailure(source, failure));
                } else {
                    identified(who);
                }
            }, services.worker());
        });
    }

    /** A button of the choose step, by its key. */
    public void choose(String key) {
        onWorker(() -> {
            if (stage != Stage.CHOOSE) {
                return;
            }
            item.choices(identity).stream().filter(c -> c.key().equals(key)).findFirst().ifPresent(c -> {
                chosen = c;
                showConfirm();
            });
        });
    }

    /** The confirm button: the operation goes to the central, once, however often this is tapped. */
    public void confirm() {
        onWorker(() -> {
            if (stage != Stage.CONFIRM) {
                return;
            }
            long acting = visit;
            Identity who = identity;
            Choice what = chosen;
            show(Stage.ACTING, "正在办理", "请稍候，正在与业务系统联系。", "", List.of(), List.of(), false, false);
            CompletableFuture.supplyAsync(() -> act(who, what), services.centralCalls())
                    .orTimeout(services.centralDeadline().toMillis(), TimeUnit.MILLISECONDS)
                    .whenCompleteAsync((outcome, failure) -> acted(acting, who, outcome, failure), services.worker());
        });
    }

    /** "再打印一次" after the printer failed. */
    public void printAgain() {
        onWorker(() -> {
            if (stage == Stage.PRINT_FAILED) {
                print();
            }
        });
    }

    /** Back: one step back, or out of the item from the identify step; not while something is under way. */
    public void back() {
        onWorker(() -> {
            switch (stage) {
                case IDENTIFY -> end();
                case CHOOSE -> showIdentify("");
                case CONFIRM -> {
                    if (item.choices(identity).isEmpty()) {
                        showIdentify("");
                    } else {
                        showChoose();
                    }
                }
                default -> {
                }
            }
        });
    }

    /** Home, or 结束 on the last step: the item ends and its data goes; refused while the central acts. */
    public void home() {
        onWorker(() -> {
            if (stage != Stage.ACTING && stage != Stage.READING && stage != Stage.ENDED) {
                end();
            }
        });
    }

    /** The idle wipe or the shell's end of visit: ends the item whatever it is doing. */
    public void wipe() {
        onWorker(() -> {
            if (stage != Stage.ENDED) {
                end();
            }
        });
    }

    /** A button by its key, for screens that only know keys: the choices of every step go through here. */
    public void tapped(String key) {
        switch (key) {
            case PRINT_AGAIN -> printAgain();
            case FINISH -> home();
            case "confirm" -> confirm();
            default -> {
                for (IdentitySource source : IdentitySource.values()) {
                    if (source.name().equals(key)) {
                        identifyWith(source);
                        return;
                    }
                }
                choose(key);
            }
        }
    }

    /** Whether anything of the person is still held; false once the item ended. For the shell's and the tests' check. */
    boolean holdsVisitData() {
        return identity != null || chosen != null || receipt != null || !doneLines.isEmpty();
    }

    private void identified(Identity who) {
        identity = who;
        if (item.choices(who).isEmpty()) {
            chosen = new Choice("", "");
            showConfirm();
        } else {
            showChoose();
        }
    }

    private ItemOutcome act(Identity who, Choice what) {
        try {
            return item.act(who, what);
        } catch (BusinessException e) {
            throw new CompletionException(e);
        }
    }

    private void acted(long acting, Identity who, ItemOutcome outcome, Throwable failure) {
        boolean stillHere = acting == visit && stage == Stage.ACTING;
        String number = services.numbers().next();
        Instant at = services.clock().instant();
        if (failure == null) {
            journal(who, JournalEntry.Outcome.SUCCEEDED, number, outcome.journalDetail()
                    + (stillHere ? "" : "; the visit ended before the result was shown"));
            if (stillHere) {
                receipt = ItemReceipt.of(name(), number, at, services.clock().getZone(), services.kioskId(),
                        services.hallName(), who, outcome, guidance);
                List<String> lines = new ArrayList<>();
                lines.add("办理人：" + who.maskedName() + " " + who.maskedIdNumber());
                lines.addAll(outcome.result());
                lines.add("交易流水号：" + number);
                lines.addAll(outcome.nextSteps());
                lines.addAll(guidance.channelLines());
                doneLines = List.copyOf(lines);
                print();
            }
            return;
        }
        Throwable cause = ItemWords.cause(failure);
        if (cause instanceof BusinessException.Unavailable || cause instanceof TimeoutException
                || !(cause instanceof BusinessException)) {
            LOG.warn("{}: the central did not answer: {}", item.id(), cause.toString());
            journal(who, JournalEntry.Outcome.FAILED, "", "the central did not answer: " + cause.getClass().getSimpleName());
            if (stillHere) {
                show(Stage.NOT_DONE, "暂时无法办理", "业务系统暂时连接不上，这项业务没有办理。" + guidance.goToWindow(), "",
                        List.of(), List.of(new Choice(FINISH, "结束")), false, true);
            }
            return;
        }
        journal(who, JournalEntry.Outcome.REFUSED, "", "refused: " + cause.getClass().getSimpleName());
        if (stillHere) {
            show(Stage.NOT_DONE, "没有办理", item.refusal((BusinessException) cause) + guidance.goToWindow(), "",
                    List.of(), List.of(new Choice(FINISH, "结束")), false, true);
        }
    }

    private void journal(Identity who, JournalEntry.Outcome outcome, String reference, String detail) {
        MaskedPerson person = services.personKeys().mask(who.idNumber(), who.name());
        try {
            services.journal().record(guidance.item().id(), item.id(), outcome, person, reference, detail);
        } catch (RuntimeException e) {
            // The operation happened at the central, which keeps its own record; the person is not kept waiting.
            LOG.error("{}: the journal could not record {} {}", item.id(), outcome, reference, e);
        }
    }

    private void print() {
        long printing = visit;
        show(Stage.PRINTING, "正在打印凭条", "业务已办理完成，正在打印凭条，请稍候。", "", doneLines, List.of(), false, false);
        services.printer().print(receipt)
                .orTimeout(services.printDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((outcome, failure) -> {
                    if (printing != visit || stage != Stage.PRINTING) {
                        return;
                    }
                    Optional<String> problem = failure != null ? Optional.of("打印机没有回应")
                            : outcome.printed() ? Optional.empty() : Optional.of(outcome.problem());
                    if (problem.isEmpty()) {
                        show(Stage.DONE, "办理完成", "请取走凭条和您的卡。", "", doneLines,
                                List.of(new Choice(FINISH, "结束")), false, true);
                    } else {
                        show(Stage.PRINT_FAILED, "办理完成，凭条没有打印出来",
                                "业务已经办理完成，不需要重新办理。凭条没有打印出来：" + problem.get() + "。",
                                partly(outcome) ? "凭条可能只打印了一部分，请以再次打印的为准。" : "",
                                doneLines, List.of(new Choice(PRINT_AGAIN, "再打印一次"), new Choice(FINISH, "结束")),
                                false, true);
                    }
                }, services.worker());
    }

    private static boolean partly(PrintOutcome outcome) {
        return outcome != null && outcome.partlyPrinted();
    }

    private void end() {
        visit++;
        identity = null;
        chosen = null;
        receipt = null;
        doneLines = List.of();
        show(Stage.ENDED, "", "", "", List.of(), List.of(), false, false);
        view.ended();
    }

    private void showIdentify(String notice) {
        identity = null;
        chosen = null;
        List<Choice> ways = item.identifiedBy().stream().filter(services.readers()::has)
                .map(source -> new Choice(source.name(), source.label())).toList();
        show(Stage.IDENTIFY, name(), "请选择证明身份的方式：" + String.join("，或", ways.stream().map(Choice::label).toList()) + "。",
                notice, List.of(), ways, true, true);
    }

    private void showChoose() {
        chosen = null;
        show(Stage.CHOOSE, name(), "请选择要办理的内容。", "", List.of("办理人：" + identity.maskedName() + " "
                + identity.maskedIdNumber()), item.choices(identity), true, true);
    }

    private void showConfirm() {
        show(Stage.CONFIRM, "请确认", "请核对下面的信息，无误后点“" + item.confirmLabel() + "”。", "",
                item.confirmation(identity, chosen), List.of(new Choice("confirm", item.confirmLabel())), true, true);
    }

    private void show(Stage next, String title, String instruction, String notice, List<String> lines,
                      List<Choice> choices, boolean back, boolean home) {
        stage = next;
        view.show(new ItemStep(next, title, instruction, notice, lines, choices, back, home));
    }

    private void onWorker(Runnable task) {
        services.worker().execute(task);
    }
}
