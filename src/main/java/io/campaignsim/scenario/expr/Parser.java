package io.campaignsim.scenario.expr;

import io.campaignsim.scenario.MapReader;
import io.campaignsim.scenario.expr.Token.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser that type-checks as it reads and builds evaluation nodes directly, so
 * that the first error in reading order is the one reported. One parser per condition text.
 *
 * <pre>
 * or         := and (('or' | '||') and)*
 * and        := not (('and' | '&amp;&amp;') not)*
 * not        := ('not' | '!') not | comparison
 * comparison := additive [ cmp additive | 'in' list | 'not' 'in' list ]   (no chains)
 * additive   := multiply (('+' | '-') multiply)*
 * multiply   := unary (('*' | '/') unary)*
 * unary      := '-' unary | primary
 * primary    := NUMBER | STRING | 'true' | 'false' | FIELD | '(' or ')'
 * list       := '[' literal (',' literal)* ']'
 * </pre>
 */
final class Parser {

    static final String OPERAND = "a field, a number, a quoted string, 'not' or '('";
    static final String FIELD_HINT = "a field such as days_since_purchase (see docs/conditions.md)";
    private static final List<String> WORDS = List.of("and", "or", "not", "in", "true", "false");
    /** Hand-written conditions are a line or two; the limits keep recursion (here and in evaluation) shallow. */
    static final int MAX_LENGTH = 4096;
    static final int MAX_NESTING = 64;

    private enum Type { NUM, BOOL, CAT, STR }

    /** A parsed sub-expression: its type, where it starts, and its node (or field/string). */
    private record Operand(Type type, int pos, NumNode num, BoolNode bool, Field field, String str) {

        Operand at(int newPos) {
            return new Operand(type, newPos, num, bool, field, str);
        }

        String describe() {
            return switch (type) {
                case NUM -> field != null ? "number field '" + field.name() + "'" : "a number";
                case BOOL -> "a condition";
                case CAT -> "categorical field '" + field.name() + "'";
                case STR -> "a string";
            };
        }
    }

    /** A literal inside {@code [...]}. */
    private record Item(int pos, boolean isString, String str, double num) {}

    private final String text;
    private final Lexer lexer;
    private final ObservedFields fields;
    private final boolean fold;
    private final Set<Field> used = new LinkedHashSet<>();
    private Token tok;
    private Token prev;
    private Token ahead;
    private int depth;

    Parser(String text, ObservedFields fields, boolean fold) {
        this.text = text;
        this.lexer = new Lexer(text);
        this.fields = fields;
        this.fold = fold;
    }

