package com.hallkiosk.items;

import com.hallkiosk.business.BusinessException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A self-service item that is only the shape, for the tests of what is around the items (the shell, the window):
 * identified by the 社保卡, nothing to choose, the PINs it is given to ask, and an operation that hands the PINs
 * typed to {@code acted} and does nothing at a central.
 */
public record ShapeOnlyItem(String id, String catalogName, List<PinPrompt> prompts, Consumer<EnteredPins> acted)
        implements SelfServiceItem {

    public ShapeOnlyItem(String id, String catalogName) {
        this(id, catalogName, List.of(), pins -> { });
    }

    @Override
    public List<String> catalogNames() {
        return List.of(catalogName);
    }

    @Override
    public List<IdentitySource> identifiedBy() {
        return List.of(IdentitySource.SOCIAL_SECURITY_CARD);
    }

    @Override
    public List<Choice> choices(Identity who) {
        return List.of();
    }

    @Override
    public Confirmation confirmation(Identity who, Choice chosen) {
        return Confirmation.of(List.of(who.holderLine()));
    }

    @Override
    public List<PinPrompt> pins(Choice chosen) {
        return prompts;
    }

    @Override
    public String confirmLabel() {
        return "确认办理";
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) {
        acted.accept(pins);
        return new ItemOutcome(List.of("已办理"), List.of(), "test");
    }

    @Override
    public String refusal(BusinessException refused) {
        return "";
    }
}
