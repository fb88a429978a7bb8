package io.github.citekit.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.citekit.CitekitException;
import io.github.citekit.model.DateParts;
import io.github.citekit.model.Field;
import io.github.citekit.model.Item;
import io.github.citekit.model.ItemType;
import io.github.citekit.model.Name;
import io.github.citekit.model.NameRole;
import io.github.citekit.model.Source;
import io.github.citekit.model.SourceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads CSL-JSON, the format of citeproc, pandoc and Zotero. {@code id} and
 * {@code citation-key} are the citation key; what CSL has no variable for (licence, affiliations,
 * alternative DOIs, warnings, provenance) lives in {@code custom}.
 */
public final class CslJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CslJson() {
    }

    /** A shared, configured mapper for citekit's JSON outputs. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Pretty JSON with two-space indentation and a final newline, the same bytes every time. */
    public static String pretty(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(node).replace("\" : ", "\": ") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The items as a CSL-JSON array text. */
    public static String write(List<Item> items) {
        return pretty(toJson(items));
    }

    /** The items as a CSL-JSON array node. */
    public static ArrayNode toJson(List<Item> items) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Item item : items) {
            array.add(toJson(item));
        }
        return array;
    }

    /** One item as a CSL-JSON object. */
    public static ObjectNode toJson(Item item) {
        ObjectNode o = MAPPER.createObjectNode();
        item.citationKey().ifPresent(k -> o.put("id", k).put("citation-key", k));
        o.put("type", item.type().cslName());
        item.title().ifPresent(t -> o.put("title", t));
        item.allNames().forEach((role, names) -> o.set(role.cslName(), names(names)));
        ObjectNode custom = MAPPER.createObjectNode();
        for (var e : item.fields().entrySet()) {
            if (e.getKey() == Field.TITLE) {
                continue;
            }
            (e.getKey().isCustom() ? custom : o).put(e.getKey().cslName(), e.getValue());
        }
        item.issued().ifPresent(d -> o.set("issued", date(d)));
        item.accessed().ifPresent(d -> o.set("accessed", date(d)));
        item.originalDate().ifPresent(d -> o.set("original-date", date(d)));
        // CSL has no "et al." for a name list: its roles go to custom, as "author" or "editor"
        List<String> etAl = item.allNames().keySet().stream().filter(item::etAl).map(NameRole::cslName).toList();
        if (!etAl.isEmpty()) {
            custom.set("et-al", strings(etAl));
        }
        if (!item.affiliations().isEmpty()) {
            custom.set("affiliations", strings(item.affiliations()));
        }
        if (!item.alternativeDois().isEmpty()) {
            custom.set("alternative-DOIs", strings(item.alternativeDois()));
        }
        if (!item.warnings().isEmpty()) {
            custom.set("warnings", strings(item.warnings()));
        }
        if (!item.sources().isEmpty()) {
            ArrayNode sources = custom.putArray("sources");
            for (Source s : item.sources()) {
                ObjectNode so = sources.addObject();
                so.put("document", s.document()).put("kind", s.kind().label()).put("index", s.index());
                if (!s.text().isEmpty()) {
                    so.put("text", s.text());
                }
                if (!s.fields().isEmpty()) {
                    so.set("fields", strings(s.fields()));
                }
            }
        }
        if (!custom.isEmpty()) {
            o.set("custom", custom);
        }
        return o;
    }

    private static ArrayNode strings(List<String> list) {
        ArrayNode a = MAPPER.createArrayNode();
        list.forEach(a::add);
        return a;
    }

    /** The family name with any CSL particles before it ("van", "de la"): citekit keeps particles in the family. */
    private static String withParticles(JsonNode name) {
        StringBuilder family = new StringBuilder();
        for (String part : List.of("dropping-particle", "non-dropping-particle", "family")) {
            String v = name.path(part).asText("").strip();
            if (!v.isEmpty()) {
                family.append(family.length() > 0 ? " " : "").append(v);
            }
        }
        return family.toString();
    }

    private static ArrayNode names(List<Name> names) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Name n : names) {
            ObjectNode o = a.addObject();
            if (n.isLiteral()) {
                o.put("literal", n.literal());
            } else {
                o.put("family", n.family());
                if (!n.given().isEmpty()) {
                    o.put("given", n.given());
                }
                if (!n.suffix().isEmpty()) {
                    o.put("suffix", n.suffix());
                }
            }
        }
        return a;
    }

    private static ObjectNode date(DateParts d) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode parts = o.putArray("date-parts").addArray();
        parts.add(d.year());
        if (d.month() > 0) {
            parts.add(d.month());
            if (d.day() > 0) {
                parts.add(d.day());
            }
        }
        if (d.season() > 0) {
            o.put("season", d.season());
        }
        return o;
    }

    /**
     * Reads a CSL-JSON array (or a single item object) into items.
     *
     * @param text the JSON text
     * @param shownAs the file name for error messages
     */
    public static List<Item> read(String text, String shownAs) {
        List<Item> items = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
                throw new CitekitException(shownAs, 1, "CSL-JSON must be an array of items or one item object");
            }
            boolean array = first == JsonToken.START_ARRAY;
            // read item by item, so that a problem in one names the line where that item opens
            for (int i = 0; array ? parser.nextToken() != JsonToken.END_ARRAY : i == 0; i++) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = parser.readValueAsTree();
                if (node == null || !node.isObject()) {
                    throw new CitekitException(shownAs, line, "item " + i + " is not a JSON object");
                }
                try {
                    items.add(fromJson((ObjectNode) node, shownAs + " item " + i));
                } catch (CitekitException | IllegalArgumentException e) {
                    String problem = e instanceof CitekitException c ? c.problem() : e.getMessage();
                    throw new CitekitException(shownAs, line, "item " + i + ": " + problem, e);
                }
            }
            if (parser.nextToken() != null) {
                throw new CitekitException(shownAs, parser.currentTokenLocation().getLineNr(),
                        "not valid JSON: text after the " + (array ? "array" : "item"));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CitekitException(shownAs, line, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CitekitException(shownAs, 0, "cannot read: " + e.getMessage(), e);
        }
        return items;
    }

    /** One CSL-JSON object as an item; unknown types become {@code document}. */
    public static Item fromJson(ObjectNode o, String shownAs) {
        ItemType type = ItemType.fromCsl(o.path("type").asText("document")).orElse(ItemType.DOCUMENT);
        Item.Builder b = Item.builder(type);
        String key = o.has("citation-key") ? o.get("citation-key").asText() : o.path("id").asText("");
        b.citationKey(key);
        JsonNode custom = o.path("custom");
        for (Field f : Field.values()) {
            JsonNode v = f.isCustom() ? custom.get(f.cslName()) : o.get(f.cslName());
            if (v != null && v.isValueNode()) {
                b.set(f, v.asText());
            }
        }
        b.get(Field.DOI).ifPresent(d -> b.set(Field.DOI, d.toLowerCase(java.util.Locale.ROOT)));
        for (NameRole role : NameRole.values()) {
            JsonNode names = o.get(role.cslName());
            if (names != null && names.isArray()) {
                List<Name> list = new ArrayList<>();
                for (JsonNode n : names) {
                    list.add(n.has("literal") ? Name.literal(n.get("literal").asText())
                            : Name.of(withParticles(n), n.path("given").asText(""), n.path("suffix").asText("")));
                }
                b.names(role, list);
            }
        }
        for (JsonNode r : custom.path("et-al")) {
            for (NameRole role : NameRole.values()) {
                if (role.cslName().equals(r.asText())) {
                    b.etAl(role, true);
                }
            }
        }
        b.issued(date(o.get("issued"), shownAs));
        b.accessed(date(o.get("accessed"), shownAs));
        b.originalDate(date(o.get("original-date"), shownAs));
        custom.path("affiliations").forEach(a -> b.addAffiliation(a.asText()));
        custom.path("alternative-DOIs").forEach(a -> b.addAlternativeDoi(a.asText()));
        custom.path("warnings").forEach(a -> b.addWarning(a.asText()));
        for (JsonNode s : custom.path("sources")) {
            List<String> fields = new ArrayList<>();
            s.path("fields").forEach(x -> fields.add(x.asText()));
            b.addSource(new Source(s.path("document").asText(), SourceKind.fromLabel(s.path("kind").asText("article")),
                    s.path("index").asInt(0), s.path("text").asText(""), fields));
        }
        return b.build();
    }

    private static DateParts date(JsonNode d, String shownAs) {
        if (d == null || d.isNull()) {
            return null;
        }
        try {
            JsonNode parts = d.path("date-parts").path(0);
            if (parts.isArray() && parts.size() > 0) {
                int year = parts.get(0).asInt();
                int month = parts.size() > 1 ? parts.get(1).asInt() : 0;
                int day = parts.size() > 2 ? parts.get(2).asInt() : 0;
                int season = season(d.path("season"));
                if (month >= 13 && month <= 16 && day == 0) { // citeproc-js's seasons in the month's place
                    return DateParts.ofSeason(year, month - 12);
                }
                if (DateParts.isSeason(month, day)) { // EDTF's
                    return DateParts.ofSeason(year, month - 20);
                }
                return season > 0 && month == 0 ? DateParts.ofSeason(year, season) : new DateParts(year, month, day);
            }
            if (d.has("raw")) {
                return DateParts.parseIso(d.get("raw").asText());
            }
            if (d.isTextual()) {
                return DateParts.parseIso(d.asText());
            }
        } catch (IllegalArgumentException e) {
            throw new CitekitException(shownAs, 0, "bad date " + d + ": " + e.getMessage(), e);
        }
        return null;
    }

    private static final List<String> SEASONS = List.of("spring", "summer", "autumn", "winter");

    /** CSL's {@code season}: 1–4, as a number or text, or a season's English name ("fall" for autumn); else 0. */
    private static int season(JsonNode s) {
        if (s.isNumber() || s.isTextual() && s.asText().strip().matches("[1-4]")) {
            int n = s.asInt();
            return n >= 1 && n <= 4 ? n : 0;
        }
        String name = s.asText("").strip().toLowerCase(java.util.Locale.ROOT);
        return name.equals("fall") ? 3 : SEASONS.indexOf(name) + 1;
    }
}
