package com.hallkiosk.items;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an item as data: the screen renders it, a test reads it. Every text is plain words for the
 * person at the kiosk; personal data in it is masked.
 *
 * @param stage       where in the shape the item is
 * @param title       the step's heading
 * @param instruction what to do now, in one or two sentences
 * @param notice      what just went wrong and how to go on (a card pulled out, a printer without paper), or empty
 * @param lines       what the step shows: the person masked, the result, the next steps
 * @param choices     the buttons of this step, in order (besides Back and Home)
 * @param backAllowed whether Back is offered
 * @param homeAllowed whether Home is offered; never while the central is doing the operation
 * @param previewPng  a masked picture of the document the confirm step is about, or empty
 */
public record ItemStep(Stage stage, String title, String instruction, String notice, List<String> lines,
                       List<Choice> choices, boolean backAllowed, boolean homeAllowed, Optional<byte[]> previewPng) {

    /** The item's shape: identify → choose → confirm → act → print → done, and the ways it can stop. */
    public enum Stage {
        IDENTIFY,
        /** A card is being read; nothing to tap. */
        READING,
        /** The central is asked what the person may choose, or for the preview; nothing to tap. */
        LOOKING_UP,
        CHOOSE,
        CONFIRM,
        /** A PIN is typed on the PIN pad (or the on-screen keypad); the lines show one dot per digit. */
        ENTER_PIN,
        /** The camera films the person following one liveness prompt (blink, turn, read the digits aloud). */
        FACE_CAPTURE,
        /** The central is doing the operation; nothing to tap, no Home: it is confirmed or not sent. */
        ACTING,
        PRINTING,
        /** Done and the receipt printed. */
        DONE,
        /** Done, but the receipt did not come out: the step says so and offers to print again. */
        PRINT_FAILED,
        /** Not done: refused by the central or the central unreachable; the step says where to go instead. */
        NOT_DONE,
        /** The visit's data is gone. */
        ENDED
    }

    public ItemStep {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(notice, "notice");
        lines = List.copyOf(lines);
        choices = List.copyOf(choices);
        Objects.requireNonNull(previewPng, "previewPng");
    }

    /** All the step's text, for tests and for checking that nothing unmasked is on screen. */
    public String text() {
        return String.join("\n", title, instruction, notice, String.join("\n", lines),
                String.join("\n", choices.stream().map(Choice::label).toList()));
    }
}
