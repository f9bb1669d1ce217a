package org.restauth.store.redis;

import io.lettuce.core.resource.EventLoopGroupProvider;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Gives Lettuce one event loop it does not own (one of the HTTP server's): an {@link EventLoop} is an
 * event loop group of one, so every connection of the client runs on it. Lettuce never shuts it down.
 */
final class LoopPinning implements EventLoopGroupProvider {
    private final EventLoop loop;

    LoopPinning(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    @SuppressWarnings("unchecked") // Lettuce only uses it as an EventLoopGroup (Bootstrap.group)
    public <T extends EventLoopGroup> T allocate(Class<T> type) {
        return (T) loop;
    }

    @Override
    public int threadPoolSize() {
        return 1;
    }

    @Override
    public Future<Boolean> release(EventExecutorGroup group, long quietPeriod, long timeout, TimeUnit unit) {
        return ImmediateEventExecutor.INSTANCE.newSucceededFuture(true);
    }

    @Override
    public Future<Boolean> shutdown(long quietPeriod, long timeout, TimeUnit unit) {
        return ImmediateEventExecutor.INSTANCE.newSucceededFuture(true);
    }
}
