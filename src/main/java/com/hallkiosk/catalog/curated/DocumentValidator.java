package com.hallkiosk.catalog.curated;

import com.hallkiosk.catalog.model.ChannelKind;
import com.hallkiosk.catalog.model.MaterialForm;
import com.hallkiosk.catalog.model.SourceKind;
import com.hallkiosk.catalog.model.WireNamed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks every field of one curated document against docs/curated-catalog.md. */
final class DocumentValidator {
    private final Problems problems;
    private final CuratedFormat.Document document;
    private final Set<String> categoryNumbers = new HashSet<>();
    private final Set<String> itemNumbers = new HashSet<>();

    DocumentValidator(Problems problems, CuratedFormat.Document document) {
        this.problems = problems;
        this.document = document;
    }

    void validate(String expectedRegion, String expectedSeed) {
        problems.enter("document");
        problems.required("document", document.document());
        if (document.document() != null && !document.document().equals(expectedSeed)) {
            problems.add("document", "is " + document.document() + " but regions.json maps this file to " + expectedSeed);
        }
        problems.required("region", document.region());
        if (document.region() != null && !document.region().equals(expectedRegion)) {
            problems.add("region", "is " + document.region() + " but regions.json puts this file in " + expectedRegion);
        }
        problems.required("issuer", document.issuer());
        problems.text("title", document.title());
        problems.text("date", document.date());
        problems.texts("discrepancies", document.discrepancies());
        offices();
        categories();
        items();
        prohibitions();
        tolerances();
        packages();
    }

    private void offices() {
        List<CuratedFormat.Office> offices = problems.list("offices", document.offices());
        for (int i = 0; i < offices.size(); i++) {
            CuratedFormat.Office office = offices.get(i);
            problems.enter("office " + (i + 1) + " (" + office.name() + ")");
            problems.required("number", office.number());
            problems.required("name", office.name());
            problems.text("address", office.address());
            problems.texts("phones", office.phones());
            problems.text("note", office.note());
        }
    }

    private void categories() {
        for (CuratedFormat.Category category : problems.list("categories", document.categories())) {
            problems.enter("category " + category.number());
            problems.required("number", category.number());
            problems.required("name", category.name());
            if (!categoryNumbers.add(category.number())) {
                problems.add("number", "is used by another category");
            }
        }
    }

    private void items() {
        List<CuratedFormat.Item> items = problems.list("items", document.items());
        for (CuratedFormat.Item item : items) {
            if (item.number() != null && !itemNumbers.add(item.number())) {
                problems.enter("item " + item.number() + " (" + item.name() + ")");
                problems.add("number", "is used by another item");
            }
        }
        items.forEach(this::item);
    }

    private void item(CuratedFormat.Item item) {
        problems.enter("item " + item.number() + " (" + item.name() + ")");
        problems.required("number", item.number());
        problems.required("name", item.name());
        if (item.category() == null && !categoryNumbers.isEmpty()) {
            problems.add("category", "is missing though the document has categories");
        } else if (item.category() != null && !categoryNumbers.contains(item.category())) {
            problems.add("category", "names no category of the document: " + item.category());
        }
        problems.text("guideName", item.guideName());
        problems.text("conditions", item.conditions());
        problems.text("timeLimit", item.timeLimit());
        problems.text("enquiry", item.enquiry());
        problems.text("tips", item.tips());
        problems.text("consultation", item.consultation());
        problems.texts("phones", item.phones());
        problems.texts("notes", item.notes());
        problems.texts("discrepancies", item.discrepancies());
        materials(item.materials());
        channels(item.channels());
        selfService(item.selfService());
        sourceRef(item.sourceRef(), item.number());
    }

    private void materials(List<CuratedFormat.Material> materials) {
        List<CuratedFormat.Material> list = problems.list("materials", materials);
        for (int i = 0; i < list.size(); i++) {
            CuratedFormat.Material material = list.get(i);
            String at = "materials[" + i + "].";
            problems.required(at + "name", material.name());
            problems.text(at + "group", material.group());
            problems.text(at + "source", material.source());
            problems.text(at + "note", material.note());
            enumValue(at + "sourceKind", material.sourceKind(), SourceKind.class);
            enumValue(at + "form", material.form(), MaterialForm.class);
            if (material.copies() != null && material.copies() <= 0) {
                problems.add(at + "copies", "must be a positive count or null");
            }
        }
    }

    private void channels(List<CuratedFormat.Channel> channels) {
        List<CuratedFormat.Channel> list = problems.list("channels", channels);
        for (int i = 0; i < list.size(); i++) {
            CuratedFormat.Channel channel = list.get(i);
            String at = "channels[" + i + "].";
            enumValue(at + "kind", channel.kind(), ChannelKind.class);
            problems.text(at + "label", channel.label());
            problems.text(at + "where", channel.where());
            problems.text(at + "url", channel.url());
            problems.url(at + "url", channel.url());
            problems.texts(at + "steps", channel.steps());
            problems.text(at + "timeLimit", channel.timeLimit());
            problems.text(at + "note", channel.note());
            boolean empty = channel.label() == null && channel.where() == null && channel.url() == null
                    && (channel.steps() == null || channel.steps().isEmpty()) && channel.note() == null;
            if (empty) {
                problems.add(at.substring(0, at.length() - 1), "says nothing (no label, place, address, steps or note)");
            }
        }
    }

