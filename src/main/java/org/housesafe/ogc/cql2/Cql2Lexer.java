package org.housesafe.ogc.cql2;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CQL2 text into tokens. Strings are single-quoted with {@code ''} for a quote;
 * double-quoted identifiers take {@code ""} for a quote. A sign directly before a number belongs
 * to it (CQL2 text here has no arithmetic). Positions are 1-based character offsets for messages.
 */
final class Cql2Lexer {

    enum Kind { IDENTIFIER, QUOTED_IDENTIFIER, STRING, NUMBER, OPERATOR, LEFT, RIGHT, COMMA, END }

    record Token(Kind kind, String text, int position) {

        /** Whether this is the keyword {@code word} (keywords are case-insensitive). */
        boolean is(String word) {
            return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(word);
        }

        String describe() {
            return kind == Kind.END ? "the end of the filter" : "'" + Literals.shorten(text) + "' at position " + position;
        }
    }

    private final String in;
    private int at;

    private Cql2Lexer(String in) {
        this.in = in;
    }

    static List<Token> tokens(String text) {
        Cql2Lexer lexer = new Cql2Lexer(text);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.kind() != Kind.END);
        return out;
    }

    private Token next() {
        while (at < in.length() && Character.isWhitespace(in.charAt(at))) {
            at++;
        }
        int start = at;
        if (at >= in.length()) {
            return new Token(Kind.END, "", start + 1);
        }
        char c = in.charAt(at);
        if (c == '\'' || c == '"') {
            return quoted(c, start);
        }
        if (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && at + 1 < in.length()
                && (Character.isDigit(in.charAt(at + 1)) || in.charAt(at + 1) == '.'))) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (at < in.length() && isIdentifierPart(in.charAt(at))) {
                at++;
            }
            return new Token(Kind.IDENTIFIER, in.substring(start, at), start + 1);
        }
        at++;
        return switch (c) {
            case '(' -> new Token(Kind.LEFT, "(", start + 1);
            case ')' -> new Token(Kind.RIGHT, ")", start + 1);
            case ',' -> new Token(Kind.COMMA, ",", start + 1);
            case '=' -> new Token(Kind.OPERATOR, "=", start + 1);
            case '<', '>' -> {
                if (at < in.length() && (in.charAt(at) == '=' || (c == '<' && in.charAt(at) == '>'))) {
                    at++;
                }
                yield new Token(Kind.OPERATOR, in.substring(start, at), start + 1);
            }
            default -> throw Cql2.error("unexpected character '" + c + "' at position " + (start + 1));
        };
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':';
    }

    private Token quoted(char quote, int start) {
        StringBuilder text = new StringBuilder();
        at++;
        while (true) {
            if (at >= in.length()) {
                throw Cql2.error((quote == '\'' ? "unterminated string" : "unterminated quoted name")
                        + " starting at position " + (start + 1));
            }
            char c = in.charAt(at++);
            if (c == quote) {
                if (at < in.length() && in.charAt(at) == quote) {
                    at++;
                } else {
                    break;
                }
            }
            text.append(c);
        }
        return new Token(quote == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER, text.toString(), start + 1);
    }

    private Token number(int start) {
        at++;
        while (at < in.length() && (Character.isDigit(in.charAt(at)) || in.charAt(at) == '.')) {
            at++;
        }
        if (at < in.length() && (in.charAt(at) == 'e' || in.charAt(at) == 'E')) {
            at++;
            if (at < in.length() && (in.charAt(at) == '+' || in.charAt(at) == '-')) {
                at++;
            }
            while (at < in.length() && Character.isDigit(in.charAt(at))) {
                at++;
            }
        }
        return new Token(Kind.NUMBER, in.substring(start, at), start + 1);
    }
}
