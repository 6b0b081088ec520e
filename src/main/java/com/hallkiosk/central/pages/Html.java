package com.hallkiosk.central.pages;

import com.hallkiosk.central.http.ApiResponse;

/**
 * The pages' HTML: one plain, phone-readable layout, and escaping for every value put into it. Values
 * go in only through {@link #text}, never concatenated raw.
 */
final class Html {
    private static final String STYLE = "body{font-family:'Noto Sans SC','Noto Sans CJK SC','PingFang SC',"
            + "'Microsoft YaHei',sans-serif;margin:0;padding:1rem;line-height:1.6;font-size:1.05rem;color:#111;"
            + "background:#fff}main{max-width:60rem;margin:0 auto}h1{font-size:1.4rem}"
            + ".verdict{border:3px solid;padding:.8rem;border-radius:.4rem;font-size:1.2rem;font-weight:bold}"
            + ".good{border-color:#176f2c;background:#e8f5ea}.bad{border-color:#a4161a;background:#fdecea}"
            + ".unsure{border-color:#8a6d00;background:#fff7d6}dl{display:grid;grid-template-columns:max-content 1fr;"
            + "gap:.3rem 1rem}dt{font-weight:bold}dd{margin:0;word-break:break-all}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3rem .5rem;"
            + "text-align:left;vertical-align:top}.scroll{overflow-x:auto}"
            + "label{display:block;margin:.6rem 0 .2rem}input{font-size:1.1rem;padding:.4rem;width:100%;"
            + "max-width:20rem;box-sizing:border-box}button{font-size:1.1rem;padding:.5rem 1.2rem;margin-top:.8rem}"
            + ".note{color:#444;font-size:.95rem}";

    private Html() {
    }

    /** {@code value} safe inside an element or a double-quoted attribute. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page; {@code title} is escaped here, {@code body} is HTML already escaped by its builder. */
    static String page(String title, String body) {
        return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + text(title) + "</title><style>" + STYLE
                + "</style></head><body><main>" + body + "</main></body></html>";
    }

    /**
     * An answer that no cache keeps and no other site frames or scripts into: the pages show certificates
     * and the fleet, and need no script of their own.
     */
    static ApiResponse response(int status, String title, String body) {
        return ApiResponse.html(status, page(title, body))
                .withHeader("Cache-Control", "no-store")
                .withHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "no-referrer");
    }
}
