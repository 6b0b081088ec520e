package com.hallkiosk.catalog.curated;

import java.util.List;
import java.util.stream.Collectors;

/** The curated catalog cannot be imported; nothing of it was. */
public final class InvalidCatalogException extends Exception {
    private final List<CatalogProblem> problems;

    public InvalidCatalogException(List<CatalogProblem> problems) {
        super(problems.size() + " problem(s) in the curated catalog:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
