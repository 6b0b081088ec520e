package com.hallkiosk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.DevicePort;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code doctor health}: opens and enables each device {@code devices.properties} configures, the way
 * the kiosk does at start, and shows its health: state, reason, since when, and what to check.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Open each configured device and show its health (ready, warning, not ready, offline),"
                + " why, since when, and what to check.")
final class DoctorHealthCommand implements Callable<Integer> {
    private static final int DEVICE_CELLS = 24;
    private static final int DRIVER_CELLS = 12;
    private static final int STATE_CELLS = 18;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    DeviceConfigOptions configOptions;

    private final Wiring wiring;

    DoctorHealthCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    /**
     * One role's line.
     *
     * @param device the role's name in configuration (idcard, sscard, receipt, document, pinpad, camera)
     * @param driver the configured driver as devices.properties names it (gat467, pcsc, cups, emulator, none)
     * @param state  the health state, or NOT_CONFIGURED for a role switched off on this kiosk
     * @param reason why, as the device says it
     * @param since  when the device entered the state (ISO-8601), null when not configured
     * @param check  what a technician should look at next, or null
     * @param usable whether the kiosk can offer what needs the device (switched off counts as usable)
     */
    record Row(String device, String driver, String state, String reason, String since, String check, boolean usable) {
    }

    @Override
    public Integer call() throws InvalidConfigException, IOException {
        DevicesConfig config = configOptions.load();
        List<Row> rows = new ArrayList<>();
        try (ConfiguredDevices devices = wiring.devices()) {
            rows.add(check("idcard", config.idCard().driver(), config.idCard().profile().protocol(),
                    () -> devices.idCardReader(config.idCard())));
            rows.add(check("sscard", config.socialSecurityCard().driver(), config.socialSecurityCard().profile().protocol(),
                    () -> devices.socialSecurityCardReader(config.socialSecurityCard())));
            rows.add(check("receipt", config.receipt().driver(), config.receipt().model().profile().protocol(),
                    () -> devices.receiptPrinter(config.receipt())));
            rows.add(check("document", config.documentPrinter().driver(), "cups",
                    () -> devices.documentPrinter(config.documentPrinter())));
            rows.add(check("pinpad", config.pinPad().driver(), config.pinPad().profile().protocol(),
                    () -> devices.pinPad(config.pinPad())));
            rows.add(check("camera", config.camera().driver(), "v4l2", () -> devices.camera(config.camera())));
        }
        print(rows);
        return rows.stream().allMatch(Row::usable) ? ExitCodes.OK : ExitCodes.DEVICE;
    }

    /** How a role's port is made; making it may fail (an emulator that needs socat). */
    private interface PortMaker {
        DevicePort make() throws IOException;
    }

    /** {@code realDriver}: the real driver as devices.properties names it (the model's protocol, or cups). */
    private Row check(String device, DevicesConfig.Driver driver, String realDriver, PortMaker maker) {
        String driverName = driver == DevicesConfig.Driver.REAL ? realDriver : driver.name().toLowerCase(Locale.ROOT);
        if (driver == DevicesConfig.Driver.NONE) {
            return new Row(device, driverName, "NOT_CONFIGURED", "switched off in devices.properties", null, null, true);
        }
        DevicePort port;
        try {
            port = maker.make();
        } catch (UserError | IOException e) {
            return new Row(device, driverName, DeviceHealth.State.OFFLINE.name(), e.getMessage(),
                    wiring.clock().instant().toString(), null, false);
        }
        String check = null;
        try {
            DeviceCalls.outcome(port.open());
            DeviceCalls.outcome(port.enable());
        } catch (DeviceException failure) {
            check = failure.whatToCheck();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DeviceHealth health = port.health();
        return new Row(device, driverName, health.state().name(), health.reason(), health.since().toString(),
                health.canWork() || check == null || health.reason().contains(check) ? null : check, health.canWork());
    }

    private void print(List<Row> rows) throws IOException {
        if (json) {
            wiring.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone());
        wiring.out().println(TerminalText.pad("设备 Device", DEVICE_CELLS) + TerminalText.pad("驱动 Driver", DRIVER_CELLS)
                + TerminalText.pad("状态 State", STATE_CELLS) + "原因 Reason");
        for (Row row : rows) {
            String since = row.since() == null ? "" : " (" + time.format(Instant.parse(row.since())) + " 起 since)";
            wiring.out().println(TerminalText.pad(label(row.device()), DEVICE_CELLS)
                    + TerminalText.pad(row.driver(), DRIVER_CELLS) + TerminalText.pad(stateLabel(row.state()), STATE_CELLS)
                    + row.reason() + since);
            if (row.check() != null) {
                wiring.out().println(" ".repeat(DEVICE_CELLS + DRIVER_CELLS + STATE_CELLS) + "请检查 check: " + row.check());
            }
        }
    }

    private ZoneId zone() {
        return wiring.clock().getZone();
    }

    private static String label(String device) {
        return switch (device) {
            case "idcard" -> "身份证 idcard";
            case "sscard" -> "社保卡 sscard";
            case "receipt" -> "凭条打印机 receipt";
            case "document" -> "A4打印机 document";
            case "pinpad" -> "密码键盘 pinpad";
            case "camera" -> "摄像头 camera";
            default -> device;
        };
    }

    private static String stateLabel(String state) {
        return switch (state) {
            case "READY" -> "就绪 READY";
            case "WARNING" -> "警告 WARNING";
            case "NOT_READY" -> "未就绪 NOT_READY";
            case "OFFLINE" -> "离线 OFFLINE";
            default -> "未配置 none";
        };
    }
}