    private void selfService(CuratedFormat.SelfService selfService) {
        if (selfService == null || selfService.allowed() == null) {
            problems.add("selfService.allowed", "is missing");
            return;
        }
        if (selfService.allowed()) {
            problems.required("selfService.where", selfService.where());
            problems.required("selfService.basis", selfService.basis());
        } else if (selfService.where() != null || selfService.basis() != null) {
            problems.add("selfService", "has a place or basis but allowed is false");
        }
    }

    private void sourceRef(CuratedFormat.SourceRef ref, String number) {
        if (ref == null) {
            problems.add("sourceRef", "is missing");
            return;
        }
        if (!document.document().equals(ref.document())) {
            problems.add("sourceRef.document", "is " + ref.document() + ", not this file's document");
        }
        if (number != null && !number.equals(ref.number())) {
            problems.add("sourceRef.number", "is " + ref.number() + ", not the entry's number " + number);
        }
        problems.required("sourceRef.section", ref.section());
    }

    private void prohibitions() {
        List<CuratedFormat.ProhibitionGroup> groups = problems.list("prohibitions", document.prohibitions());
        for (CuratedFormat.ProhibitionGroup group : groups) {
            problems.enter("prohibition group " + group.group());
            problems.required("group", group.group());
            problems.text("note", group.note());
            List<String> items = problems.list("items", group.items());
            itemReferences("items", items);
            if (items.isEmpty() && group.note() == null) {
                problems.add("items", "is empty: say in note why the group names no item");
            }
            List<CuratedFormat.Situation> situations = problems.list("situations", group.situations());
            if (situations.isEmpty()) {
                problems.add("situations", "is empty");
            }
            for (int i = 0; i < situations.size(); i++) {
                problems.text("situations[" + i + "].number", situations.get(i).number());
                problems.required("situations[" + i + "].situation", situations.get(i).situation());
            }
        }
    }

    private void tolerances() {
        List<CuratedFormat.Tolerance> tolerances = problems.list("tolerances", document.tolerances());
        for (CuratedFormat.Tolerance tolerance : tolerances) {
            problems.enter("tolerance " + tolerance.number() + " (" + tolerance.material() + ")");
            problems.required("number", tolerance.number());
            problems.required("item", tolerance.item());
            problems.required("material", tolerance.material());
            problems.required("deadline", tolerance.deadline());
            problems.text("how", tolerance.how());
            problems.text("source", tolerance.source());
            problems.text("note", tolerance.note());
            List<String> items = problems.list("items", tolerance.items());
            itemReferences("items", items);
            if (items.isEmpty() && tolerance.note() == null) {
                problems.add("items", "is empty: say in note why the row names no item");
            }
            if (tolerance.deadlineWorkingDays() == null || tolerance.deadlineWorkingDays() < 0) {
                problems.add("deadlineWorkingDays", "must be a number of working days (0 or more)");
            }
        }
    }

    private void packages() {
        Set<String> numbers = new HashSet<>();
        for (CuratedFormat.Package servicePackage : problems.list("packages", document.packages())) {
            problems.enter("package " + servicePackage.number() + " (" + servicePackage.name() + ")");
            problems.required("number", servicePackage.number());
            problems.required("name", servicePackage.name());
            if (servicePackage.number() != null && !numbers.add(servicePackage.number())) {
                problems.add("number", "is used by another package");
            }
            problems.text("scope", servicePackage.scope());
            problems.text("audience", servicePackage.audience());
            problems.text("location", servicePackage.location());
            problems.texts("subItems", servicePackage.subItems());
            problems.texts("procedure", servicePackage.procedure());
            problems.texts("notes", servicePackage.notes());
            problems.texts("discrepancies", servicePackage.discrepancies());
            List<CuratedFormat.PackageMaterial> materials = problems.list("materials", servicePackage.materials());
            for (int i = 0; i < materials.size(); i++) {
                problems.text("materials[" + i + "].subItem", materials.get(i).subItem());
                problems.required("materials[" + i + "].name", materials.get(i).name());
            }
            sourceRef(servicePackage.sourceRef(), servicePackage.number());
        }
    }

    private void itemReferences(String field, List<String> numbers) {
        for (String number : numbers) {
            if (!itemNumbers.contains(number)) {
                problems.add(field, "names no item of the document: " + number);
            }
        }
    }

    private <E extends Enum<E> & WireNamed> void enumValue(String field, String value, Class<E> type) {
        if (value == null) {
            problems.add(field, "is missing (one of " + WireNamed.allOf(type) + ")");
        } else if (WireNamed.parse(type, value).isEmpty()) {
            problems.add(field, "is \"" + value + "\", not one of " + WireNamed.allOf(type));
        }
    }
}
