package org.restauth.store.redis;

import io.lettuce.core.resource.NettyCustomizer;
import io.netty.channel.Channel;
import io.netty.handler.flush.FlushConsolidationHandler;

/**
 * Commands written to the connection in one turn of its event loop go out in one write. Callers on other
 * threads (the HTTP event loops) hand each command over as a task, and Lettuce flushes after each one: one
 * system call per command on this side and one read per command on Redis's. Batched, Redis reads several
 * commands at once and answers them in one write (bench/README.md, "Redis store").
 */
final class FlushBatching implements NettyCustomizer {

    @Override
    public void afterChannelInitialized(Channel channel) {
        channel.pipeline().addFirst(
                new FlushConsolidationHandler(FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
    }
}
