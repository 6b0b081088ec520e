package com.hallkiosk.central.pages;

import com.hallkiosk.central.http.Access;
import com.hallkiosk.central.http.ApiRequest;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.RouteSet;
import com.hallkiosk.central.http.Routes;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The operators' sign-in ({@code GET}/{@code POST /operator/sign-in}) and sign-out: a plain form; a good
 * password sets the session cookie and leads to the fleet page, a wrong one says so without telling
 * whether the name exists, a locked account says for how long.
 */
public final class SignInPage implements RouteSet {
    static final String PATH = Routes.OPERATOR_PAGES + "/sign-in";
    static final String SIGN_OUT = Routes.OPERATOR_PAGES + "/sign-out";
    private static final String TITLE = "运维登录";
    private static final int LONGEST_FORM = 4096;

    private final OperatorAccounts accounts;
    private final OperatorSessions sessions;

    public SignInPage(OperatorAccounts accounts, OperatorSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public void addTo(Routes routes) {
        routes.get(PATH, Access.PUBLIC, request -> form(200, ""));
        routes.post(PATH, Access.PUBLIC, this::signIn);
        routes.post(SIGN_OUT, Access.PUBLIC, request -> Html.response(303, "已退出", "<p>已退出。</p>")
                .withHeader("Location", PATH).withHeader("Set-Cookie", OperatorSessions.signOutCookie()));
    }

    private ApiResponse signIn(ApiRequest request) throws IOException {
        byte[] body = request.body();
        if (body.length > LONGEST_FORM) {
            return form(400, "登录信息过长。");
        }
        Map<String, String> fields = form(new String(body, StandardCharsets.UTF_8));
        String name = fields.getOrDefault("name", "").trim();
        char[] password = fields.getOrDefault("password", "").toCharArray();
        try {
            return switch (accounts.signIn(name, password)) {
                case SIGNED_IN -> Html.response(303, "已登录", "<p><a href=\"" + FleetPage.PATH + "\">进入终端状态页</a></p>")
                        .withHeader("Location", FleetPage.PATH)
                        .withHeader("Set-Cookie", sessions.signInCookie(name));
                case WRONG_NAME_OR_PASSWORD -> form(401, "用户名或密码不正确。连续输错 " + OperatorAccounts.MAX_FAILURES
                        + " 次,账户将锁定 " + OperatorAccounts.LOCKOUT.toMinutes() + " 分钟。");
                case LOCKED -> form(429, "密码输错次数过多,账户已锁定,请 " + OperatorAccounts.LOCKOUT.toMinutes()
                        + " 分钟后再试。");
            };
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static ApiResponse form(int status, String message) {
        String alert = message.isEmpty() ? "" : "<p class=\"verdict bad\" role=\"alert\">" + Html.text(message) + "</p>";
        return Html.response(status, TITLE, "<h1>中心运维登录</h1>" + alert
                + "<form method=\"post\" action=\"" + PATH + "\">"
                + "<label for=\"name\">用户名</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required>"
                + "<label for=\"password\">密码</label><input id=\"password\" name=\"password\" type=\"password\""
                + " autocomplete=\"current-password\" required>"
                + "<button type=\"submit\">登录</button></form>");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    fields.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // A field that is not URL-encoded is left out, as if not sent.
                }
            }
        }
        return fields;
    }
}
