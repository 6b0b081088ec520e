package com.hallkiosk.items;

import com.hallkiosk.business.BusinessException;
import java.util.List;
import java.util.Set;

/**
 * The part of a self-service item that differs from item to item; {@link ItemController} runs the shape
 * around it (identify → choose → confirm → act → journal → receipt → wipe). A new item is one class in a
 * folder of its own that implements this.
 *
 * <p>Only {@link #act} talks to the central, and the controller calls it once per visit, after confirm,
 * on the central-call executor (never on the session worker); everything else is quick and local.
 */
public interface SelfServiceItem {
    /** The item's key in {@code items.properties} and its journal operation, e.g. {@code card-status}. */
    String id();

    /** The names the seed documents give this item; a region offers it when its catalog has one of them. */
    List<String> catalogNames();

    /** How the person may identify, in the order the identify step offers them. */
    List<IdentitySource> identifiedBy();

    /** What the person chooses once identified (a loss kind, a certificate); empty: no choose step. */
    List<Choice> choices(Identity who);

    /** What the confirm step says will be done, masked. */
    List<String> confirmation(Identity who, Choice chosen);

    /** The confirm button's words, e.g. 确认查询, 确认挂失. */
    String confirmLabel();

    /** The operation at the central; a refusal is a {@link BusinessException}, which {@link #refusal} puts in words. */
    ItemOutcome act(Identity who, Choice chosen) throws BusinessException;

    /** A refusal of the central in plain words (not {@link BusinessException.Unavailable}: the controller says that one). */
    String refusal(BusinessException refused);

    /** The sources a person may use; a subset check for callers. */
    default boolean accepts(IdentitySource source) {
        return Set.copyOf(identifiedBy()).contains(source);
    }
}
