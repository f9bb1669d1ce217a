-- Removes an application. KEYS: the application hash, the api keys held (zset). ARGV: the api key.
-- Returns 1 if it was held, else 0.
redis.call('ZREM', KEYS[2], ARGV[1])
return redis.call('DEL', KEYS[1])
