package io.campaignsim.scenario.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.campaignsim.scenario.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns YAML text into a {@link YamlNode} tree with source positions. Syntax errors and
 * duplicate keys are added to {@link Problems}; the caller decides whether to go on.
 */
public final class YamlTreeReader {

    private static final String SYNTAX_HINT =
            "valid YAML (check indentation, colons after keys and matching quotes/brackets)";

    private final YAMLFactory factory = YAMLFactory.builder().build();

    /**
     * Reads one YAML document.
     *
     * @return the root node, or {@code null} when the text could not be parsed (the reason is in
     *     {@code problems})
     */
    public YamlNode read(String text, Problems problems) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // tolerate a UTF-8 BOM
        try (YAMLParser parser = (YAMLParser) factory.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Loc.START, "the file is empty", "a YAML mapping with at least 'name' and 'population'");
                return null;
            }
            YamlNode root = node(parser, "", body, problems);
            if (parser.nextToken() != null) {
                problems.add(loc(parser.currentTokenLocation()), "a second YAML document follows",
                        "one document per scenario file (remove the '---')");
            }
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                syntaxError(m, problems);
            } else {
                problems.add(loc(e.getLocation()), "YAML syntax error: " + cleanMessage(e), SYNTAX_HINT);
            }
            return null;
        } catch (IOException e) {
            problems.add(Loc.START, "could not read YAML: " + e.getMessage(), "a readable UTF-8 text file");
            return null;
        }
    }

    private YamlNode node(YAMLParser p, String path, String body, Problems problems) throws IOException {
        JsonToken t = p.currentToken();
        Loc at = loc(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Loc> keyLocs = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Loc keyLoc = loc(p.currentTokenLocation());
                    p.nextToken();
                    YamlNode value = node(p, path.isEmpty() ? key : path + "." + key, body, problems);
                    if (entries.containsKey(key)) {
                        problems.add(keyLoc, "duplicate key '" + key + "' (first at " + keyLocs.get(key) + ")",
                                "each key once per mapping");
                        continue;
                    }
                    entries.put(key, value);
                    keyLocs.put(key, keyLoc);
                }
                return new YamlNode.MapNode(entries, keyLocs, at, path);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(p, path + "[" + i++ + "]", body, problems));
                }
                return new YamlNode.ListNode(items, at, path);
            }
            case VALUE_NULL:
                return new YamlNode.NullNode(at, path);
            default: {
                if (p.isCurrentAlias()) {
                    problems.add(at, "YAML alias '*" + p.getText() + "' at " + path + " is not supported",
                            "the value written out in full (anchors and aliases are not supported)");
                    return new YamlNode.NullNode(at, path);
                }
                YamlNode.ScalarType type = switch (t) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> YamlNode.ScalarType.NUMBER;
                    case VALUE_TRUE, VALUE_FALSE -> YamlNode.ScalarType.BOOLEAN;
                    default -> YamlNode.ScalarType.STRING;
                };
                long offset = p.currentTokenLocation().getCharOffset();
                boolean quoted = offset >= 0 && offset < body.length()
                        && (body.charAt((int) offset) == '"' || body.charAt((int) offset) == '\'');
                if (!quoted && type == YamlNode.ScalarType.STRING && p.getText().isEmpty()) {
                    return new YamlNode.NullNode(at, path); // 'key:' with nothing after it
                }
                return new YamlNode.ScalarNode(p.getText(), type, quoted, at, path);
            }
        }
    }

    static Loc loc(JsonLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return Loc.START;
        }
        return new Loc(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static String cleanMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "unreadable YAML";
        }
        // SnakeYAML messages span several lines with a caret drawing; keep the first sentence.
        m = m.replace('\n', ' ').replaceAll("\\s+", " ").trim();
        int cut = m.indexOf(" in 'reader'");
        if (cut > 0) {
            m = m.substring(0, cut);
        }
        cut = m.indexOf(" in 'string'");
        if (cut > 0) {
            m = m.substring(0, cut);
        }
        return m;
    }

    /**
     * SnakeYAML knows where the problem is (its problem mark) and what it was parsing (its
     * context); Jackson's own location is often the end of the previous token, so use the mark.
     */
    private static void syntaxError(MarkedYAMLException m, Problems problems) {
        Mark at = m.getProblemMark();
        Loc loc = new Loc(at.getLine() + 1, at.getColumn() + 1);
        String problem = String.valueOf(m.getProblem()).replace('\n', ' ').trim();
        if (problem.contains("\\t(TAB)")) {
            problems.add(loc, "YAML syntax error: a tab character", "indent with spaces, not tabs");
            return;
        }
        Mark ctx = m.getContextMark();
        String context = m.getContext() == null ? ""
                : " (" + m.getContext().trim() + (ctx == null ? "" : " that starts at " + (ctx.getLine() + 1) + ":"
                        + (ctx.getColumn() + 1)) + ")";
        problems.add(loc, "YAML syntax error: " + problem + context, SYNTAX_HINT);
    }
}
