package com.hallkiosk.items;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.FaceSample;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a self-service item that differs from item to item; {@link ItemController} runs the shape
 * around it (identify → choose → confirm → act → journal → receipt → wipe). A new item is one class in a
 * folder of its own that implements this.
 *
 * <p>Only {@link #act} changes anything at the central, and the controller calls it once per visit, after
 * confirm (and the PINs), on the central-call executor. {@link #choices} and {@link #confirmation} may ask the
 * central read-only questions (which certificates, which units, the card's state): the controller also calls
 * them there, never on the session worker, once per identification or choice.
 */
public interface SelfServiceItem {
    /** The item's key in {@code items.properties} and its journal operation, e.g. {@code card-status}. */
    String id();

    /** The names the seed documents give this item; a region offers it when its catalog has one of them. */
    List<String> catalogNames();

    /** How the person may identify, in the order the identify step offers them. */
    List<IdentitySource> identifiedBy();

    /**
     * Said instead of the identify step when nobody can do the item now (a policy window that ended), or empty
     * (the default). Nothing is read and nothing is sent then.
     */
    default Optional<Refusal> closed() {
        return Optional.empty();
    }

    /**
     * What the person chooses once identified (a loss kind, a certificate); empty (the default): no choose step.
     * A {@link Refusal} ends the visit with its lines (the person cannot do the item, and why).
     */
    default List<Choice> choices(Identity who) throws BusinessException, Refusal {
        return List.of();
    }

    /** Said on the choose step before the person chooses (the A4 printer is not ready), or empty. */
    default String beforeChoosing(Identity who) {
        return "";
    }

    /** What the confirm step says will be done, masked, with a masked preview of a document; or a {@link Refusal}. */
    Confirmation confirmation(Identity who, Choice chosen) throws BusinessException, Refusal;

    /** The PINs asked after confirm, in order; empty (the default): none. */
    default List<PinPrompt> pins(Choice chosen) {
        return List.of();
    }

    /** The confirm button's words, e.g. 确认查询, 确认挂失. */
    String confirmLabel();

    /** The face capture asked after confirm (and the PINs); empty (the default): none. */
    default Optional<FaceCheck> faceCheck(Choice chosen) {
        return Optional.empty();
    }

    /** The operation at the central; a refusal is a {@link BusinessException}, which {@link #refusal} puts in words. */
    ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) throws BusinessException;

    /**
     * The operation with the face sample of {@link #faceCheck}, when the item asked for one; the sample is wiped
     * by the controller once this returns. Items without a face capture need not override it.
     */
    default ItemOutcome act(Identity who, Choice chosen, EnteredPins pins, Optional<FaceSample> face)
            throws BusinessException {
        return act(who, chosen, pins);
    }

    /** A refusal of the central in plain words (not {@link BusinessException.Unavailable}: the controller says that one). */
    String refusal(BusinessException refused);

    /** The sources a person may use; a subset check for callers. */
    default boolean accepts(IdentitySource source) {
        return Set.copyOf(identifiedBy()).contains(source);
    }
}
