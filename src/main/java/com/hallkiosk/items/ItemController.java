package com.hallkiosk.items;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.FaceSample;
import com.hallkiosk.device.camera.FaceCapture;
import com.hallkiosk.device.camera.LivenessPrompt;
import com.hallkiosk.device.camera.LivenessResult;
import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.pinpad.Pin;
import com.hallkiosk.device.pinpad.PinEntryCancelled;
import com.hallkiosk.device.pinpad.PinKey;
import com.hallkiosk.device.pinpad.PinPad;
import com.hallkiosk.device.pinpad.PinRequest;
import com.hallkiosk.device.pinpad.TrivialPins;
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
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One self-service item as a state machine, the same for every item: identify → (look up) → choose →
 * (look up) → confirm → PINs → act → journal → print (A4 document, receipt) → done → wipe. No Swing: each step is an {@link ItemStep} handed to the {@link ItemView}.
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
    /** Face captures a person may try before being sent to a window. */
    private static final int FACE_ATTEMPTS = 3;
    /** On top of the camera's own timeout per prompt, so that its timeout, not this, is what normally ends a prompt. */
    private static final long FACE_MARGIN_MILLIS = 2_000;

    private final SelfServiceItem item;
    private final CatalogGuidance guidance;
    private final ItemServices services;
    private final ItemView view;

    // The visit, on the worker only. visit counts visits so late answers of an ended one are recognised.
    private long visit;
    private Stage stage = Stage.ENDED;
    private Identity identity;
    private List<Choice> offered = List.of();
    private Choice chosen;
    private Confirmation confirmation;
    private EnteredPins pins = EnteredPins.NONE;
    // The frames of a face capture under way; closed (wiped) as soon as the sample is taken or the visit moves on.
    private FaceCapture capture;
    private long faceEntry;
    private int faceAttempts;
    // Counts PIN entries, so the keys and the end of an entry the person left (Back) are recognised.
    private long pinEntry;
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
            item.closed().ifPresentOrElse(closed -> showRefused(closed, List.of()), () -> showIdentify(""));
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
            offered.stream().filter(c -> c.key().equals(key)).findFirst().ifPresent(c -> {
                chosen = c;
                lookUpConfirmation();
            });
        });
    }

    /**
     * The confirm button: the PINs the item needs are asked, then the operation goes to the central, once,
     * however often this is tapped (only CONFIRM leads on, and it is left at the first tap).
     */
    public void confirm() {
        onWorker(() -> {
            if (stage != Stage.CONFIRM) {
                return;
            }
            List<PinPrompt> prompts = item.pins(chosen);
            if (prompts.isEmpty()) {
                afterPins(EnteredPins.NONE);
            } else if (services.pinPad().isEmpty()) {
                show(Stage.NOT_DONE, "暂时无法办理", "这台机器没有可用的密码键盘，这项业务没有办理。" + guidance.goToWindow(), "",
                        List.of(), List.of(new Choice(FINISH, "结束")), false, true);
            } else {
                pins = new EnteredPins();
                askPin(prompts, 0, "");
            }
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
                    if (offered.isEmpty()) {
                        showIdentify("");
                    } else {
                        showChoose();
                    }
                }
                case ENTER_PIN -> {
                    stopPinEntry();
                    showConfirm("");
                }
                case FACE_CAPTURE -> {
                    closeCapture();
                    pins.close();
                    showConfirm("");
                }
                default -> {
                }
            }
        });
    }

    /** Home, or 结束 on the last step: the item ends and its data goes; refused while the central acts. */
    public void home() {
        onWorker(() -> {
            if (stage != Stage.ACTING && stage != Stage.READING && stage != Stage.PRINTING && stage != Stage.ENDED) {
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
        return identity != null || chosen != null || confirmation != null || receipt != null || !doneLines.isEmpty()
                || !offered.isEmpty() || !pins.wiped() || capture != null;
    }

    private void identified(Identity who) {
        identity = who;
        lookUp(() -> item.choices(who), choices -> {
            offered = List.copyOf(choices);
            if (offered.isEmpty()) {
                chosen = new Choice("", "");
                lookUpConfirmation();
            } else {
                showChoose();
            }
        });
    }

    private void lookUpConfirmation() {
        Identity who = identity;
        Choice what = chosen;
        lookUp(() -> item.confirmation(who, what), found -> {
            confirmation = found;
            showConfirm("");
        });
    }

    /** A read-only question to the central, off the worker, with the central's deadline; its answer back on the worker. */
    private <T> void lookUp(Lookup<T> question, Consumer<T> answered) {
        long asking = visit;
        Identity who = identity;
        show(Stage.LOOKING_UP, "正在查询", "请稍候，正在查询您的信息。", "", List.of(), List.of(), false, true);
        CompletableFuture.supplyAsync(() -> {
            try {
                return question.ask();
            } catch (BusinessException | Refusal e) {
                throw new CompletionException(e);
            }
        }, services.centralCalls())
                .orTimeout(services.centralDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((answer, failure) -> {
                    if (asking != visit || stage != Stage.LOOKING_UP) {
                        return;
                    }
                    if (failure == null) {
                        answered.accept(answer);
                        return;
                    }
                    Throwable cause = ItemWords.cause(failure);
                    if (cause instanceof Refusal refusal) {
                        showRefused(refusal, List.of(who.holderLine()));
                    } else if (cause instanceof BusinessException refused && !(cause instanceof BusinessException.Unavailable)) {
                        show(Stage.NOT_DONE, "不能办理", item.refusal(refused) + guidance.goToWindow(), "",
                                List.of(who.holderLine()), List.of(new Choice(FINISH, "结束")), false, true);
                    } else if (centralSilent(cause)) {
                        LOG.warn("{}: the central did not answer a question: {}", item.id(), cause.toString());
                        showCentralUnreachable();
                    } else {
                        LOG.error("{}: the kiosk failed while looking up", item.id(), cause);
                        showKioskFault();
                    }
                }, services.worker());
    }

    /** A question an item asks the central before anything is done. */
    @FunctionalInterface
    private interface Lookup<T> {
        T ask() throws BusinessException, Refusal;
    }

    /** The item's own refusal: its sentence, where to go instead (or whom to call), then its reasons line by line. */
    private void showRefused(Refusal refusal, List<String> holder) {
        List<String> lines = new ArrayList<>(holder);
        lines.addAll(refusal.lines());
        show(Stage.NOT_DONE, "不能办理", refusal.reason() + (refusal.atWindow() ? guidance.goToWindow()
                : guidance.phoneLine() + "。"), "", lines, List.of(new Choice(FINISH, "结束")), false, true);
    }

    private void askPin(List<PinPrompt> prompts, int index, String notice) {
        PinPad pad = services.pinPad().orElseThrow();
        PinPrompt prompt = prompts.get(index);
        long entry = ++pinEntry;
        showPin(prompt, 0, notice);
        pad.collect(PinRequest.socialSecurityCard(services.pinTimeout()), (key, digits) -> onWorker(() -> {
            if (entry == pinEntry && stage == Stage.ENTER_PIN) {
                showPin(prompt, digits, key == PinKey.ENTER_TOO_SHORT ? "密码要输满6位数字再按“确认”。" : notice);
            }
        })).whenCompleteAsync((pin, failure) -> {
            if (entry != pinEntry || stage != Stage.ENTER_PIN) {
                if (pin != null) {
                    pin.close();
                }
                return;
            }
            if (failure != null) {
                pinFailed(ItemWords.cause(failure));
            } else {
                pinEntered(prompts, index, pin);
            }
        }, services.worker());
    }

    private void pinEntered(List<PinPrompt> prompts, int index, Pin pin) {
        PinPrompt prompt = prompts.get(index);
        switch (prompt) {
            case CURRENT -> pins.setCurrent(pin);
            case NEW -> {
                Optional<String> refused = TrivialPins.whyRefused(pin.digits(), identity.idNumber());
                if (refused.isPresent()) {
                    pin.close();
                    askPin(prompts, index, "这个密码太简单，" + ItemWords.chinese(refused.get()) + "。请换一个。");
                    return;
                }
                pins.setChosen(pin);
            }
            case NEW_AGAIN -> {
                boolean same = pins.chosen().map(pin::sameAs).orElse(false);
                pin.close();
                if (!same) {
                    pins.setChosen(null);
                    askPin(prompts, prompts.indexOf(PinPrompt.NEW), "两次输入的新密码不一样，请重新设置。");
                    return;
                }
            }
        }
        if (index + 1 < prompts.size()) {
            askPin(prompts, index + 1, "");
        } else {
            afterPins(pins);
        }
    }

    private void pinFailed(Throwable cause) {
        pinEntry++;
        pins.close();
        if (cause instanceof PinEntryCancelled) {
            showConfirm("已取消输入密码。要继续办理，请再点“" + item.confirmLabel() + "”。");
        } else if (cause instanceof DeviceException.Timeout || cause instanceof TimeoutException) {
            showConfirm("很长时间没有输入密码，已经停止。要继续办理，请再点“" + item.confirmLabel() + "”。");
        } else {
            LOG.warn("{}: the PIN pad failed: {}", item.id(), cause.toString());
            show(Stage.NOT_DONE, "暂时无法办理", "密码键盘暂时不能使用，这项业务没有办理。" + guidance.goToWindow(), "",
                    List.of(), List.of(new Choice(FINISH, "结束")), false, true);
        }
    }

    /** Leaves a PIN entry under way (Back, Home, the wipe): the pad drops its digits, the PINs so far are wiped. */
    private void stopPinEntry() {
        pinEntry++;
        services.pinPad().ifPresent(PinPad::cancelEntry);
        pins.close();
    }

    private void showPin(PinPrompt prompt, int digits, String notice) {
        int length = PinRequest.SOCIAL_SECURITY_CARD_LENGTH;
        String dots = "●".repeat(Math.min(digits, length)) + "○".repeat(Math.max(0, length - digits));
        show(Stage.ENTER_PIN, prompt.title(), prompt.instruction(), notice, List.of("已输入：" + dots), List.of(),
                true, true);
    }

    /** The PINs are in (or none were asked): the face capture the item asks for, else the operation. */
    private void afterPins(EnteredPins entered) {
        Optional<FaceCheck> check = item.faceCheck(chosen);
        if (check.isEmpty()) {
            send(entered, Optional.empty());
        } else if (!check.get().ready()) {
            entered.close();
            show(Stage.NOT_DONE, "暂时无法办理", "摄像头暂时不能使用，这项业务没有办理。" + guidance.goToWindow(), "",
                    List.of(), List.of(new Choice(FINISH, "结束")), false, true);
        } else {
            closeCapture();
            capture = new FaceCapture();
            film(entered, check.get(), check.get().promptsForSession(), 0);
        }
    }

    /** Films one prompt after the other; the person sees each prompt (and the digits to read) while it is filmed. */
    private void film(EnteredPins entered, FaceCheck check, List<LivenessPrompt> prompts, int index) {
        long entry = ++faceEntry;
        LivenessPrompt prompt = prompts.get(index);
        List<String> lines = new ArrayList<>();
        lines.add("第 " + (index + 1) + " 步，共 " + prompts.size() + " 步");
        if (prompt.kind() == LivenessPrompt.Kind.READ_DIGITS) {
            lines.add("要读的数字：" + String.join(" ", prompt.digits().split("")));
        }
        lines.add("请让整张脸在虚线框里。");
        show(Stage.FACE_CAPTURE, "请看着摄像头", prompt.kind().chinese() + "。", "", lines, List.of(), true, true);
        check.film(capture, prompt)
                .orTimeout(check.promptTimeout().toMillis() + FACE_MARGIN_MILLIS, TimeUnit.MILLISECONDS)
                .whenCompleteAsync((filmed, failure) -> {
                    if (entry != faceEntry || stage != Stage.FACE_CAPTURE) {
                        return;
                    }
                    if (failure != null) {
                        LOG.warn("{}: the camera failed: {}", item.id(), ItemWords.cause(failure).toString());
                        closeCapture();
                        entered.close();
                        show(Stage.NOT_DONE, "暂时无法办理", "摄像头出了问题，这项业务没有办理。" + guidance.goToWindow(), "",
                                List.of(), List.of(new Choice(FINISH, "结束")), false, true);
                    } else if (index + 1 < prompts.size()) {
                        film(entered, check, prompts, index + 1);
                    } else {
                        faceFilmed(entered, check, prompts);
                    }
                }, services.worker());
    }

    /** Every prompt filmed: liveness decided here, the compact sample taken, the frames wiped at once. */
    private void faceFilmed(EnteredPins entered, FaceCheck check, List<LivenessPrompt> prompts) {
        LivenessResult result = check.check(capture, prompts);
        Optional<FaceSample> sample = result.passed() ? check.sample(capture) : Optional.empty();
        closeCapture();
        if (sample.isPresent()) {
            faceAttempts = 0;
            send(entered, sample);
            return;
        }
        entered.close();
        faceAttempts++;
        String missed = result.failed().isEmpty() ? "没有看清您的脸"
                : "没有看清您" + String.join("、", result.failed().stream().map(p -> p.kind().chinese()
                        .replaceFirst("^请", "")).toList());
        if (faceAttempts >= FACE_ATTEMPTS) {
            show(Stage.NOT_DONE, "没有认证成功", "试了" + FACE_ATTEMPTS + "次都没有认证成功（" + missed + "），这项业务没有办理。"
                    + guidance.goToWindow(), "", List.of(), List.of(new Choice(FINISH, "结束")), false, true);
        } else {
            showConfirm("刚才" + missed + "。请正对摄像头，光线亮一些，按屏幕上的提示做，然后再点“" + item.confirmLabel() + "”。");
        }
    }

    private void closeCapture() {
        faceEntry++;
        if (capture != null) {
            capture.close();
            capture = null;
        }
    }

    /** The operation to the central with the PINs and face it needs; they are wiped as soon as it answered. */
    private void send(EnteredPins entered, Optional<FaceSample> face) {
        long acting = visit;
        Identity who = identity;
        Choice what = chosen;
        show(Stage.ACTING, "正在办理", "请稍候，正在与业务系统联系。", "", List.of(), List.of(), false, false);
        CompletableFuture.supplyAsync(() -> act(who, what, entered, face), services.centralCalls())
                .orTimeout(services.centralDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((outcome, failure) -> {
                    entered.close();
                    face.ifPresent(FaceSample::wipe);
                    acted(acting, who, outcome, failure);
                }, services.worker());
    }

    private ItemOutcome act(Identity who, Choice what, EnteredPins entered, Optional<FaceSample> face) {
        try {
            return item.act(who, what, entered, face);
        } catch (BusinessException e) {
            throw new CompletionException(e);
        }
    }

    private void acted(long acting, Identity who, ItemOutcome outcome, Throwable failure) {
        boolean stillHere = acting == visit && stage == Stage.ACTING;
        String number = services.numbers().next();
        Instant at = services.clock().instant();
        if (failure == null) {
            journal(who, JournalEntry.Outcome.SUCCEEDED, outcome.reference().isEmpty() ? number : outcome.reference(),
                    outcome.journalDetail() + (stillHere ? "" : "; the visit ended before the result was shown"));
            if (stillHere) {
                if (outcome.document().isPresent()) {
                    printDocument(who, outcome, number, at);
                } else {
                    finish(who, outcome, number, at, List.of());
                }
            }
            return;
        }
        Throwable cause = ItemWords.cause(failure);
        if (centralSilent(cause)) {
            LOG.warn("{}: the central did not answer: {}", item.id(), cause.toString());
            journal(who, JournalEntry.Outcome.FAILED, "", "the central did not answer: " + cause.getClass().getSimpleName());
            if (stillHere) {
                showCentralUnreachable();
            }
            return;
        }
        if (!(cause instanceof BusinessException)) {
            // The kiosk's own part failed (a certificate that would not render): whether the central did its
            // part is unknown to the person, so the words say the kiosk failed and the journal keeps it.
            LOG.error("{}: the kiosk failed during the operation", item.id(), cause);
            journal(who, JournalEntry.Outcome.FAILED, "", "kiosk fault: " + cause.getClass().getSimpleName());
            if (stillHere) {
                showKioskFault();
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

    /** The central did not answer: unreachable, or not within the deadline. */
    private static boolean centralSilent(Throwable cause) {
        return cause instanceof BusinessException.Unavailable || cause instanceof TimeoutException;
    }

    private void showKioskFault() {
        show(Stage.NOT_DONE, "暂时无法办理", "这台机器出了故障，这项业务没有办理完成。" + guidance.goToWindow(), "",
                List.of(), List.of(new Choice(FINISH, "结束")), false, true);
    }

    private void showCentralUnreachable() {
        show(Stage.NOT_DONE, "暂时无法办理", "业务系统暂时连接不上，这项业务没有办理。" + guidance.goToWindow(), "",
                List.of(), List.of(new Choice(FINISH, "结束")), false, true);
    }

    /** A certificate on the A4 printer first; whether it came out or not goes on the screen and the receipt. */
    private void printDocument(Identity who, ItemOutcome outcome, String number, Instant at) {
        A4Document document = outcome.document().orElseThrow();
        if (services.documents().isEmpty()) {
            finish(who, outcome, number, at, document.ifNotPrinted());
            return;
        }
        long printing = visit;
        show(Stage.PRINTING, "正在打印" + document.name(), "请稍候，正在打印，打印完成后从出纸口取走。", "", List.of(), List.of(),
                false, false);
        services.documents().get().print(document.pdf())
                .orTimeout(services.printDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((printed, failure) -> {
                    if (printing != visit || stage != Stage.PRINTING) {
                        return;
                    }
                    List<String> notes = new ArrayList<>();
                    if (failure == null && printed.printed()) {
                        notes.add(document.name() + "已打印（共" + printed.pages() + "页），请从A4出纸口取走。");
                    } else {
                        LOG.warn("{}: the A4 printer did not print: {}", item.id(),
                                failure != null ? failure.toString() : printed.problem());
                        notes.add(document.name() + "没有打印出来（打印机没有完成打印）。");
                        notes.addAll(document.ifNotPrinted());
                    }
                    finish(who, outcome, number, at, notes);
                }, services.worker());
    }

    private void finish(Identity who, ItemOutcome outcome, String number, Instant at, List<String> notes) {
        receipt = ItemReceipt.of(name(), number, at, services.clock().getZone(), services.kioskId(),
                services.hallName(), who, outcome, notes, guidance);
        List<String> lines = new ArrayList<>();
        lines.add("办理人：" + who.maskedName() + " " + who.maskedIdNumber());
        lines.addAll(outcome.result());
        lines.addAll(notes);
        lines.add("交易流水号：" + number);
        lines.addAll(outcome.nextSteps());
        lines.addAll(guidance.channelLines());
        doneLines = List.copyOf(lines);
        print();
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
        stopPinEntry();
        closeCapture();
        faceAttempts = 0;
        pins = EnteredPins.NONE;
        identity = null;
        offered = List.of();
        chosen = null;
        confirmation = null;
        receipt = null;
        doneLines = List.of();
        show(Stage.ENDED, "", "", "", List.of(), List.of(), false, false);
        view.ended();
    }

    private void showIdentify(String notice) {
        faceAttempts = 0;
        identity = null;
        offered = List.of();
        chosen = null;
        confirmation = null;
        List<Choice> ways = item.identifiedBy().stream().filter(services.readers()::has)
                .map(source -> new Choice(source.name(), source.label())).toList();
        show(Stage.IDENTIFY, name(), "请选择证明身份的方式：" + String.join("，或", ways.stream().map(Choice::label).toList()) + "。",
                notice, List.of(), ways, true, true);
    }

    private void showChoose() {
        chosen = null;
        confirmation = null;
        show(Stage.CHOOSE, name(), "请选择要办理的内容。", item.beforeChoosing(identity), List.of("办理人："
                + identity.maskedName() + " " + identity.maskedIdNumber()), offered, true, true);
    }

    private void showConfirm(String notice) {
        stage = Stage.CONFIRM;
        view.show(new ItemStep(Stage.CONFIRM, "请确认", "请核对下面的信息，无误后点“" + item.confirmLabel() + "”。", notice,
                confirmation.lines(), List.of(new Choice("confirm", item.confirmLabel())), true, true,
                confirmation.previewPng()));
    }

    private void show(Stage next, String title, String instruction, String notice, List<String> lines,
                      List<Choice> choices, boolean back, boolean home) {
        stage = next;
        view.show(new ItemStep(next, title, instruction, notice, lines, choices, back, home, Optional.empty()));
    }

    private void onWorker(Runnable task) {
        services.worker().execute(task);
    }
}
