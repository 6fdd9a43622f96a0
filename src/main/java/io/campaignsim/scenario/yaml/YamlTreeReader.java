package io.campaignsim.scenario.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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

    /** Tags of the YAML core schema ({@code !!str}, {@code !!int}…), which only say what the value already is. */
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null",
            "map", "seq").stream().map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toSet());

    /** Deepest nesting read: scenarios nest about 6 levels; the tree reader recurses once per level. */
    static final int MAX_DEPTH = 100;

    /** Thrown out of the recursion at {@link #MAX_DEPTH}. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Loc at;

        TooDeep(Loc at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private final YAMLFactory factory = YAMLFactory.builder().build();

    /**
     * Reads one YAML document.
     *
     * @return the root node, or {@code null} when the text could not be parsed (the reason is in
     *     {@code problems})
     */
    public YamlNode read(String text, Problems problems) {
        String whole = text.startsWith("\uFEFF") ? text.substring(1) : text; // tolerate a UTF-8 BOM
        String body = untilDocumentEnd(whole, problems);
        try (YAMLParser parser = (YAMLParser) factory.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(Loc.START, "the file is empty", "a YAML mapping with at least 'name' and 'population'");
                return null;
            }
            YamlNode root = node(parser, "", body, problems);
            if (parser.nextToken() != null) {
                problems.add(documentStartBefore(body, parser.currentTokenLocation()), "a second YAML document follows",
                        "one document per scenario file (remove the '---')");
            }
            return root;
        } catch (TooDeep e) {
            problems.add(e.at, "YAML nesting is deeper than " + MAX_DEPTH + " levels",
                    "a hand-written scenario, nested a few levels (is this the right file?)");
            return null;
        } catch (StreamConstraintsException e) {
            problems.add(loc(e.getLocation()), "YAML " + constraint(e.getOriginalMessage()),
                    "a hand-written scenario (is this the right file?)");
            return null;
        } catch (JsonProcessingException e) {
            String original = String.valueOf(e.getOriginalMessage());
            if (original.startsWith("Expected a field name")) {
                problems.add(loc(e.getLocation()), "a mapping key is a list or mapping",
                        "plain text keys, e.g. email: { cost: 0.002 }");
            } else if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
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
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && p.getParsingContext().getNestingDepth() > MAX_DEPTH) {
            throw new TooDeep(at); // the tree is read recursively: stop long before the stack ends
        }
        String tag = p.getTypeId();
        if (tag != null && !CORE_TAGS.contains(tag)) {
            String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
            problems.add(at, "YAML tag '" + shown + "'" + (path.isEmpty() ? "" : " at " + path) + " is not supported",
                    "the plain value without a tag (campaignsim reads values by their key, not by tags)");
        }
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

    /**
     * The text up to the document end marker ({@code ...} at the start of a line); anything but
     * blank lines, comments and further markers after it is reported at its own line and column
     * (the parser would only see the next document's start, or nothing).
     */
    static String untilDocumentEnd(String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = stripCr(lines[i]);
            if (isMarker(line, "...")) {
                String rest = line.substring(3);
                int junk = firstContent(rest);
                if (junk >= 0) {
                    problems.add(new Loc(i + 1, 4 + junk), "text after the document end '...'",
                            "nothing after '...' but comments (remove the text, or the '...')");
                }
                for (int k = i + 1; k < lines.length && junk < 0; k++) {
                    String after = stripCr(lines[k]);
                    if (isMarker(after, "...")) {
                        continue;
                    }
                    int c = firstContent(after);
                    if (c >= 0) {
                        junk = c;
                        if (isMarker(after, "---")) {
                            problems.add(new Loc(k + 1, 1), "a second YAML document follows (after '...' at line "
                                    + (i + 1) + ")", "one document per scenario file (remove the '---')");
                        } else {
                            problems.add(new Loc(k + 1, c + 1), "text after the document end '...' at line " + (i + 1),
                                    "nothing after '...' but comments (remove the text, or the '...')");
                        }
                    }
                }
                return text.substring(0, offset);
            }
            offset += lines[i].length() + 1;
        }
        return text;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** A document marker: {@code ---} or {@code ...} at column 1, alone or followed by a space or tab. */
    private static boolean isMarker(String line, String marker) {
        return line.startsWith(marker) && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '\t');
    }

    /** Index of the first character that is neither blank nor a comment, or -1. */
    private static int firstContent(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '#') {
                return -1;
            }
            if (c != ' ' && c != '\t') {
                return i;
            }
        }
        return -1;
    }

    /** The {@code ---} line that starts the document holding {@code token}, or the token itself. */
    private static Loc documentStartBefore(String body, JsonLocation token) {
        Loc at = loc(token);
        String[] lines = body.split("\n", -1);
        for (int i = Math.min(at.line(), lines.length) - 1; i >= 0; i--) {
            if (isMarker(stripCr(lines[i]), "---")) {
                return new Loc(i + 1, 1);
            }
        }
        return at;
    }

    /** A parser limit in words, without the library's names. */
    private static String constraint(String message) {
        String m = String.valueOf(message);
        if (m.contains("nesting depth")) {
            return "nesting is deeper than the parser's limit of 1000 levels";
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "number has more digits than the parser's limit of 1000";
        }
        if (m.contains("String value length") || m.contains("String length")) {
            return "text value is longer than the parser's limit";
        }
        if (m.contains("Name length") || m.contains("name length")) {
            return "key is longer than the parser's limit";
        }
        return "input exceeds a parser limit";
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
        // never show the libraries' class names or event dumps
        m = m.replaceAll("<?org\\.yaml\\.snakeyaml\\.[A-Za-z.]*?([A-Za-z]+)Event\\([^)]*\\)>?", "a $1")
                .replaceAll("\\(?,? ?from `StreamReadConstraints[^`]*`\\)?", "")
                .replaceAll("com\\.fasterxml\\.[A-Za-z.]+", "the YAML reader");
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
