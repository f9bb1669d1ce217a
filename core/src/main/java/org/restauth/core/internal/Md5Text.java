package org.restauth.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * MD5 of a text given piece by piece, encoded to UTF-8 through one small reused buffer: no base string,
 * no byte array per piece. The bytes are exactly those of {@code String.getBytes(UTF_8)} on the
 * concatenation of the pieces: a surrogate pair split across two pieces still pairs, and a lone
 * surrogate becomes {@code '?'}. One instance per thread, reused call after call.
 */
public final class Md5Text {
    private static final ThreadLocal<Md5Text> PER_THREAD = ThreadLocal.withInitial(Md5Text::new);
    private static final byte REPLACEMENT = '?';

    private final MessageDigest md5 = newMd5();
    private final byte[] buffer = new byte[1024];
    private int size;
    private char pendingHigh;

    private Md5Text() {
    }

    /** This thread's instance, emptied. */
    public static Md5Text start() {
        Md5Text text = PER_THREAD.get();
        text.md5.reset();
        text.size = 0;
        text.pendingHigh = 0;
        return text;
    }

    public Md5Text add(String piece) {
        int i = pendingHigh == 0 && size + piece.length() <= buffer.length ? addAscii(piece) : 0;
        for (; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (size > buffer.length - 4) {
                flush();
            }
            if (c < 0x80 && pendingHigh == 0) {
                buffer[size++] = (byte) c;
            } else {
                addNonAscii(c);
            }
        }
        return this;
    }

    /** The common case in a tight loop: copies the leading ASCII characters, returns how many. */
    private int addAscii(String piece) {
        int i = 0;
        for (char c; i < piece.length() && (c = piece.charAt(i)) < 0x80; i++) {
            buffer[size + i] = (byte) c;
        }
        size += i;
        return i;
    }

    /** The MD5 of everything added; the instance is then free for the next {@link #start()}. */
    public byte[] finish() {
        flush();
        if (pendingHigh != 0) {
            buffer[size++] = REPLACEMENT;
            pendingHigh = 0;
            flush();
        }
        return md5.digest();
    }

    private void addNonAscii(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                putCodePoint(Character.toCodePoint(high, c));
                return;
            }
            buffer[size++] = REPLACEMENT;
        }
        if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[size++] = REPLACEMENT;
        } else {
            putCodePoint(c);
        }
    }

    private void putCodePoint(int cp) {
        if (cp < 0x80) {
            buffer[size++] = (byte) cp;
        } else if (cp < 0x800) {
            buffer[size++] = (byte) (0xC0 | cp >> 6);
            buffer[size++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            buffer[size++] = (byte) (0xE0 | cp >> 12);
            buffer[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[size++] = (byte) (0x80 | cp & 0x3F);
        } else {
            buffer[size++] = (byte) (0xF0 | cp >> 18);
            buffer[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buffer[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[size++] = (byte) (0x80 | cp & 0x3F);
        }
    }

    private void flush() {
        md5.update(buffer, 0, size);
        size = 0;
    }

    private static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
