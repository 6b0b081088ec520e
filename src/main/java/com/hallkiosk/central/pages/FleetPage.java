package com.hallkiosk.central.pages;

import com.hallkiosk.central.http.Access;
import com.hallkiosk.central.http.ApiRequest;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.RouteSet;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.fleet.FleetStore;
import com.hallkiosk.fleet.Heartbeat;
import com.hallkiosk.fleet.KioskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /fleet}, for signed-in operators: every kiosk in one table — last heartbeat, online or offline
 * (by the fleet's one {@link com.hallkiosk.fleet.OnlinePolicy}, in words, not by colour), catalog version and
 * age, each module's health under the name operators use, and the alerts of the last 24 hours.
 */
public final class FleetPage implements RouteSet {
    static final String PATH = "/fleet";
    static final Duration ALERT_WINDOW = Duration.ofHours(24);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    /** The modules in the order operators read them, under their names; the link comes last. */
    private static final Map<String, String> MODULES = Map.of(
            "idcard", "身份读取", "sscard", "社保卡读取", "receipt", "凭条打印", "document", "证明打印",
            FleetStore.KIOSK, "终端");
    private static final List<String> MODULE_ORDER = List.of("idcard", "sscard", "receipt", "document");
    private static final String LINK = "联网核验";
    private static final Map<String, String> STATES = Map.of(
            "READY", "正常", "WARNING", "警告", "NOT_READY", "不可用", "OFFLINE", "离线", "ONLINE", "上线");

    private final FleetStore fleet;
    private final Clock clock;
    private final ZoneId zone;

    public FleetPage(FleetStore fleet, Clock clock, ZoneId zone) {
        this.fleet = fleet;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void addTo(Routes routes) {
        routes.get(PATH, Access.OPERATOR, this::show);
    }

    private ApiResponse show(ApiRequest request) {
        Instant now = clock.instant();
        List<KioskStatus> kiosks = fleet.kiosks(now.minus(ALERT_WINDOW));
        long online = kiosks.stream().filter(KioskStatus::online).count();
        StringBuilder body = new StringBuilder("<h1>终端状态</h1><p>共 ").append(kiosks.size()).append(" 台终端,")
                .append(online).append(" 台在线,").append(kiosks.size() - online).append(" 台离线。更新于 ")
                .append(Html.text(TIME.format(now.atZone(zone)))).append("</p>");
        if (kiosks.isEmpty()) {
            body.append("<p>还没有终端发来心跳。</p>");
        } else {
            body.append("<div class=\"scroll\"><table><thead><tr><th>终端</th><th>最后心跳</th><th>联网状态</th>"
                    + "<th>服务目录</th><th>模块状态</th><th>近 24 小时告警</th></tr></thead><tbody>");
            for (KioskStatus kiosk : kiosks) {
                body.append(row(kiosk, now));
            }
            body.append("</tbody></table></div>");
        }
        body.append("<form method=\"post\" action=\"").append(SignInPage.SIGN_OUT)
                .append("\"><button type=\"submit\">退出登录</button></form>");
        return Html.response(200, "终端状态", body.toString());
    }

    private String row(KioskStatus kiosk, Instant now) {
        return "<tr id=\"kiosk-" + Html.text(kiosk.kioskId()) + "\"><td>" + Html.text(kiosk.kioskId())
                + "</td><td>" + Html.text(TIME.format(kiosk.lastSeen().atZone(zone))) + "<br>"
                + Html.text(age(Duration.between(kiosk.lastSeen(), now))) + "</td><td>"
                + (kiosk.online() ? "在线" : "<strong>离线</strong>") + "</td><td>版本 " + kiosk.catalogVersion()
                + "<br>" + Html.text(age(Duration.between(kiosk.catalogSyncedAt(), now))) + "同步</td><td>"
                + modules(kiosk) + "</td><td>" + alerts(kiosk) + "</td></tr>";
    }

    private static String modules(KioskStatus kiosk) {
        StringBuilder list = new StringBuilder("<ul>");
        for (String module : MODULE_ORDER) {
            kiosk.devices().stream().filter(device -> device.device().equals(module)).findFirst()
                    .ifPresent(device -> list.append(module(MODULES.get(module), device)));
        }
        kiosk.devices().stream().filter(device -> !MODULE_ORDER.contains(device.device()))
                .forEach(device -> list.append(module(device.device(), device)));
        list.append("<li>").append(LINK).append(":").append(kiosk.online() ? "正常(在线)" : "<strong>中断(离线)</strong>")
                .append("</li>");
        return list.append("</ul>").toString();
    }

    private static String module(String name, Heartbeat.DeviceReport device) {
        boolean ready = "READY".equals(device.state());
        String state = STATES.getOrDefault(device.state(), device.state());
        return "<li>" + Html.text(name) + ":" + (ready ? state : "<strong>" + Html.text(state) + "</strong>")
                + (ready ? "" : "(" + Html.text(device.reason()) + ")") + "</li>";
    }

    private String alerts(KioskStatus kiosk) {
        if (kiosk.events().isEmpty()) {
            return "无";
        }
        StringBuilder list = new StringBuilder("<ul>");
        for (KioskStatus.Event event : kiosk.events()) {
            list.append("<li>").append(Html.text(TIME.format(event.at().atZone(zone)))).append(" ")
                    .append(Html.text(MODULES.getOrDefault(event.device(), event.device()))).append(":")
                    .append(Html.text(STATES.getOrDefault(event.state(), event.state()))).append(",")
                    .append(Html.text(event.reason())).append("</li>");
        }
        return list.append("</ul>").toString();
    }

    private static String age(Duration age) {
        if (age.isNegative() || age.toMinutes() < 1) {
            return "刚刚";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " 分钟前";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " 小时前";
        }
        return age.toDays() + " 天前";
    }
}
