package org.restauth.format.internal;

/**
 * Makes any Java string writable as XML 1.0 character data. Echoed parameters can hold NUL, other
 * control characters or lone surrogates, which no escape can carry in XML 1.0: they become U+FFFD
 * so the document stays well-formed for every client's parser.
 */
final class XmlText {
    static final int REPLACEMENT = 0xFFFD;

    private XmlText() {
    }

    static String sanitize(String text) {
        int first = firstIllegal(text);
        if (first < 0) {
            return text; // the common case: no copy
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out.appendCodePoint(isLegal(cp) ? cp : REPLACEMENT);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isLegal(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * XML 1.0 production [2] Char. A lone surrogate comes back from codePointAt as itself and falls
     * in the excluded D800-DFFF gap.
     */
    private static boolean isLegal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