    Condition parse() {
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException(MAX_LENGTH, "condition is too long (" + text.length() + " characters)",
                    "at most " + MAX_LENGTH + " characters (split it across several rules or stages)");
        }
        advance();
        if (tok.kind() == Kind.END) {
            throw new ExpressionException(0, "empty condition", "a condition such as days_since_purchase > 30");
        }
        Operand o = or();
        if (tok.kind() != Kind.END) {
            throw afterOperand(null);
        }
        return new Condition(text, asBool(o), used, fold);
    }

    // ---- boolean levels

    private Operand or() {
        Operand a = and();
        while (tok.kind() == Kind.OR) {
            BoolNode left = asBool(a);
            advance();
            BoolNode right = asBool(and());
            a = bool(or(left, right), a.pos());
        }
        return a;
    }

    private Operand and() {
        Operand a = not();
        while (tok.kind() == Kind.AND) {
            BoolNode left = asBool(a);
            advance();
            BoolNode right = asBool(not());
            a = bool(and(left, right), a.pos());
        }
        return a;
    }

    private Operand not() {
        if (tok.kind() != Kind.NOT) {
            return comparison();
        }
        int at = tok.start();
        enter();
        advance();
        Operand a = bool(not(asBool(not())), at);
        depth--;
        return a;
    }

    // ---- comparisons

    private Operand comparison() {
        Operand a = additive();
        Operand result;
        if (tok.kind().isComparison()) {
            Token op = tok;
            checkComparable(a, op);
            advance();
            result = compare(a, op, additive());
        } else if (tok.kind() == Kind.IN || (tok.kind() == Kind.NOT && peek().kind() == Kind.IN)) {
            boolean negate = tok.kind() == Kind.NOT;
            checkTestable(a);
            advance();
            if (negate) {
                advance();
            }
            result = in(a, list(a), negate);
        } else {
            return a;
        }
        if (tok.kind().isComparison() || tok.kind() == Kind.IN
                || (tok.kind() == Kind.NOT && peek().kind() == Kind.IN)) {
            throw new ExpressionException(tok.start(), "comparisons cannot be chained",
                    "'and' between two comparisons, e.g. x > 1 and x < 3");
        }
        return result;
    }

    private void checkComparable(Operand a, Token op) {
        if (a.type() == Type.BOOL) {
            throw new ExpressionException(a.pos(), "cannot compare a condition with '" + op.text() + "'",
                    "a number or a categorical field on each side of '" + op.text() + "'");
        }
        boolean ordering = op.kind() != Kind.EQ && op.kind() != Kind.NE;
        if (ordering && a.type() == Type.CAT) {
            throw new ExpressionException(op.start(), a.describe() + " supports only ==, !=, in and not in, not '"
                    + op.text() + "'", examples(a.field()));
        }
        if (ordering && a.type() == Type.STR) {
            throw new ExpressionException(a.pos(), "a string cannot be compared with '" + op.text() + "'",
                    "numbers on both sides of '" + op.text() + "'");
        }
    }

    private Operand compare(Operand a, Token op, Operand b) {
        if (b.type() == Type.BOOL) {
            throw new ExpressionException(b.pos(), "cannot compare a condition with '" + op.text() + "'",
                    "a number or a categorical field on each side of '" + op.text() + "'");
        }
        if (a.type() == Type.NUM && b.type() == Type.NUM) {
            return bool(numeric(op.kind(), a.num(), b.num()), a.pos());
        }
        if (a.type() == Type.CAT || b.type() == Type.CAT) {
            Operand cat = a.type() == Type.CAT ? a : b;
            Operand other = cat == a ? b : a;
            if (other.type() != Type.STR) {
                throw new ExpressionException(other.pos(), cat.describe() + " cannot be compared with "
                        + other.describe(), levelsHint(cat.field()));
            }
            BoolNode eq = new BoolNodes.LevelEq(cat.field(), level(cat.field(), other.str(), other.pos()));
            return bool(op.kind() == Kind.EQ ? eq : not(eq), a.pos());
        }
        if (a.type() == Type.STR && b.type() == Type.STR) {
            throw new ExpressionException(b.pos(), "two strings compared",
                    "a categorical field on one side, e.g. segment == \"" + firstLevel() + "\"");
        }
        Operand num = a.type() == Type.NUM ? a : b;
        Operand str = num == a ? b : a;
        throw new ExpressionException(str.pos(), num.describe() + " cannot be compared with a string",
                "a number, e.g. " + (num.field() != null ? num.field().name() : "days_since_purchase") + " > 30");
    }

    private void checkTestable(Operand a) {
        if (a.type() == Type.BOOL || a.type() == Type.STR) {
            throw new ExpressionException(a.pos(), "cannot test " + a.describe() + " with 'in'",
                    "a field before 'in', e.g. segment in [\"" + firstLevel() + "\"]");
        }
    }

    private List<Item> list(Operand a) {
        if (tok.kind() != Kind.LBRACKET) {
            throw new ExpressionException(tok.start(), "unexpected " + tok.describe() + " after " + prev.describe(),
                    "a list in brackets, e.g. in [1, 2] or in [\"a\", \"b\"]");
        }
        advance();
        if (tok.kind() == Kind.RBRACKET) {
            throw new ExpressionException(tok.start(), "empty list", "at least one value between '[' and ']'");
        }
        List<Item> items = new ArrayList<>();
        while (true) {
            items.add(item(a));
            if (tok.kind() == Kind.RBRACKET) {
                advance();
                return items;
            }
            if (tok.kind() == Kind.END) {
                throw new ExpressionException(tok.start(), "missing ']'", "']' to close the list");
            }
            if (tok.kind() != Kind.COMMA) {
                throw new ExpressionException(tok.start(), "unexpected " + tok.describe() + " in list",
                        "',' or ']' (list values are plain numbers or quoted strings)");
            }
            advance();
        }
    }

    /** One literal of a list, checked against the tested operand's type as soon as it is read. */
    private Item item(Operand a) {
        int at = tok.start();
        Item item;
        if (tok.kind() == Kind.STRING) {
            item = new Item(at, true, tok.text(), 0);
        } else if (tok.kind() == Kind.NUMBER) {
            item = new Item(at, false, null, tok.number());
        } else if (tok.kind() == Kind.MINUS && peek().kind() == Kind.NUMBER) {
            advance();
            item = new Item(at, false, null, -tok.number());
        } else {
            throw new ExpressionException(at, tok.kind() == Kind.END ? "missing ']'" : "unexpected " + tok.describe()
                    + " in list", "a number or a quoted string");
        }
        advance();
        if (a.type() == Type.CAT && !item.isString()) {
            throw new ExpressionException(at, a.describe() + " cannot be compared with a number", levelsHint(a.field()));
        }
        if (a.type() == Type.NUM && item.isString()) {
            throw new ExpressionException(at, a.describe() + " cannot be compared with a string", "numbers in the list");
        }
        return item;
    }

    private Operand in(Operand a, List<Item> items, boolean negate) {
        BoolNode node;
        if (a.type() == Type.CAT) {
            boolean[] member = new boolean[a.field().levels().size()];
            for (Item it : items) {
                member[level(a.field(), it.str(), it.pos())] = true;
            }
            node = new BoolNodes.LevelIn(a.field(), member);
        } else {
            double[] values = new double[items.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = items.get(i).num();
            }
            node = foldBool(new BoolNodes.In(a.num(), values), a.num().isConstant());
        }
        return bool(negate ? not(node) : node, a.pos());
    }

    private int level(Field f, String value, int at) {
        int i = f.levelIndex(value);
        if (i < 0) {
            throw new ExpressionException(at, "'" + value + "' is not a level of " + f.name()
                    + MapReader.suggestion(value, f.levels()), levelsHint(f));
        }
        return i;
    }

    // ---- arithmetic

    private Operand additive() {
        Operand a = multiply();
        while (tok.kind() == Kind.PLUS || tok.kind() == Kind.MINUS) {
            Token op = tok;
            requireNumber(a, op);
            advance();
            Operand b = requireNumber(multiply(), op);
            a = num(arithmetic(op.kind(), a.num(), b.num()), a.pos());
        }
        return a;
    }

    private Operand multiply() {
        Operand a = unary();
        while (tok.kind() == Kind.STAR || tok.kind() == Kind.SLASH) {
            Token op = tok;
            requireNumber(a, op);
            advance();
            Operand b = requireNumber(unary(), op);
            a = num(arithmetic(op.kind(), a.num(), b.num()), a.pos());
        }
        return a;
    }

    private Operand unary() {
        if (tok.kind() != Kind.MINUS) {
            return primary();
        }
        Token op = tok;
        enter();
        advance();
        Operand a = requireNumber(unary(), op);
        depth--;
        return num(foldNum(new NumNodes.Neg(a.num()), a.num().isConstant()), op.start());
    }

    private Operand requireNumber(Operand o, Token op) {
        if (o.type() != Type.NUM) {
            throw new ExpressionException(o.pos(), "'" + op.text() + "' needs numbers, but got " + o.describe(),
                    o.type() == Type.CAT ? examples(o.field()) : "numbers on both sides of '" + op.text() + "'");
        }
        return o;
    }

    private Operand primary() {
        Token t = tok;
        switch (t.kind()) {
            case NUMBER:
                advance();
                return num(new NumNodes.Const(t.number()), t.start());
            case STRING:
                advance();
                return new Operand(Type.STR, t.start(), null, null, null, t.text());
            case TRUE:
            case FALSE:
                advance();
                return bool(BoolNodes.of(t.kind() == Kind.TRUE), t.start());
            case IDENT:
                advance();
                return field(t);
            case LPAREN: {
                enter();
                advance();
                Operand inner = or();
                depth--;
                if (tok.kind() != Kind.RPAREN) {
                    throw afterOperand(t);
                }
                advance();
                return inner.at(t.start());
            }
            default:
                String after = prev == null ? "" : " after " + prev.describe();
                throw new ExpressionException(t.start(), "unexpected " + t.describe(),
                        "an operand" + after + ": " + OPERAND);
        }
    }

    private Operand field(Token t) {
        Field f = fields.find(t.text());
        if (f == null) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            String hint = WORDS.contains(lower) ? " (did you mean '" + lower + "'?)"
                    : MapReader.suggestion(t.text(), fields.names());
            throw new ExpressionException(t.start(), "unknown field '" + t.text() + "'" + hint, FIELD_HINT);
        }
        used.add(f);
        if (f.isCategorical()) {
            return new Operand(Type.CAT, t.start(), null, null, f, null);
        }
        return new Operand(Type.NUM, t.start(), new NumNodes.Read(f), null, f, null);
    }

    /** The error for a token that cannot follow a complete operand; {@code open} is the unclosed '(' if any. */
    private ExpressionException afterOperand(Token open) {
        if (open != null && tok.kind() == Kind.END) {
            return new ExpressionException(tok.start(), "missing ')'", "')' to close the '('");
        }
        String what = "unexpected " + tok.describe();
        if (tok.kind() == Kind.IDENT) {
            what += MapReader.suggestion(tok.text(), List.of("and", "or", "not", "in"));
        }
        String end = open != null ? "')'" : tok.kind() == Kind.RPAREN ? "a matching '(' before it, or the end of the condition"
                : "the end of the condition";
        return new ExpressionException(tok.start(), what, "an operator such as 'and', 'or', '<', '+', or " + end);
    }

    // ---- node building, with constant folding

    private BoolNode asBool(Operand o) {
        return switch (o.type()) {
            case BOOL -> o.bool();
            case NUM -> foldBool(new BoolNodes.Truthy(o.num()), o.num().isConstant());
            case CAT -> throw new ExpressionException(o.pos(), o.describe() + " is not a condition",
                    examples(o.field()));
            case STR -> throw new ExpressionException(o.pos(), "a string is not a condition",
                    "a comparison such as segment == \"" + firstLevel() + "\"");
        };
    }

    private BoolNode numeric(Kind op, NumNode a, NumNode b) {
        BoolNode n = BoolNodes.compare(switch (op) {
            case LT -> BoolNodes.Op.LT;
            case LE -> BoolNodes.Op.LE;
            case GT -> BoolNodes.Op.GT;
            case GE -> BoolNodes.Op.GE;
            case EQ -> BoolNodes.Op.EQ;
            case NE -> BoolNodes.Op.NE;
            default -> throw new AssertionError(op);
        }, a, b);
        return foldBool(n, a.isConstant() && b.isConstant());
    }

    private NumNode arithmetic(Kind op, NumNode a, NumNode b) {
        NumNode n = switch (op) {
            case PLUS -> new NumNodes.Add(a, b);
            case MINUS -> new NumNodes.Sub(a, b);
            case STAR -> new NumNodes.Mul(a, b);
            case SLASH -> new NumNodes.Div(a, b);
            default -> throw new AssertionError(op);
        };
        return foldNum(n, a.isConstant() && b.isConstant());
    }

    private BoolNode not(BoolNode a) {
        return foldBool(new BoolNodes.Not(a), a.isConstant());
    }

    /** Conditions have no side effects, so a constant side decides or vanishes whichever side it is on. */
    private BoolNode and(BoolNode a, BoolNode b) {
        if (fold && a.isConstant()) {
            return a.test(-1, 0) ? b : a;
        }
        if (fold && b.isConstant()) {
            return b.test(-1, 0) ? a : b;
        }
        return new BoolNodes.And(a, b);
    }

    private BoolNode or(BoolNode a, BoolNode b) {
        if (fold && a.isConstant()) {
            return a.test(-1, 0) ? a : b;
        }
        if (fold && b.isConstant()) {
            return b.test(-1, 0) ? b : a;
        }
        return new BoolNodes.Or(a, b);
    }

    /** Evaluating a node whose inputs are constants with no source gives its value, folded or not. */
    private NumNode foldNum(NumNode n, boolean constantInputs) {
        return fold && constantInputs ? new NumNodes.Const(n.eval(-1, 0)) : n;
    }

    private BoolNode foldBool(BoolNode n, boolean constantInputs) {
        return fold && constantInputs ? BoolNodes.of(n.test(-1, 0)) : n;
    }

    // ---- helpers

    private static Operand num(NumNode n, int pos) {
        return new Operand(Type.NUM, pos, n, null, null, null);
    }

    private static Operand bool(BoolNode n, int pos) {
        return new Operand(Type.BOOL, pos, null, n, null, null);
    }

    private static String levelsHint(Field f) {
        return "a level of " + f.name() + " in quotes: " + quoted(f.levels());
    }

    private static String examples(Field f) {
        String first = f.levels().isEmpty() ? "x" : f.levels().get(0);
        return "a comparison such as " + f.name() + " == \"" + first + "\" or " + f.name() + " in [" + quoted(
                f.levels().subList(0, Math.min(2, f.levels().size()))) + "]";
    }

    private static String quoted(List<String> levels) {
        StringBuilder b = new StringBuilder();
        for (String l : levels) {
            b.append(b.length() == 0 ? "" : ", ").append('"').append(l).append('"');
        }
        return b.length() == 0 ? "(none declared)" : b.toString();
    }

    private String firstLevel() {
        Field seg = fields.find("segment");
        return seg == null || seg.levels().isEmpty() ? "loyal" : seg.levels().get(0);
    }

    private void enter() {
        if (++depth > MAX_NESTING) {
            throw new ExpressionException(tok.start(), "condition nested too deeply",
                    "at most " + MAX_NESTING + " levels of parentheses, 'not' and '-'");
        }
    }

    private void advance() {
        prev = tok;
        tok = ahead != null ? ahead : lexer.next();
        ahead = null;
    }

    private Token peek() {
        if (ahead == null) {
            ahead = lexer.next();
        }
        return ahead;
    }
}
