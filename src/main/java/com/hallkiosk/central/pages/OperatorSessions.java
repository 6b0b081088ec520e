package com.hallkiosk.central.pages;

import com.hallkiosk.central.http.ApiRequest;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.OperatorGate;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Operators' sessions as a signed cookie, {@code <name>:<expires, epoch seconds>:<HMAC-SHA256>}: nothing is
 * kept per session, so any central process checks any cookie; the key is in the database (made by the first
 * central that needs one). The cookie is HttpOnly, Secure and SameSite=Strict, and ends after {@link #LIFETIME}.
 */
public final class OperatorSessions implements OperatorGate {
    static final String COOKIE = "hk_operator";
    static final Duration LIFETIME = Duration.ofHours(8);
    private static final Pattern VALUE = Pattern.compile("([a-z0-9._-]{1,64}):(\\d{1,12}):([A-Za-z0-9_-]{43})");
    private static final int QUERY_TIMEOUT_SECONDS = 10;

    private final DataSource database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    public OperatorSessions(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The {@code Set-Cookie} value that signs {@code name} in until the session's lifetime ends. */
    String signInCookie(String name) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = name + ":" + expires;
        return COOKIE + "=" + payload + ":" + mac(payload) + "; Path=/; Max-Age=" + LIFETIME.toSeconds()
                + "; Secure; HttpOnly; SameSite=Strict";
    }

    static String signOutCookie() {
        return COOKIE + "=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict";
    }

    @Override
    public Optional<String> operatorOf(ApiRequest request) {
        return request.header("Cookie").flatMap(OperatorSessions::cookieValue).flatMap(this::verified);
    }

    @Override
    public ApiResponse refuse(ApiRequest request) {
        return Html.response(303, "需要登录", "<h1>需要登录</h1><p>此页面仅供中心运维人员使用。"
                        + "<a href=\"" + SignInPage.PATH + "\">请先登录</a>。</p>")
                .withHeader("Location", SignInPage.PATH);
    }

    private Optional<String> verified(String value) {
        var parts = VALUE.matcher(value);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String payload = parts.group(1) + ":" + parts.group(2);
        boolean signed = MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
                parts.group(3).getBytes(StandardCharsets.US_ASCII));
        boolean current = Long.parseLong(parts.group(2)) > clock.instant().getEpochSecond();
        return signed && current ? Optional.of(parts.group(1)) : Optional.empty();
    }

    private static Optional<String> cookieValue(String header) {
        for (String pair : header.split(";")) {
            String trimmed = pair.trim();
            if (trimmed.startsWith(COOKIE + "=")) {
                return Optional.of(trimmed.substring(COOKIE.length() + 1));
            }
        }
        return Optional.empty();
    }

    private String mac(String payload) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /** The signing key, read once: it never changes once a central has made it. */
    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO operator_session_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")) {
                insert.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                insert.setString(1, Base64.getEncoder().encodeToString(fresh));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM operator_session_key WHERE id = 1");
                 ResultSet row = select.executeQuery()) {
                row.next();
                known = Base64.getDecoder().decode(row.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the key of operators' sessions", e);
        }
        key = known;
        return known;
    }
}
