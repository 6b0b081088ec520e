package com.hallkiosk.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.SkillLevel;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.eligibility.Condition.Per;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and validates one region's rule file (docs/catalog-format.md, "Eligibility rule sets"). Every field is
 * checked by hand rather than bound by Jackson, so that a bad file fails at load with the file and the field
 * named ({@code fushun.json: ruleSets[0].rules[1].condition.atLeast: must be a whole number ≥ 0}), never later
 * in front of a citizen.
 */
public final class RuleFileReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FILE_FIELDS = Set.of("region", "ruleSets");
    private static final Set<String> SET_FIELDS = Set.of("item", "name", "validFrom", "validTo", "note", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "when", "condition", "refusal", "approval", "source");
    private static final Set<String> SOURCE_FIELDS = Set.of("document", "item", "quote");
    private static final Map<String, Set<String>> CONDITION_FIELDS = Map.ofEntries(
            Map.entry("contribution-months", Set.of("insurance", "measure", "atLeast")),
            Map.entry("separation-involuntary", Set.of()),
            Map.entry("registered-unemployed", Set.of()),
            Map.entry("receiving-unemployment-benefit", Set.of()),
            Map.entry("certificate-level", Set.of("levels")),
            Map.entry("certificate-issued", Set.of("from", "to")),
            Map.entry("certificate-within-months", Set.of("months")),
            Map.entry("at-most", Set.of("application", "count", "per")),
            Map.entry("not-below-level-received", Set.of("application")),
            Map.entry("not-with-subsidy", Set.of("subsidy")),
            Map.entry("within-days-of-separation", Set.of("days")),
            Map.entry("policy-window", Set.of("from", "to")),
            Map.entry("not-suspended-for", Set.of("reason")),
            Map.entry("deferred", Set.of("decidedBy")),
            Map.entry("any-of", Set.of("conditions")));

    private final String file;
    private final Set<String> ruleIds = new HashSet<>();

    private RuleFileReader(String file) {
        this.file = file;
    }

    /** The rule sets of one file; {@code file} names it in errors and must be {@code <region>.json}. */
    public static List<RuleSet> read(String file, InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new InvalidRuleFileException(file, "(file)", "not JSON: " + e.getMessage());
        }
        return new RuleFileReader(file).ruleSets(root);
    }

    /**
     * One rule set as the catalog keeps it (one element of a file's {@code ruleSets}, its region given apart);
     * {@code described} names it in errors, e.g. {@code ruleset fushun/15}.
     */
    public static RuleSet readRuleSet(String region, String described, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidRuleFileException(described, "(rule set)", "not JSON: " + e.getMessage());
        }
        return new RuleFileReader(described).ruleSet(region, node, "ruleSet");
    }

    /** Every region's rule file on the class path ({@code catalog/rules/<region>.json}); a region may have none. */
    public static RuleBook fromClasspath(List<String> regions) {
        List<RuleSet> sets = new ArrayList<>();
        for (String region : regions) {
            String resource = "catalog/rules/" + region + ".json";
            try (InputStream in = RuleFileReader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    sets.addAll(read(region + ".json", in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return new RuleBook(sets);
    }

    private List<RuleSet> ruleSets(JsonNode root) {
        object(root, "(file)", FILE_FIELDS);
        String region = text(root, "region", "region");
        if (!file.equals(region + ".json")) {
            fail("region", "is " + region + " but the file is " + file);
        }
        List<RuleSet> sets = new ArrayList<>();
        JsonNode list = array(root, "ruleSets", "ruleSets");
        for (int i = 0; i < list.size(); i++) {
            sets.add(ruleSet(region, list.get(i), "ruleSets[" + i + "]"));
        }
        return sets;
    }

    private RuleSet ruleSet(String region, JsonNode node, String at) {
        object(node, at, SET_FIELDS);
        Optional<LocalDate> from = optionalDate(node, "validFrom", at + ".validFrom", true);
        Optional<LocalDate> to = optionalDate(node, "validTo", at + ".validTo", true);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            fail(at + ".validTo", "is before validFrom");
        }
        JsonNode list = array(node, "rules", at + ".rules");
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rules.add(rule(list.get(i), at + ".rules[" + i + "]"));
        }
        return new RuleSet(region, text(node, "item", at + ".item"), text(node, "name", at + ".name"), from, to, rules);
    }

    private Rule rule(JsonNode node, String at) {
        object(node, at, RULE_FIELDS);
        String id = text(node, "id", at + ".id");
        if (!ruleIds.add(id)) {
            fail(at + ".id", "rule id " + id + " appears twice");
        }
        Optional<Condition> when = node.hasNonNull("when")
                ? Optional.of(condition(node.get("when"), at + ".when")) : Optional.empty();
        JsonNode source = node.get("source");
        object(source, at + ".source", SOURCE_FIELDS);
        return new Rule(id, when, condition(node.get("condition"), at + ".condition"),
                text(node, "refusal", at + ".refusal"), text(node, "approval", at + ".approval"),
                new RuleSource(text(source, "document", at + ".source.document"),
                        text(source, "item", at + ".source.item"), text(source, "quote", at + ".source.quote")));
    }

    private Condition condition(JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            fail(at, "must be an object with a type");
        }
        String type = text(node, "type", at + ".type");
        Set<String> fields = CONDITION_FIELDS.get(type);
        if (fields == null) {
            fail(at + ".type", "unknown condition type " + type + "; known: " + new TreeSet<>(CONDITION_FIELDS.keySet()));
        }
        Set<String> allowed = new HashSet<>(fields);
        allowed.add("type");
        object(node, at, allowed);
        return switch (type) {
            case "contribution-months" -> new Condition.ContributionMonthsAtLeast(
                    constant(Insurance.class, node, "insurance", at),
                    "continuous".equals(oneOf(node, "measure", at, Set.of("cumulative", "continuous"))),
                    count(node, "atLeast", at));
            case "separation-involuntary" -> new Condition.SeparationInvoluntary();
            case "registered-unemployed" -> new Condition.RegisteredUnemployed();
            case "receiving-unemployment-benefit" -> new Condition.ReceivingUnemploymentBenefit();
            case "certificate-level" -> new Condition.CertificateLevel(levels(node, at + ".levels"));
            case "certificate-issued" -> new Condition.CertificateIssued(
                    optionalDate(node, "from", at + ".from", false), optionalDate(node, "to", at + ".to", false));
            case "certificate-within-months" -> new Condition.CertificateWithinMonths(count(node, "months", at));
            case "at-most" -> new Condition.AtMost(constant(ApplicationKind.class, node, "application", at),
                    count(node, "count", at), constant(Per.class, node, "per", at));
            case "not-below-level-received" ->
                    new Condition.NotBelowLevelReceived(constant(ApplicationKind.class, node, "application", at));
            case "not-with-subsidy" -> new Condition.NotWithSubsidy(text(node, "subsidy", at + ".subsidy"));
            case "within-days-of-separation" -> new Condition.WithinDaysOfSeparation(count(node, "days", at));
            case "policy-window" -> new Condition.PolicyWindow(
                    optionalDate(node, "from", at + ".from", false), optionalDate(node, "to", at + ".to", false));
            case "not-suspended-for" -> new Condition.NotSuspendedFor(text(node, "reason", at + ".reason"));
            case "deferred" -> new Condition.Deferred(text(node, "decidedBy", at + ".decidedBy"));
            default -> new Condition.AnyOf(conditions(node, at + ".conditions"));
        };
    }

    private List<Condition> conditions(JsonNode node, String at) {
        JsonNode list = array(node, "conditions", at);
        if (list.size() < 2) {
            fail(at, "any-of needs at least two conditions");
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            conditions.add(condition(list.get(i), at + "[" + i + "]"));
        }
        return conditions;
    }

    private Set<SkillLevel> levels(JsonNode node, String at) {
        JsonNode list = array(node, "levels", at);
        Set<SkillLevel> levels = EnumSet.noneOf(SkillLevel.class);
        for (JsonNode level : list) {
            try {
                levels.add(SkillLevel.valueOf(level.asText()));
            } catch (IllegalArgumentException e) {
                fail(at, "unknown level " + level + "; known: " + List.of(SkillLevel.values()));
            }
        }
        if (levels.isEmpty()) {
            fail(at, "must name at least one level");
        }
        return levels;
    }

    private void object(JsonNode node, String at, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            fail(at, "must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                fail(at + "." + name, "unknown field; allowed: " + new TreeSet<>(allowed));
            }
        }
    }

    private String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            fail(at, "must be a non-empty text");
        }
        return value.asText();
    }

    private JsonNode array(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            fail(at, "must be a list");
        }
        return value;
    }

    private int count(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            fail(at + "." + field, "must be a whole number ≥ 0");
        }
        return value.asInt();
    }

    private String oneOf(JsonNode node, String field, String at, Set<String> allowed) {
        String value = text(node, field, at + "." + field);
        if (!allowed.contains(value)) {
            fail(at + "." + field, value + " is not one of " + allowed);
        }
        return value;
    }

    private <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String field, String at) {
        String value = text(node, field, at + "." + field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleFileException(file, at + "." + field,
                    "unknown value " + value + "; known: " + List.of(type.getEnumConstants()));
        }
    }

    /** A yyyy-mm-dd day or null; {@code required} means the key must be written even when null. */
    private Optional<LocalDate> optionalDate(JsonNode node, String field, String at, boolean required) {
        if (!node.has(field)) {
            if (required) {
                fail(at, "must be given (a yyyy-mm-dd day, or null when open)");
            }
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.asText()));
        } catch (DateTimeParseException e) {
            throw new InvalidRuleFileException(file, at, "not a yyyy-mm-dd day: " + value.asText());
        }
    }

    private void fail(String at, String problem) {
        throw new InvalidRuleFileException(file, at, problem);
    }
}
