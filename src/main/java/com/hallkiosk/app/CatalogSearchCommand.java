package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.search.SearchHit;
import com.hallkiosk.catalog.search.SearchResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code catalog search}: the guide's search from the command line, ranked as on screen. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search a region's items and packages by Chinese text, full pinyin or pinyin initials.")
final class CatalogSearchCommand implements Callable<Integer> {
    private static final int CONTEXT = 16;

    @Option(names = "--region", required = true, paramLabel = "ID", description = "The region to search.")
    String region;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to look for, e.g. 挂失, guashi, sbk.")
    List<String> words;

    @Mixin
    CatalogSourceOptions source;

    private final Wiring wiring;

    CatalogSearchCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidCatalogException {
        String query = words == null ? "" : String.join(" ", words).strip();
        if (query.isEmpty()) {
            throw new UserError("the query is empty: say what to look for, e.g. 挂失, guashi or sbk", ExitCodes.BAD_INPUT);
        }
        if (limit < 1) {
            throw new UserError("--limit must be at least 1", ExitCodes.BAD_INPUT);
        }
        Catalog catalog = source.load(wiring);
        Region selected = Regions.one(catalog, region);
        SearchResult result = wiring.search(catalog).search(selected.id(), query, limit);
        wiring.out().printf("%d match(es) for \"%s\" in %s (%s)%s%n", result.total(), query, selected.name(),
                selected.id(), result.total() > result.hits().size() ? ", best " + result.hits().size() + " shown" : "");
        for (int i = 0; i < result.hits().size(); i++) {
            SearchHit hit = result.hits().get(i);
            wiring.out().printf("%3d. %-24s %s%n     %-8s %s%n", i + 1, hit.entry().id(), hit.entry().title(),
                    hit.field().tier().name().toLowerCase(java.util.Locale.ROOT), excerpt(hit));
        }
        return ExitCodes.OK;
    }

    /** The matched text with the match in 【】 and a little context around it. */
    private static String excerpt(SearchHit hit) {
        String text = hit.field().text();
        int from = Math.max(0, hit.start() - CONTEXT);
        int to = Math.min(text.length(), hit.end() + CONTEXT);
        return (from > 0 ? "…" : "") + text.substring(from, hit.start()) + "【" + text.substring(hit.start(), hit.end())
                + "】" + text.substring(hit.end(), to) + (to < text.length() ? "…" : "");
    }
}
