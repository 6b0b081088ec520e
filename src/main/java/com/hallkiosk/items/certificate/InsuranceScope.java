package com.hallkiosk.items.certificate;

import com.hallkiosk.business.ContributionHistory;
import com.hallkiosk.business.ContributionYear;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.certificate.content.Insurance;
import java.util.List;
import java.util.Optional;

/**
 * Which insurances a region's certificate lists, read from the name its catalog gives the item, so that no
 * region is named in code. The Liaoning guides name their self-service certificates after the enterprise
 * pension insurance alone: 000 #7 {@code "单位参保证明查询打印（企业养老保险部分）"}, 000 #8
 * {@code "个人参保证明查询打印（企业养老保险部分）"}, 001 #5 {@code "企业养老保险缴费证明查询"}; there the certificate
 * lists that insurance only. 004 (山东) names no insurance ({@code "个人参保缴费证明查询打印"},
 * {@code "单位参保证明查询打印"}), and its certificates list every insurance the central gives.
 *
 * @param only     the one insurance listed, or empty for all
 * @param itemName the catalog's name of the item, quoted when the scope is told to the person
 */
public record InsuranceScope(Optional<Insurance> only, String itemName) {
    /** Every insurance the central gives. */
    public static final InsuranceScope ALL = new InsuranceScope(Optional.empty(), "");
    private static final String ENTERPRISE_PENSION = "企业养老保险";

    public static InsuranceScope of(Item catalogItem) {
        return catalogItem.name().contains(ENTERPRISE_PENSION)
                ? new InsuranceScope(Optional.of(Insurance.PENSION), catalogItem.name()) : ALL;
    }

    public boolean includes(Insurance insurance) {
        return only.map(insurance::equals).orElse(true);
    }

    /** The calendar years, oldest first, in which one of the insurances listed has a contributed month. */
    public List<Integer> contributedYears(ContributionHistory history) {
        return history.insurances().stream().filter(i -> includes(i.insurance())).flatMap(i -> i.years().stream())
                .filter(y -> y.monthsContributed() > 0).map(ContributionYear::year).distinct().sorted().toList();
    }

    /** What the confirm step tells the person about the scope, or empty when every insurance is listed. */
    public Optional<String> words() {
        return only.map(insurance -> "本地这项业务是“" + itemName + "”，证明只列" + insurance.chinese() + "。");
    }
}
