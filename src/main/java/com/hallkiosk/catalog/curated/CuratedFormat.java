package com.hallkiosk.catalog.curated;

import java.util.List;

/**
 * The curated catalog files as they are written (docs/curated-catalog.md): plain strings where the
 * model has enums, so that the validator can name a bad value instead of Jackson failing on it.
 */
final class CuratedFormat {
    private CuratedFormat() {
    }

    record RegionList(List<RegionEntry> regions) {
    }

    record AbbreviationList(List<Abbreviation> abbreviations) {
    }

    record Abbreviation(String abbreviation, String fullForm, String evidence) {
    }

    record RegionEntry(String id, String name, List<DocumentEntry> documents) {
    }

    record DocumentEntry(String seed, String file) {
    }

    record Document(
            String document,
            String region,
            String issuer,
            String title,
            String date,
            List<Office> offices,
            List<Category> categories,
            List<Item> items,
            List<ProhibitionGroup> prohibitions,
            List<Tolerance> tolerances,
            List<Package> packages,
            List<String> discrepancies) {
    }

    record Office(String number, String name, String address, List<String> phones, String note) {
    }

    record Category(String number, String name) {
    }

    record Item(
            String number,
            String category,
            String name,
            String guideName,
            String conditions,
            List<Material> materials,
            List<Channel> channels,
            String timeLimit,
            String enquiry,
            String tips,
            String consultation,
            List<String> phones,
            List<String> notes,
            SelfService selfService,
            List<String> discrepancies,
            SourceRef sourceRef) {
    }

    record Material(String name, String group, String source, String sourceKind, String form, Integer copies,
                    String note) {
    }

    record Channel(String kind, String label, String where, String url, List<String> steps, String timeLimit,
                   String note) {
    }

    record SelfService(Boolean allowed, String where, String basis) {
    }

    record SourceRef(String document, String number, String section) {
    }

    record ProhibitionGroup(String group, List<String> items, List<Situation> situations, String note) {
    }

    record Situation(String number, String situation) {
    }

    record Tolerance(String number, String item, List<String> items, String material, String how, String source,
                     String deadline, Integer deadlineWorkingDays, String note) {
    }

    record Package(
            String number,
            String name,
            String scope,
            List<String> subItems,
            String audience,
            String location,
            List<PackageMaterial> materials,
            List<String> procedure,
            List<String> notes,
            List<String> discrepancies,
            SourceRef sourceRef) {
    }

    record PackageMaterial(String subItem, String name) {
    }
}
