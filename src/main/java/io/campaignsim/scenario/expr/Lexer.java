package io.campaignsim.scenario.expr;

import io.campaignsim.scenario.expr.Token.Kind;

/**
 * Splits a condition into tokens on demand, so that errors come out in reading order. Operators
 * have word and symbol forms: {@code and}/{@code &&}, {@code or}/{@code ||}, {@code not}/{@code !}.
 */
final class Lexer {

    private final String s;
    private int pos;

    Lexer(String text) {
        this.s = text;
    }

    Token next() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos >= s.length()) {
            return new Token(Kind.END, s.length(), "", 0);
        }
        char c = s.charAt(pos);
        if (isDigit(c) || (c == '.' && pos + 1 < s.length() && isDigit(s.charAt(pos + 1)))) {
            return number(start);
        }
        if (isIdentStart(c)) {
            while (pos < s.length() && isIdentPart(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(start, pos);
            return new Token(keyword(word), start, word, 0);
        }
        if (c == '"' || c == '\'') {
            int end = s.indexOf(c, start + 1);
            if (end < 0) {
                throw new ExpressionException(start, "unterminated string", "a closing " + c + " after the text");
            }
            pos = end + 1;
            return new Token(Kind.STRING, start, s.substring(start + 1, end), 0);
        }
        pos++;
        char d = pos < s.length() ? s.charAt(pos) : '\0';
        switch (c) {
            case '(': return token(Kind.LPAREN, start);
            case ')': return token(Kind.RPAREN, start);
            case '[': return token(Kind.LBRACKET, start);
            case ']': return token(Kind.RBRACKET, start);
            case ',': return token(Kind.COMMA, start);
            case '+': return token(Kind.PLUS, start);
            case '-': return token(Kind.MINUS, start);
            case '*': return token(Kind.STAR, start);
            case '/': return token(Kind.SLASH, start);
            case '<': return d == '=' ? pair(Kind.LE, start) : token(Kind.LT, start);
            case '>': return d == '=' ? pair(Kind.GE, start) : token(Kind.GT, start);
            case '!': return d == '=' ? pair(Kind.NE, start) : token(Kind.NOT, start);
            case '=':
                if (d == '=') {
                    return pair(Kind.EQ, start);
                }
                throw new ExpressionException(start, "unexpected '='", "'==' to test equality");
            case '&':
                if (d == '&') {
                    return pair(Kind.AND, start);
                }
                throw new ExpressionException(start, "unexpected '&'", "'and' or '&&'");
            case '|':
                if (d == '|') {
                    return pair(Kind.OR, start);
                }
                throw new ExpressionException(start, "unexpected '|'", "'or' or '||'");
            default:
                throw new ExpressionException(start, "unexpected character '" + c + "'",
                        "a field, a number, a quoted string, an operator or a parenthesis");
        }
    }

    private Token number(int start) {
        digits();
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            digits();
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                pos = mark + 1;
                malformed(start);
            }
            digits();
        }
        if (pos < s.length() && (isIdentPart(s.charAt(pos)) || s.charAt(pos) == '.')) {
            malformed(start);
        }
        String text = s.substring(start, pos);
        return new Token(Kind.NUMBER, start, text, Double.parseDouble(text));
    }

    private void malformed(int start) {
        int end = pos;
        while (end < s.length() && (isIdentPart(s.charAt(end)) || s.charAt(end) == '.')) {
            end++;
        }
        throw new ExpressionException(start, "malformed number '" + s.substring(start, end) + "'",
                "a number such as 30, 0.05 or 1e-3");
    }

    private void digits() {
        while (pos < s.length() && isDigit(s.charAt(pos))) {
            pos++;
        }
    }

    private Token token(Kind kind, int start) {
        return new Token(kind, start, s.substring(start, start + 1), 0);
    }

    private Token pair(Kind kind, int start) {
        pos++;
        return new Token(kind, start, s.substring(start, start + 2), 0);
    }

    private static Kind keyword(String word) {
        return switch (word) {
            case "and" -> Kind.AND;
            case "or" -> Kind.OR;
            case "not" -> Kind.NOT;
            case "in" -> Kind.IN;
            case "true" -> Kind.TRUE;
            case "false" -> Kind.FALSE;
            default -> Kind.IDENT;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }
}
