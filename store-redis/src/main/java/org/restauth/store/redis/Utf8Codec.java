package org.restauth.store.redis;

import io.lettuce.core.codec.StringCodec;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.StandardCharsets;

/**
 * Lettuce's UTF-8 string codec, telling Lettuce each argument's exact encoded size. Lettuce's own estimate
 * for UTF-8 is an upper bound, so it encoded every argument into a scratch buffer and copied it: on
 * auth.createToken's script (a dozen arguments) that was a visible part of the connection thread's time.
 * The count is Netty's own for the same encoder (a lone surrogate: one byte, {@code ?}), so it always matches.
 */
final class Utf8Codec extends StringCodec {
    static final Utf8Codec INSTANCE = new Utf8Codec();

    private Utf8Codec() {
        super(StandardCharsets.UTF_8);
    }

    @Override
    public int estimateSize(Object keyOrValue) {
        return keyOrValue == null ? 0 : ByteBufUtil.utf8Bytes((CharSequence) keyOrValue);
    }

    @Override
    public boolean isEstimateExact() {
        return true;
    }
}
