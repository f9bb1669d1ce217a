package org.restauth.store.redis;

import io.lettuce.core.resource.NettyCustomizer;
import io.netty.channel.Channel;
import io.netty.handler.flush.FlushConsolidationHandler;

/**
 * Commands written to a connection in one turn of its event loop go out in a few writes instead of one each:
 * Lettuce flushes after every command, so unbatched that was one system call per command on this side and
 * one read per command on Redis's. Batched, Redis reads several commands at once and answers them in one
 * write. At most {@link #BATCH} commands wait for a write, so Redis starts on the first ones while more are
 * still being written (the batch size was measured: bench/README.md, "Where the comments' figures went").
 */
final class FlushBatching implements NettyCustomizer {
    static final int BATCH = 16;

    @Override
    public void afterChannelInitialized(Channel channel) {
        channel.pipeline().addFirst(new FlushConsolidationHandler(BATCH, true));
    }
}
