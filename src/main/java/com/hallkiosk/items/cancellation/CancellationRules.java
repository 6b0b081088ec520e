package com.hallkiosk.items.cancellation;

import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.items.CatalogSentences;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a region's cancellation item says beyond its channels, read from the catalog:
 * <ul>
 *   <li>{@code condition}: who may cancel, 004 #27 {@code "conditions": "转出统筹外人员。"}; the confirm step shows it
 *       so the person confirms they meet it (the central has no record of a transfer out to check);</li>
 *   <li>{@code afterwards}: what the cancellation does not do, the catalog's sentences on the bank account:
 *       004 #27 {@code "社会保障卡（社会保障功能）注销是注销社会保障卡管理系统中卡片记录，银行账户和医疗保险个人账户业务需相关部门分别办理。"},
 *       002 #2 {@code "社会保障卡注销后请到银行办理注销金融业务。"}.</li>
 * </ul>
 */
public record CancellationRules(Optional<String> condition, List<String> afterwards) {
    private static final String BANK = "银行";

    public CancellationRules {
        afterwards = List.copyOf(afterwards);
    }

    /** The rules of the region's cancellation item {@code item}. */
    public static CancellationRules of(Item item) {
        Optional<String> condition = Optional.ofNullable(item.conditions()).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> c.endsWith("。") ? c : c + "。");
        List<String> afterwards = Stream.concat(item.notes().stream(), Stream.of(item.tips()))
                .flatMap(text -> CatalogSentences.containing(text, BANK).stream()).distinct().toList();
        return new CancellationRules(condition, afterwards);
    }
}
