package io.campaignsim.scenario.expr;

/**
 * One lexical token of a condition.
 *
 * @param kind what it is
 * @param start 0-based index of its first character
 * @param text its source text (the unquoted value for a string; empty at the end)
 * @param number its value when it is a number
 */
record Token(Kind kind, int start, String text, double number) {

    enum Kind {
        NUMBER, STRING, IDENT, TRUE, FALSE, AND, OR, NOT, IN,
        LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA,
        PLUS, MINUS, STAR, SLASH, LT, LE, GT, GE, EQ, NE, END;

        boolean isComparison() {
            return this == LT || this == LE || this == GT || this == GE || this == EQ || this == NE;
        }
    }

    /** How the token is named in messages: {@code ')'}, {@code 'foo'} or {@code end of condition}. */
    String describe() {
        return switch (kind) {
            case END -> "end of condition";
            case STRING -> "string \"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
