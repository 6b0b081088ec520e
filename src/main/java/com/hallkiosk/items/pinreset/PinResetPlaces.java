package com.hallkiosk.items.pinreset;

import com.hallkiosk.catalog.model.Region;
import java.util.Optional;

/**
 * Where a person whose PIN is locked or forgotten gets a new one, in words: this kiosk when its
 * 社会保障卡密码重置 item is on, and the region's catalog. Only 003 pkg 10 (抚顺 "社保卡服务包") says where a PIN is
 * reset; its sub-item {@code "社会保障卡密码修改与重置"} has the procedure
 * {@code "社保卡密码修改与重置。 申请人携带社保卡和本人有效身份证件到社保卡管理大厅任意服务窗口办理密码重置手续。若代办需同时携带代办人身份证。
 * （新宾、清原两县可到县就业局服务大厅办理。）"}, which is quoted without its heading. The other regions' documents do
 * not mention the PIN; there the words follow that package (the card and the ID document, at a window) and say
 * that the region's guide does not name the place.
 */
public record PinResetPlaces(boolean atThisKiosk, Optional<String> windowProcedure) {
    /** Both spellings of the package's sub-item (社会保障卡密码修改与重置, 社保卡密码修改与重置) contain this. */
    private static final String SUB_ITEM = "密码修改与重置";
    private static final String RESET = "密码重置";
    /** A procedure entry is its step's heading, a full stop and a space, then the step's text. */
    private static final String AFTER_HEADING = "。 ";

    /**
     * The places of {@code region}; {@code resetAtThisKiosk}: whether the 密码重置 item is offered on this kiosk
     * (enabled for its region and profile, and the kiosk reads both cards).
     */
    public static PinResetPlaces of(Region region, boolean resetAtThisKiosk) {
        Optional<String> procedure = region.packages().stream()
                .filter(p -> p.subItems().stream().anyMatch(s -> s.contains(SUB_ITEM)))
                .flatMap(p -> p.procedure().stream())
                .filter(step -> step.contains(RESET))
                .map(step -> step.contains(AFTER_HEADING) ? step.substring(step.indexOf(AFTER_HEADING) + AFTER_HEADING.length()) : step)
                .findFirst();
        return new PinResetPlaces(resetAtThisKiosk, procedure);
    }

    /** Where to reset the PIN, for a screen that tells the person their PIN is locked or forgotten. */
    public String words() {
        String kiosk = atThisKiosk ? "可以在这台机器上办理“社会保障卡密码重置”，要用本人身份证和这张社保卡。" : "";
        String window = windowProcedure
                .map(procedure -> (atThisKiosk ? "也可以到窗口重置：" : "到窗口重置密码：") + procedure)
                .orElse("本地区的办事指南没有写明密码在哪里重置，请带这张社保卡和本人有效身份证件到社保卡服务窗口办理。");
        return kiosk + window;
    }
}
