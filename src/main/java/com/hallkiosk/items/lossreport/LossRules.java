package com.hallkiosk.items.lossreport;

import com.hallkiosk.catalog.model.Channel;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a region's catalog says about a loss report beyond its channels, read from the catalog so that no
 * region's rule is written in code:
 * <ul>
 *   <li>{@code autoLift}: whether a temporary loss lifts itself. Only 004 #26 (Shandong) says so, in the note of
 *       each 解挂 channel: {@code "临时挂失后社会保障功能7天后自动解挂，如7天之内需要解除临时挂失，可通过以下渠道办理：…"};
 *       000 #27 and 001 #38 say nothing of it, so there the receipt says nothing of it either;</li>
 *   <li>{@code replacementChannels}: where the new card is had after a formal loss, from the region's 补领 item
 *       (000 #26 {@code "社会保障卡补领、换领、补发"}, 001 #37 {@code "社会保障卡补领、换领、换发"}); 004 has no such item;</li>
 *   <li>{@code bankNotes}: the catalog's own words on the card's financial function, e.g. 004 #26
 *       {@code "社会保障卡金融功能临时挂失与解挂可拨打社会保障卡发卡银行服务电话办理。"}.</li>
 * </ul>
 */
public record LossRules(Optional<String> autoLift, List<String> replacementChannels, List<String> bankNotes) {
    private static final Pattern AUTO_LIFT = Pattern.compile("[^，。]*?(\\d+)天后自动解挂");
    private static final String REPLACEMENT_PREFIX = "社会保障卡补领";
    private static final String FINANCIAL = "金融功能";

    public LossRules {
        replacementChannels = List.copyOf(replacementChannels);
        bankNotes = List.copyOf(bankNotes);
    }

    /** The rules of {@code region} for its loss item {@code lossItem}. */
    public static LossRules of(Region region, Item lossItem) {
        Optional<String> autoLift = lossItem.channels().stream().map(Channel::note)
                .filter(note -> note != null).map(AUTO_LIFT::matcher).filter(Matcher::find)
                .map(Matcher::group).findFirst();
        List<String> replacement = region.items().stream().filter(i -> i.name().startsWith(REPLACEMENT_PREFIX))
                .findFirst().map(LossRules::channelLines).orElse(List.of());
        List<String> bank = lossItem.notes().stream().filter(note -> note.contains(FINANCIAL)).toList();
        return new LossRules(autoLift, replacement, bank);
    }

    /** A formal loss is offered only where the catalog says where the new card is had (see the item). */
    public boolean formalLossOffered() {
        return !replacementChannels.isEmpty();
    }

    private static List<String> channelLines(Item replacement) {
        return replacement.channels().stream()
                .filter(c -> c.where() != null && !c.where().isBlank())
                .map(c -> c.label() + "：" + c.where() + (c.timeLimit() == null ? "" : "（" + c.timeLimit() + "）"))
                .toList();
    }
}
